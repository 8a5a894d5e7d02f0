package io.firedrill.sandbox.events;

import io.firedrill.sandbox.Sandbox;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;

/** Real SDK v2 EventBridge clients pointed at a sandbox, retries off. */
final class EventsClients {

  private EventsClients() {}

  static EventBridgeClient of(Sandbox sandbox, AwsCredentials credentials) {
    return EventBridgeClient.builder()
        .endpointOverride(sandbox.endpoint())
        .region(Region.of(sandbox.region()))
        .credentialsProvider(StaticCredentialsProvider.create(credentials))
        .httpClientBuilder(UrlConnectionHttpClient.builder())
        .overrideConfiguration(
            ClientOverrideConfiguration.builder()
                .retryStrategy(AwsRetryStrategy.doNotRetry())
                .build())
        .build();
  }

  /** A queue policy letting EventBridge send to any queue, from any rule of the account. */
  static String eventBridgeMaySend() {
    return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
        + "\"Principal\":{\"Service\":\"events.amazonaws.com\"},"
        + "\"Action\":\"sqs:SendMessage\",\"Resource\":\"*\","
        + "\"Condition\":{\"ArnLike\":{\"aws:SourceArn\":\"arn:aws:events:*:000000000000:rule/*\"}}}]}";
  }
}
