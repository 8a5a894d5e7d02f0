package io.firedrill.sandbox;

import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.client.config.SdkAdvancedClientOption;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AccessKey;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.Credentials;

/**
 * Real AWS SDK v2 clients pointed at a sandbox, as the injector and the scorer build them: endpoint
 * override, static credentials, the URL-connection HTTP client. Retries are off so that an error
 * reaches the test at once.
 */
public final class SandboxClients {

  /** The User-Agent suffix test clients add, to find in recorded events. */
  public static final String USER_AGENT_SUFFIX = "firedrill-test/1.0";

  private SandboxClients() {}

  public static StsClient sts(Sandbox sandbox, AwsCredentials credentials) {
    return StsClient.builder()
        .endpointOverride(sandbox.endpoint())
        .region(Region.of(sandbox.region()))
        .credentialsProvider(StaticCredentialsProvider.create(credentials))
        .httpClientBuilder(UrlConnectionHttpClient.builder())
        .overrideConfiguration(config(null))
        .build();
  }

  public static IamClient iam(Sandbox sandbox, AwsCredentials credentials) {
    return IamClient.builder()
        .endpointOverride(sandbox.endpoint())
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(credentials))
        .httpClientBuilder(UrlConnectionHttpClient.builder())
        .overrideConfiguration(config(null))
        .build();
  }

  public static CloudTrailClient cloudTrail(Sandbox sandbox, AwsCredentials credentials) {
    return cloudTrail(sandbox, credentials, null);
  }

  /** A CloudTrail client whose requests claim {@code sourceIp} in the signed source-IP header. */
  public static CloudTrailClient cloudTrail(
      Sandbox sandbox, AwsCredentials credentials, String sourceIp) {
    return CloudTrailClient.builder()
        .endpointOverride(sandbox.endpoint())
        .region(Region.of(sandbox.region()))
        .credentialsProvider(StaticCredentialsProvider.create(credentials))
        .httpClientBuilder(UrlConnectionHttpClient.builder())
        .overrideConfiguration(config(sourceIp))
        .build();
  }

  public static Ec2Client ec2(Sandbox sandbox, AwsCredentials credentials) {
    return Ec2Client.builder()
        .endpointOverride(sandbox.endpoint())
        .region(Region.of(sandbox.region()))
        .credentialsProvider(StaticCredentialsProvider.create(credentials))
        .httpClientBuilder(UrlConnectionHttpClient.builder())
        .overrideConfiguration(config(null))
        .build();
  }

  /**
   * Creates IAM user {@code name} with one access key and the managed policies {@code policyArns}
   * attached, as the admin, and returns the key. Without policies the user may do nothing.
   */
  public static AwsBasicCredentials newUser(Sandbox sandbox, String name, String... policyArns) {
    try (IamClient iam = iam(sandbox, sandbox.adminCredentials())) {
      iam.createUser(create -> create.userName(name));
      for (String arn : policyArns) {
        iam.attachUserPolicy(attach -> attach.userName(name).policyArn(arn));
      }
      AccessKey key = iam.createAccessKey(create -> create.userName(name)).accessKey();
      return AwsBasicCredentials.create(key.accessKeyId(), key.secretAccessKey());
    }
  }

  /**
   * Creates role {@code name}, assumable by {@code trustedPrincipal} (an ARN, or an account id),
   * with the managed policies {@code policyArns} attached, as the admin; returns its ARN.
   */
  public static String newRole(
      Sandbox sandbox, String name, String trustedPrincipal, String... policyArns) {
    try (IamClient iam = iam(sandbox, sandbox.adminCredentials())) {
      String arn =
          iam.createRole(
                  create ->
                      create.roleName(name).assumeRolePolicyDocument(trustPolicy(trustedPrincipal)))
              .role()
              .arn();
      for (String policyArn : policyArns) {
        iam.attachRolePolicy(attach -> attach.roleName(name).policyArn(policyArn));
      }
      return arn;
    }
  }

  /** A trust policy letting {@code principal} (an ARN or account id) assume a role. */
  public static String trustPolicy(String principal) {
    return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
        + "\"Principal\":{\"AWS\":\""
        + principal
        + "\"},\"Action\":\"sts:AssumeRole\"}]}";
  }

  /** The session credentials of a role session {@code credentials} assume. */
  public static AwsSessionCredentials assume(
      Sandbox sandbox, AwsCredentials credentials, String roleArn, String sessionName) {
    try (StsClient sts = sts(sandbox, credentials)) {
      Credentials issued =
          sts.assumeRole(assume -> assume.roleArn(roleArn).roleSessionName(sessionName))
              .credentials();
      return AwsSessionCredentials.create(
          issued.accessKeyId(), issued.secretAccessKey(), issued.sessionToken());
    }
  }

  /** Creates IAM user {@code name} with AdministratorAccess and one access key. */
  public static AwsBasicCredentials newAdmin(Sandbox sandbox, String name) {
    return newUser(sandbox, name, Sandbox.ADMINISTRATOR_ACCESS);
  }

  private static ClientOverrideConfiguration config(String sourceIp) {
    ClientOverrideConfiguration.Builder config =
        ClientOverrideConfiguration.builder()
            .retryStrategy(AwsRetryStrategy.doNotRetry())
            .putAdvancedOption(SdkAdvancedClientOption.USER_AGENT_SUFFIX, USER_AGENT_SUFFIX);
    if (sourceIp != null) {
      config.putHeader("x-firedrill-source-ip", List.of(sourceIp));
    }
    return config.build();
  }
}
