package io.firedrill.sandbox.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.firedrill.sandbox.Sandbox;
import io.firedrill.sandbox.SandboxClients;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Tag;
import software.amazon.awssdk.services.cloudtrail.model.Trail;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.EntityAlreadyExistsException;
import software.amazon.awssdk.services.iam.model.User;
import software.amazon.awssdk.services.sts.StsClient;

class BaselineApplierTest {

  @Test
  void appliesTheStandardBaselineThroughTheSdk() {
    Baseline standard = Baseline.load(BaselineTest.baselines().resolve("standard.yaml"));
    try (Sandbox sandbox = Sandbox.builder().port(0).start()) {
      AppliedBaseline applied = apply(standard, sandbox);

      assertThat(applied.accountId()).isEqualTo(sandbox.accountId());
      assertThat(applied.accessKeys()).containsOnlyKeys("dev-frank", "blue-responder");
      assertThat(applied.trailArns())
          .containsExactly("arn:aws:cloudtrail:us-east-1:000000000000:trail/management-events");
      try (IamClient iam = SandboxClients.iam(sandbox, sandbox.adminCredentials());
          CloudTrailClient cloudTrail =
              SandboxClients.cloudTrail(sandbox, sandbox.adminCredentials())) {
        for (String name : List.of("dev-frank", "blue-responder")) {
          User user = iam.getUser(get -> get.userName(name)).user();
          assertThat(user.tags())
              .singleElement()
              .satisfies(
                  tag ->
                      assertThat(tag.key() + "=" + tag.value())
                          .isEqualTo("firedrill:baseline=standard"));
          assertThat(iam.listAccessKeys(list -> list.userName(name)).accessKeyMetadata())
              .singleElement()
              .satisfies(
                  key ->
                      assertThat(key.accessKeyId())
                          .isEqualTo(applied.accessKeys().get(name).accessKeyId()));
        }
        Trail trail =
            cloudTrail.describeTrails(d -> d.trailNameList("management-events")).trailList().get(0);
        assertThat(trail.s3BucketName()).isEqualTo("firedrill-trail-logs");
        assertThat(cloudTrail.getTrailStatus(get -> get.name("management-events")).isLogging())
            .isTrue();
        List<Tag> tags =
            cloudTrail
                .listTags(list -> list.resourceIdList(trail.trailARN()))
                .resourceTagList()
                .get(0)
                .tagsList();
        assertThat(tags)
            .extracting(t -> t.key() + "=" + t.value())
            .containsExactly("firedrill:baseline=standard");
      }
      AwsBasicCredentials frank = applied.accessKeys().get("dev-frank");
      try (StsClient sts = SandboxClients.sts(sandbox, frank)) {
        assertThat(sts.getCallerIdentity().arn())
            .isEqualTo("arn:aws:iam::000000000000:user/dev-frank");
      }
    }
  }

  @Test
  void createsRatherThanAdoptsExistingResources() {
    Baseline baseline =
        new Baseline("again", "", List.of(new BaselineUser("twice", false)), List.of());
    try (Sandbox sandbox = Sandbox.builder().port(0).start()) {
      apply(baseline, sandbox);

      EntityAlreadyExistsException error =
          catchThrowableOfType(EntityAlreadyExistsException.class, () -> apply(baseline, sandbox));

      assertThat(error.awsErrorDetails().errorMessage())
          .isEqualTo("User with name twice already exists.");
    }
  }

  private static AppliedBaseline apply(Baseline baseline, Sandbox sandbox) {
    return BaselineApplier.apply(
        baseline,
        sandbox.endpoint(),
        sandbox.region(),
        StaticCredentialsProvider.create(sandbox.adminCredentials()));
  }
}
