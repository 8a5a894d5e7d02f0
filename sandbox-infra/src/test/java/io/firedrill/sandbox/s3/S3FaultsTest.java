package io.firedrill.sandbox.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.firedrill.sandbox.Sandbox;
import io.firedrill.sandbox.SandboxClients;
import io.firedrill.sandbox.fault.FaultSpec;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.cloudtrail.model.Event;
import software.amazon.awssdk.services.cloudtrail.model.LookupAttributeKey;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** S3 meets the sandbox's faults as the other services do, in S3's own error shapes. */
class S3FaultsTest {

  @Test
  void aThrottledS3CallIsRefusedWithSlowDownAndRecordedSoAndOtherOperationsAreServed() {
    try (Sandbox sandbox =
            Sandbox.builder()
                .port(0)
                .fault(FaultSpec.throttle("s3", "CreateBucket", 1.0, 0))
                .fault(FaultSpec.throttle("s3", "PutObject", 1.0, 0))
                .start();
        S3Client s3 = S3Clients.pathStyle(sandbox, sandbox.adminCredentials())) {
      S3Exception refused =
          catchThrowableOfType(S3Exception.class, () -> s3.createBucket(b -> b.bucket("loot")));
      S3Exception put =
          catchThrowableOfType(
              S3Exception.class,
              () -> s3.putObject(p -> p.bucket("any").key("k"), RequestBody.fromString("x")));
      int buckets = s3.listBuckets().buckets().size();

      assertThat(refused.statusCode()).isEqualTo(503);
      assertThat(refused.awsErrorDetails().errorCode()).isEqualTo("SlowDown");
      assertThat(refused.isThrottlingException()).isTrue();
      assertThat(put.awsErrorDetails().errorCode()).isEqualTo("SlowDown");
      assertThat(buckets).isZero();
      Event recorded =
          SandboxClients.cloudTrail(sandbox, sandbox.adminCredentials())
              .lookupEvents(
                  l ->
                      l.lookupAttributes(
                          a ->
                              a.attributeKey(LookupAttributeKey.EVENT_NAME)
                                  .attributeValue("CreateBucket")))
              .events()
              .get(0);
      assertThat(recorded.cloudTrailEvent()).contains("\"errorCode\":\"SlowDown\"");
    }
  }

  @Test
  void theSdkRetriesSlowDownAsThrottling() {
    AtomicInteger attempts = new AtomicInteger();
    try (Sandbox sandbox =
            Sandbox.builder()
                .port(0)
                .fault(FaultSpec.throttle("s3", "ListBuckets", 1.0, 0))
                .start();
        S3Client s3 =
            S3Client.builder()
                .endpointOverride(sandbox.endpoint())
                .forcePathStyle(true)
                .region(Region.of(sandbox.region()))
                .credentialsProvider(StaticCredentialsProvider.create(sandbox.adminCredentials()))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .overrideConfiguration(
                    o ->
                        o.retryStrategy(
                                AwsRetryStrategy.standardRetryStrategy().toBuilder()
                                    .backoffStrategy(BackoffStrategy.retryImmediately())
                                    .throttlingBackoffStrategy(BackoffStrategy.retryImmediately())
                                    .build())
                            .addExecutionInterceptor(
                                new ExecutionInterceptor() {
                                  @Override
                                  public void beforeTransmission(
                                      Context.BeforeTransmission c, ExecutionAttributes a) {
                                    attempts.incrementAndGet();
                                  }
                                }))
                .build()) {
      S3Exception refused = catchThrowableOfType(S3Exception.class, s3::listBuckets);

      assertThat(refused.awsErrorDetails().errorCode()).isEqualTo("SlowDown");
      assertThat(attempts.get()).as("the standard strategy's three attempts").isEqualTo(3);
    }
  }

  @Test
  void anUnavailableS3AnswersS3sOwn5xxErrors() {
    try (Sandbox down = Sandbox.builder().port(0).fault(FaultSpec.unavailable("s3", 503)).start();
        Sandbox broken = Sandbox.builder().port(0).fault(FaultSpec.unavailable("s3", 500)).start();
        S3Client downS3 = S3Clients.pathStyle(down, down.adminCredentials());
        S3Client brokenS3 = S3Clients.pathStyle(broken, broken.adminCredentials())) {
      S3Exception unavailable = catchThrowableOfType(S3Exception.class, downS3::listBuckets);
      S3Exception internal = catchThrowableOfType(S3Exception.class, brokenS3::listBuckets);
      String callerOfIam =
          SandboxClients.sts(down, down.adminCredentials()).getCallerIdentity().account();

      assertThat(unavailable.statusCode()).isEqualTo(503);
      assertThat(unavailable.awsErrorDetails().errorCode()).isEqualTo("ServiceUnavailable");
      assertThat(internal.statusCode()).isEqualTo(500);
      assertThat(internal.awsErrorDetails().errorCode()).isEqualTo("InternalError");
      assertThat(callerOfIam).as("other services are not down").isEqualTo(down.accountId());
    }
  }
}
