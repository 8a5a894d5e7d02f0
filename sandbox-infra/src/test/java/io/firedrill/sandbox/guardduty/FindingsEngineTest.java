package io.firedrill.sandbox.guardduty;

import static org.assertj.core.api.Assertions.assertThat;

import io.firedrill.sandbox.Sandbox;
import io.firedrill.sandbox.SandboxClients;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.guardduty.GuardDutyClient;
import software.amazon.awssdk.services.guardduty.model.Condition;
import software.amazon.awssdk.services.guardduty.model.Finding;
import software.amazon.awssdk.services.iam.IamClient;

class FindingsEngineTest {

  private static final String LOGGING_DISABLED = "Stealth:IAMUser/CloudTrailLoggingDisabled";

  private Sandbox sandbox;
  private GuardDutyClient guardDuty;
  private String detectorId;

  @BeforeEach
  void start() {
    sandbox = Sandbox.builder().port(0).start();
    guardDuty = GuardDutyClients.of(sandbox, sandbox.adminCredentials());
    detectorId = guardDuty.createDetector(c -> c.enable(true)).detectorId();
    try (CloudTrailClient cloudTrail =
        SandboxClients.cloudTrail(sandbox, sandbox.adminCredentials())) {
      cloudTrail.createTrail(c -> c.name("audit").s3BucketName("audit-bucket"));
      cloudTrail.startLogging(s -> s.name("audit"));
    }
  }

  @AfterEach
  void stop() {
    guardDuty.close();
    sandbox.close();
  }

  @Test
  void aUserStoppingATrailRaisesCloudTrailLoggingDisabledAndARepeatCountsIntoIt() {
    AwsBasicCredentials mallory = SandboxClients.newAdmin(sandbox, "mallory");
    try (CloudTrailClient cloudTrail = SandboxClients.cloudTrail(sandbox, mallory, "203.0.113.7")) {
      cloudTrail.stopLogging(s -> s.name("audit"));
      Finding first = only(LOGGING_DISABLED, mallory);
      cloudTrail.startLogging(s -> s.name("audit"));
      cloudTrail.stopLogging(s -> s.name("audit"));
      Finding repeated = only(LOGGING_DISABLED, mallory);

      assertThat(first.severity()).isEqualTo(2.0);
      assertThat(first.resource().resourceType()).isEqualTo("AccessKey");
      assertThat(first.resource().accessKeyDetails().userName()).isEqualTo("mallory");
      assertThat(first.resource().accessKeyDetails().userType()).isEqualTo("IAMUser");
      assertThat(first.resource().accessKeyDetails().principalId()).startsWith("AIDA");
      assertThat(first.service().action().actionType()).isEqualTo("AWS_API_CALL");
      assertThat(first.service().action().awsApiCallAction().api()).isEqualTo("StopLogging");
      assertThat(first.service().action().awsApiCallAction().serviceName())
          .isEqualTo("cloudtrail.amazonaws.com");
      assertThat(first.service().action().awsApiCallAction().remoteIpDetails().ipAddressV4())
          .isEqualTo("203.0.113.7");
      assertThat(first.service().detectorId()).isEqualTo(detectorId);
      assertThat(first.service().count()).isEqualTo(1);
      assertThat(first.service().archived()).isFalse();
      assertThat(first.arn()).endsWith(":detector/" + detectorId + "/finding/" + first.id());
      assertThat(repeated.id()).isEqualTo(first.id());
      assertThat(repeated.service().count()).isEqualTo(2);
      assertThat(repeated.service().eventLastSeen())
          .isGreaterThanOrEqualTo(first.service().eventLastSeen());
      assertThat(repeated.updatedAt()).isGreaterThanOrEqualTo(first.updatedAt());
      // The first StopLogging by this user is also anomalous defence evasion.
      assertThat(only("DefenseEvasion:IAMUser/AnomalousBehavior", mallory).severity())
          .isEqualTo(5.0);
    }
  }

  @Test
  void aDisabledDetectorRaisesNothing() {
    guardDuty.updateDetector(u -> u.detectorId(detectorId).enable(false));
    AwsBasicCredentials mallory = SandboxClients.newAdmin(sandbox, "mallory");
    try (CloudTrailClient cloudTrail = SandboxClients.cloudTrail(sandbox, mallory)) {
      cloudTrail.stopLogging(s -> s.name("audit"));
    }
    guardDuty.updateDetector(u -> u.detectorId(detectorId).enable(true));

    assertThat(findings(LOGGING_DISABLED, mallory)).isEmpty();
  }

  @Test
  void aUserCreatingUsersOutsideItsBaselineRaisesPersistenceAndCountsTheRepeat() {
    AwsBasicCredentials mallory = SandboxClients.newAdmin(sandbox, "mallory");
    try (IamClient iam = SandboxClients.iam(sandbox, mallory)) {
      iam.createUser(c -> c.userName("backdoor"));
      iam.createUser(c -> c.userName("backdoor2"));
    }

    Finding persistence = only("Persistence:IAMUser/AnomalousBehavior", mallory);
    assertThat(persistence.severity()).isEqualTo(5.0);
    assertThat(persistence.service().action().awsApiCallAction().api()).isEqualTo("CreateUser");
    // Outside a learning window the baseline stays as it is: the repeat is as anomalous.
    assertThat(persistence.service().count()).isEqualTo(2);
  }

  @Test
  void holdsFindingsBackForTheConfiguredDelay() {
    try (Sandbox slow = Sandbox.builder().port(0).findingDelay(Duration.ofHours(1)).start();
        GuardDutyClient client = GuardDutyClients.of(slow, slow.adminCredentials());
        CloudTrailClient cloudTrail = SandboxClients.cloudTrail(slow, slow.adminCredentials())) {
      String id = client.createDetector(c -> c.enable(true)).detectorId();
      cloudTrail.createTrail(c -> c.name("slow-trail").s3BucketName("slow-bucket"));
      cloudTrail.stopLogging(s -> s.name("slow-trail"));

      assertThat(client.listFindings(l -> l.detectorId(id)).findingIds()).isEmpty();
    }
  }

  private Finding only(String type, AwsBasicCredentials key) {
    List<Finding> found = findings(type, key);
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  private List<Finding> findings(String type, AwsBasicCredentials key) {
    List<String> ids =
        guardDuty
            .listFindings(
                l ->
                    l.detectorId(detectorId)
                        .findingCriteria(
                            c ->
                                c.criterion(
                                    Map.of(
                                        "type", Condition.builder().equalsValue(type).build(),
                                        "resource.accessKeyDetails.accessKeyId",
                                            Condition.builder()
                                                .equalsValue(key.accessKeyId())
                                                .build()))))
            .findingIds();
    return ids.isEmpty()
        ? List.of()
        : guardDuty.getFindings(g -> g.detectorId(detectorId).findingIds(ids)).findings();
  }
}
