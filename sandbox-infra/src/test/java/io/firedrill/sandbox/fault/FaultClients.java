package io.firedrill.sandbox.fault;

import io.firedrill.sandbox.Sandbox;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;

/**
 * Real SDK v2 clients for fault tests: either with the SDK's standard retry strategy (its own
 * decision of what to retry, with the backoff taken out so that tests do not wait) or with none,
 * and counting the HTTP attempts each call makes.
 */
final class FaultClients {

  private FaultClients() {}

  /** The attempts the clients built with it have sent. */
  static final class Attempts implements ExecutionInterceptor {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attrs) {
      count.incrementAndGet();
    }

    int count() {
      return count.get();
    }

    void reset() {
      count.set(0);
    }
  }

  /** The SDK's standard strategy (three attempts, its retry conditions), without the waiting. */
  static RetryStrategy standardWithoutBackoff() {
    return AwsRetryStrategy.standardRetryStrategy().toBuilder()
        .backoffStrategy(BackoffStrategy.retryImmediately())
        .throttlingBackoffStrategy(BackoffStrategy.retryImmediately())
        .build();
  }

  static RetryStrategy none() {
    return AwsRetryStrategy.doNotRetry();
  }

  /**
   * {@code builder} pointed at {@code sandbox} as {@code credentials}, retrying per {@code retry}.
   */
  static <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C build(
      B builder,
      Sandbox sandbox,
      AwsCredentials credentials,
      RetryStrategy retry,
      Attempts attempts) {
    return builder
        .endpointOverride(sandbox.endpoint())
        .region(Region.of(sandbox.region()))
        .credentialsProvider(StaticCredentialsProvider.create(credentials))
        .httpClientBuilder(UrlConnectionHttpClient.builder())
        .overrideConfiguration(
            ClientOverrideConfiguration.builder()
                .retryStrategy(retry)
                .addExecutionInterceptor(attempts)
                .build())
        .build();
  }
}
