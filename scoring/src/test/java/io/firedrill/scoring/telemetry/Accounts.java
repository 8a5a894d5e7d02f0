package io.firedrill.scoring.telemetry;

import io.firedrill.sandbox.Sandbox;
import io.firedrill.sandbox.baseline.Baseline;
import io.firedrill.sandbox.baseline.BaselineApplier;
import io.firedrill.sandbox.baseline.BaselineTrail;
import io.firedrill.sandbox.baseline.BaselineUser;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.guardduty.GuardDutyClient;

/** The small account the telemetry tests watch, and the SDK clients they watch it with. */
public final class Accounts {

  private Accounts() {}

  /** dev-frank, an administrator with a key, and one logging trail named "trail"; frank's key. */
  public static AwsCredentials withFrank(Sandbox sandbox) {
    return BaselineApplier.apply(
            new Baseline(
                "t",
                "",
                List.of(new BaselineUser("dev-frank", true, List.of(Sandbox.ADMINISTRATOR_ACCESS))),
                List.of(new BaselineTrail("trail", "trail-bucket", true))),
            sandbox.endpoint(),
            sandbox.region(),
            StaticCredentialsProvider.create(sandbox.adminCredentials()))
        .accessKeys()
        .get("dev-frank");
  }

  public static CloudTrailClient cloudTrail(Sandbox sandbox, AwsCredentials credentials) {
    return CloudTrailClient.builder()
        .endpointOverride(sandbox.endpoint())
        .region(Region.of(sandbox.region()))
        .credentialsProvider(StaticCredentialsProvider.create(credentials))
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }

  public static GuardDutyClient guardDuty(Sandbox sandbox, AwsCredentials credentials) {
    return GuardDutyClient.builder()
        .endpointOverride(sandbox.endpoint())
        .region(Region.of(sandbox.region()))
        .credentialsProvider(StaticCredentialsProvider.create(credentials))
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }

  public static software.amazon.awssdk.services.iam.IamClient iam(
      Sandbox sandbox, AwsCredentials credentials) {
    return software.amazon.awssdk.services.iam.IamClient.builder()
        .endpointOverride(sandbox.endpoint())
        .region(Region.AWS_GLOBAL)
        .credentialsProvider(StaticCredentialsProvider.create(credentials))
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }
}
