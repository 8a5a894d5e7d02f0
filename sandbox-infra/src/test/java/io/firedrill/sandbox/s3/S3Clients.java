package io.firedrill.sandbox.s3;

import io.firedrill.sandbox.Sandbox;
import io.firedrill.sandbox.SandboxClients;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.client.config.SdkAdvancedClientOption;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * S3 clients of the SDK v2 pointed at a sandbox: path style through the URL-connection client, as
 * the injector and the scorer build theirs; anonymous (no signature at all); and virtual-host
 * style, whose bucket host names ({@code <bucket>.localhost}) the Apache client resolves to the
 * loopback address by its own DNS resolver, as RFC 6761 says every {@code .localhost} name is.
 */
final class S3Clients {

  private S3Clients() {}

  static S3Client pathStyle(Sandbox sandbox, AwsCredentials credentials) {
    return pathStyle(sandbox, StaticCredentialsProvider.create(credentials));
  }

  static S3Client anonymous(Sandbox sandbox) {
    return pathStyle(sandbox, AnonymousCredentialsProvider.create());
  }

  private static S3Client pathStyle(Sandbox sandbox, AwsCredentialsProvider credentials) {
    return S3Client.builder()
        .endpointOverride(sandbox.endpoint())
        .forcePathStyle(true)
        .region(Region.of(sandbox.region()))
        .credentialsProvider(credentials)
        .httpClientBuilder(UrlConnectionHttpClient.builder())
        .overrideConfiguration(config())
        .build();
  }

  /** Virtual-host style against {@code http://localhost:PORT}: requests go to bucket.localhost. */
  static S3Client virtualHost(
      Sandbox sandbox, AwsCredentials credentials, ExecutionInterceptor watcher) {
    return S3Client.builder()
        .endpointOverride(URI.create("http://localhost:" + sandbox.endpoint().getPort()))
        .region(Region.of(sandbox.region()))
        .credentialsProvider(StaticCredentialsProvider.create(credentials))
        .httpClientBuilder(
            ApacheHttpClient.builder()
                .dnsResolver(
                    host -> {
                      if (host.equals("localhost") || host.endsWith(".localhost")) {
                        return new InetAddress[] {InetAddress.getLoopbackAddress()};
                      }
                      throw new UnknownHostException(host);
                    }))
        .overrideConfiguration(config().toBuilder().addExecutionInterceptor(watcher).build())
        .build();
  }

  private static ClientOverrideConfiguration config() {
    return ClientOverrideConfiguration.builder()
        .retryStrategy(AwsRetryStrategy.doNotRetry())
        .putAdvancedOption(
            SdkAdvancedClientOption.USER_AGENT_SUFFIX, SandboxClients.USER_AGENT_SUFFIX)
        .build();
  }
}
