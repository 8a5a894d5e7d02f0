package io.firedrill.sandbox.ec2;

import io.firedrill.sandbox.Sandbox;
import io.firedrill.sandbox.SandboxClients;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.client.config.SdkAdvancedClientOption;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.LookupAttributeKey;
import software.amazon.awssdk.services.ec2.Ec2Client;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The real SDK v2 EC2 client against a sandbox, signing for any region; retries off. */
final class Ec2Clients {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private Ec2Clients() {}

  static Ec2Client ec2(Sandbox sandbox, AwsCredentials credentials) {
    return ec2(sandbox, credentials, sandbox.region());
  }

  static Ec2Client ec2(Sandbox sandbox, AwsCredentials credentials, String region) {
    return Ec2Client.builder()
        .endpointOverride(sandbox.endpoint())
        .region(Region.of(region))
        .credentialsProvider(StaticCredentialsProvider.create(credentials))
        .httpClientBuilder(UrlConnectionHttpClient.builder())
        .overrideConfiguration(
            ClientOverrideConfiguration.builder()
                .retryStrategy(AwsRetryStrategy.doNotRetry())
                .putAdvancedOption(
                    SdkAdvancedClientOption.USER_AGENT_SUFFIX, SandboxClients.USER_AGENT_SUFFIX)
                .build())
        .build();
  }

  /** The error code an SDK call failed with. */
  static String code(Throwable thrown) {
    return ((AwsServiceException) thrown).awsErrorDetails().errorCode();
  }

  static int status(Throwable thrown) {
    return ((AwsServiceException) thrown).statusCode();
  }

  /** The recorded events named {@code eventName}, newest first, as CloudTrail records. */
  static List<JsonNode> records(Sandbox sandbox, String eventName) {
    try (CloudTrailClient cloudTrail =
        SandboxClients.cloudTrail(sandbox, sandbox.adminCredentials())) {
      return cloudTrail
          .lookupEvents(
              lookup ->
                  lookup.lookupAttributes(
                      a -> a.attributeKey(LookupAttributeKey.EVENT_NAME).attributeValue(eventName)))
          .events()
          .stream()
          .map(event -> JSON.readTree(event.cloudTrailEvent()))
          .toList();
    }
  }
}
