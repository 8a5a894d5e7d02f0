package io.firedrill.injector.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.firedrill.sandbox.Sandbox;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;

/** The injector's fault client against a running sandbox. */
class FaultControlTest {

  private static Sandbox sandbox;
  private static FaultControl faults;
  private static Ec2Client ec2;

  @BeforeAll
  static void start() {
    sandbox = Sandbox.builder().port(0).start();
    faults = new FaultControl(sandbox.endpoint(), sandbox.region(), sandbox.adminCredentials());
    ec2 =
        Ec2Client.builder()
            .endpointOverride(sandbox.endpoint())
            .region(Region.of(sandbox.region()))
            .credentialsProvider(StaticCredentialsProvider.create(sandbox.adminCredentials()))
            .httpClientBuilder(UrlConnectionHttpClient.builder())
            .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
            .build();
  }

  @AfterAll
  static void stop() {
    ec2.close();
    sandbox.close();
  }

  @Test
  void aFaultSetByTheClientThrottlesTheSdkUntilItIsCleared() {
    FaultControl.SetFault set =
        faults.set(
            Map.of(
                "kind",
                "throttle",
                "service",
                "ec2",
                "operation",
                "DescribeRegions",
                "rate",
                1.0,
                "for",
                "10m"));
    assertThat(set.until()).isEqualTo(set.setAt().plusSeconds(600));
    assertThat(faults.list()).extracting(FaultControl.SetFault::id).containsExactly(set.id());

    AwsServiceException throttled =
        catchThrowableOfType(AwsServiceException.class, ec2::describeRegions);
    assertThat(throttled.awsErrorDetails().errorCode()).isEqualTo("RequestLimitExceeded");

    faults.clear(set.id());
    assertThat(ec2.describeRegions().regions()).isNotEmpty();
    List<Map<String, Object>> log = faults.log();
    List<Map<String, Object>> mine =
        log.stream().filter(entry -> entry.get("id").equals(set.id())).toList();
    assertThat(mine).extracting(entry -> entry.get("action")).containsExactly("set", "cleared");
    assertThat(mine.get(0).get("fault")).isEqualTo(set.fault());
  }

  @Test
  void saysWhichDelaysHoldWhileAFaultSetsOne() {
    assertThat(faults.delays().trail()).isZero();
    FaultControl.SetFault set = faults.set(Map.of("kind", "iam-consistency", "delay", "8s"));
    assertThat(faults.delays().iamConsistency()).isEqualTo(java.time.Duration.ofSeconds(8));
    faults.clear(set.id());
    assertThat(faults.delays().iamConsistency()).isZero();
  }

  @Test
  void aFaultTheSandboxCannotReadIsRefusedWithItsReason() {
    FaultControlException refused =
        catchThrowableOfType(
            FaultControlException.class, () -> faults.set(Map.of("kind", "earthquake")));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.code()).isEqualTo("ValidationException");
    assertThat(refused.getMessage()).contains("earthquake");
  }

  @Test
  void anyOtherKeyIsRefused() {
    FaultControl root =
        new FaultControl(sandbox.endpoint(), sandbox.region(), sandbox.rootCredentials());
    FaultControlException refused = catchThrowableOfType(FaultControlException.class, root::list);
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.code()).isEqualTo("AccessDeniedException");
  }
}
