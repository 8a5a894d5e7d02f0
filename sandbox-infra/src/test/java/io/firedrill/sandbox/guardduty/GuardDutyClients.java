package io.firedrill.sandbox.guardduty;

import io.firedrill.sandbox.Sandbox;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.guardduty.GuardDutyClient;

/** Real SDK v2 GuardDuty clients pointed at a sandbox, retries off. */
final class GuardDutyClients {

  private GuardDutyClients() {}

  static GuardDutyClient of(Sandbox sandbox, AwsCredentials credentials) {
    return of(sandbox, credentials, null);
  }

  /** A client whose requests claim {@code sourceIp} in the signed source-IP header, when given. */
  static GuardDutyClient of(Sandbox sandbox, AwsCredentials credentials, String sourceIp) {
    ClientOverrideConfiguration.Builder config =
        ClientOverrideConfiguration.builder().retryStrategy(AwsRetryStrategy.doNotRetry());
    if (sourceIp != null) {
      config.putHeader("x-firedrill-source-ip", List.of(sourceIp));
    }
    return GuardDutyClient.builder()
        .endpointOverride(sandbox.endpoint())
        .region(Region.of(sandbox.region()))
        .credentialsProvider(StaticCredentialsProvider.create(credentials))
        .httpClientBuilder(UrlConnectionHttpClient.builder())
        .overrideConfiguration(config.build())
        .build();
  }
}
