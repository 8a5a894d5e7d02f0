package io.firedrill.injector.aws;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.AwsResponse;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.client.config.SdkAdvancedClientOption;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.guardduty.GuardDutyClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * One actor's connection to the target: SDK clients that sign with the actor's key, carry the
 * exercise's user agent and the actor's source IP, and never retry (a retried attack would show
 * twice in CloudTrail).
 */
public final class AwsSession implements AutoCloseable {

  private final Target target;
  private final ActorIdentity actor;
  private final List<AutoCloseable> clients = new ArrayList<>();
  private StsClient sts;
  private CloudTrailClient cloudTrail;
  private IamClient iam;
  private final java.util.Map<String, Ec2Client> ec2 = new java.util.HashMap<>();
  private GuardDutyClient guardDuty;
  private S3Client s3;

  public AwsSession(Target target, ActorIdentity actor) {
    this.target = target;
    this.actor = actor;
  }

  public ActorIdentity actor() {
    return actor;
  }

  /** The exercise the session plays in, for the tags on what it creates. */
  public String exerciseId() {
    return target.exerciseId();
  }

  public synchronized StsClient sts() {
    if (sts == null) {
      sts = configure(StsClient.builder()).build();
      clients.add(sts);
    }
    return sts;
  }

  public synchronized CloudTrailClient cloudTrail() {
    if (cloudTrail == null) {
      cloudTrail = configure(CloudTrailClient.builder()).build();
      clients.add(cloudTrail);
    }
    return cloudTrail;
  }

  /**
   * IAM is global: its client signs for us-east-1 whatever the exercise's region, as AWS expects
   * (Region.AWS_GLOBAL would sign for "aws-global" once the endpoint is overridden).
   */
  public synchronized IamClient iam() {
    if (iam == null) {
      iam = configure(IamClient.builder()).region(Region.US_EAST_1).build();
      clients.add(iam);
    }
    return iam;
  }

  public synchronized GuardDutyClient guardDuty() {
    if (guardDuty == null) {
      guardDuty = configure(GuardDutyClient.builder()).build();
      clients.add(guardDuty);
    }
    return guardDuty;
  }

  /**
   * S3, path style: a sandbox endpoint is an address, under which bucket host names do not resolve;
   * AWS serves path style too.
   */
  public synchronized S3Client s3() {
    if (s3 == null) {
      S3ClientBuilder builder = configure(S3Client.builder());
      s3 = builder.forcePathStyle(target.endpoint() != null).build();
      clients.add(s3);
    }
    return s3;
  }

  /** EC2 in a region, for techniques that spread across regions. */
  public synchronized Ec2Client ec2(String region) {
    return ec2.computeIfAbsent(
        region,
        r -> {
          Ec2Client client = configure(Ec2Client.builder()).region(Region.of(r)).build();
          clients.add(client);
          return client;
        });
  }

  /**
   * Builds the clients for these services now: a client's first build loads much of the SDK
   * (seconds for EC2's), which must not happen while an inject is due.
   *
   * @param services signing names such as iam or ec2; others are ignored
   */
  public void prepare(java.util.Collection<String> services) {
    for (String service : services) {
      switch (service) {
        case "sts" -> sts();
        case "iam" -> iam();
        case "cloudtrail" -> cloudTrail();
        case "ec2" -> ec2(region());
        case "guardduty" -> guardDuty();
        case "s3" -> s3();
        default -> {}
      }
    }
  }

  /** The actor's region, else the exercise's. */
  public String region() {
    return actor.region() != null ? actor.region() : target.region();
  }

  /** Makes a call and records AWS's answer; a refused call is an outcome, not an error. */
  public ApiCall call(String service, String operation, Supplier<? extends AwsResponse> request) {
    try {
      AwsResponse response = request.get();
      return new ApiCall(
          service, operation, response.responseMetadata().requestId(), "allowed", null);
    } catch (AwsServiceException e) {
      String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
      return new ApiCall(service, operation, e.requestId(), outcomeOf(code, e), code);
    } catch (SdkClientException e) {
      return new ApiCall(service, operation, null, "failed", "ClientError: " + e.getMessage());
    }
  }

  private static String outcomeOf(String code, AwsServiceException e) {
    if (code != null && (code.startsWith("AccessDenied") || code.equals("UnauthorizedOperation"))) {
      return "denied";
    }
    // The SDK knows every service's throttling codes: EC2's RequestLimitExceeded, S3's SlowDown.
    if (e.isThrottlingException() || (code != null && code.startsWith("Throttl"))) {
      return "throttled";
    }
    return "failed";
  }

  private <B extends AwsClientBuilder<B, ?>> B configure(B builder) {
    ClientOverrideConfiguration.Builder override =
        ClientOverrideConfiguration.builder()
            .retryStrategy(AwsRetryStrategy.doNotRetry())
            .putAdvancedOption(SdkAdvancedClientOption.USER_AGENT_SUFFIX, userAgent());
    if (actor.sourceIp() != null) {
      override.addExecutionInterceptor(new SourceIpHeader(actor.sourceIp()));
    }
    builder
        .region(Region.of(region()))
        .credentialsProvider(StaticCredentialsProvider.create(actor.credentials()))
        .overrideConfiguration(override.build());
    if (target.endpoint() != null) {
      builder.endpointOverride(target.endpoint());
    }
    if (builder
        instanceof software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder<?, ?> sync) {
      sync.httpClient(UrlConnectionHttpClient.create());
    }
    return builder;
  }

  private String userAgent() {
    String ours = "firedrill/" + target.exerciseId();
    return actor.userAgent() == null ? ours : actor.userAgent() + " " + ours;
  }

  @Override
  public synchronized void close() {
    for (AutoCloseable client : clients) {
      try {
        client.close();
      } catch (Exception e) {
        // Closing an SDK client releases connections; nothing useful to do if that fails.
      }
    }
    clients.clear();
  }
}
