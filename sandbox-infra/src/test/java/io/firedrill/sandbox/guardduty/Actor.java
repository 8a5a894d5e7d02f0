package io.firedrill.sandbox.guardduty;

import io.firedrill.sandbox.Sandbox;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.client.config.SdkAdvancedClientOption;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.guardduty.GuardDutyClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * One actor's real SDK v2 clients against a sandbox, as the injector builds an actor's: its key,
 * its user agent appended to the SDK's, and its source IP in the signed header the sandbox reads.
 */
final class Actor implements AutoCloseable {

  private final Sandbox sandbox;
  private final AwsCredentials credentials;
  private final String sourceIp;
  private final String userAgent;
  private final List<AutoCloseable> clients = new ArrayList<>();

  Actor(Sandbox sandbox, AwsCredentials credentials, String sourceIp, String userAgent) {
    this.sandbox = sandbox;
    this.credentials = credentials;
    this.sourceIp = sourceIp;
    this.userAgent = userAgent;
  }

  Actor(Sandbox sandbox, AwsCredentials credentials, String sourceIp) {
    this(sandbox, credentials, sourceIp, "firedrill-test/1.0");
  }

  IamClient iam() {
    return keep(configure(IamClient.builder()).region(Region.US_EAST_1).build());
  }

  StsClient sts() {
    return keep(configure(StsClient.builder()).build());
  }

  Ec2Client ec2() {
    return keep(configure(Ec2Client.builder()).build());
  }

  CloudTrailClient cloudTrail() {
    return keep(configure(CloudTrailClient.builder()).build());
  }

  GuardDutyClient guardDuty() {
    return keep(configure(GuardDutyClient.builder()).build());
  }

  private <C extends AutoCloseable> C keep(C client) {
    clients.add(client);
    return client;
  }

  private <B extends AwsClientBuilder<B, ?> & AwsSyncClientBuilder<B, ?>> B configure(B builder) {
    ClientOverrideConfiguration.Builder config =
        ClientOverrideConfiguration.builder()
            .retryStrategy(AwsRetryStrategy.doNotRetry())
            .putAdvancedOption(SdkAdvancedClientOption.USER_AGENT_SUFFIX, userAgent);
    if (sourceIp != null) {
      config.putHeader("x-firedrill-source-ip", List.of(sourceIp));
    }
    builder
        .endpointOverride(sandbox.endpoint())
        .region(Region.of(sandbox.region()))
        .credentialsProvider(StaticCredentialsProvider.create(credentials))
        .overrideConfiguration(config.build());
    builder.httpClientBuilder(UrlConnectionHttpClient.builder());
    return builder;
  }

  @Override
  public void close() {
    for (AutoCloseable client : clients) {
      try {
        client.close();
      } catch (Exception e) {
        // Closing a client only releases connections.
      }
    }
  }
}
