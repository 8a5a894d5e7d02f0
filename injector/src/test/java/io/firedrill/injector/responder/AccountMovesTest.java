package io.firedrill.injector.responder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.firedrill.injector.Playground;
import io.firedrill.injector.aws.AwsSession;
import io.firedrill.injector.technique.defenseevasion.GuardDutyDeleteDetector;
import io.firedrill.injector.technique.defenseevasion.GuardDutyDisable;
import io.firedrill.injector.technique.persistence.IamCreateBackdoorRole;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.IamException;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import software.amazon.awssdk.services.sts.model.Credentials;

/** The moves on identities and GuardDuty, each answering what an attacker just did. */
class AccountMovesTest {

  @TempDir Path dir;

  @Test
  void revokesTheSessionsOfTheRoleThatActedAndLetsNewOnesWork() throws Exception {
    try (Playground playground = new Playground(dir);
        BlueTeamRun blue =
            new BlueTeamRun(playground, "  - { on: CreateUser, do: revoke-caller-sessions }\n")) {
      IamClient control = playground.control().iam();
      String role =
          control
              .createRole(
                  r ->
                      r.roleName("ops-admin")
                          .assumeRolePolicyDocument(
                              "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                                  + "\"Principal\":{\"AWS\":\"arn:aws:iam::"
                                  + playground.baseline.accountId()
                                  + ":root\"},\"Action\":\"sts:AssumeRole\"}]}"))
              .role()
              .arn();
      control.attachRolePolicy(
          r -> r.roleName("ops-admin").policyArn("arn:aws:iam::aws:policy/AdministratorAccess"));
      AwsSession attacker = playground.session("attacker", "dev-frank", null);

      try (IamClient session = roleSession(playground, attacker, role)) {
        session.createUser(r -> r.userName("svc-sync"));

        assertThat(blue.awaitActed(1)).extracting(BlueTeamRun::outcome).containsOnly("allowed");
        assertThat(control.listRolePolicies(r -> r.roleName("ops-admin")).policyNames())
            .containsExactly(AccountMoves.REVOKE_POLICY);
        assertThatThrownBy(session::listUsers)
            .isInstanceOfSatisfying(
                IamException.class, e -> assertThat(e.statusCode()).isEqualTo(403));
      }
      // Sessions are issued to the second: a session from a later second is not revoked.
      await()
          .atMost(Duration.ofSeconds(5))
          .until(
              () -> {
                try (IamClient fresh = roleSession(playground, attacker, role)) {
                  return !fresh.listUsers().users().isEmpty();
                } catch (IamException stillBefore) {
                  return false;
                }
              });
    }
  }

  @Test
  void deletesTheRoleTheAttackerCreated() throws Exception {
    try (Playground playground = new Playground(dir);
        BlueTeamRun blue =
            new BlueTeamRun(playground, "  - { on: CreateRole, do: delete-role }\n")) {
      IamCreateBackdoorRole technique = new IamCreateBackdoorRole();
      technique.detonate(
          playground.session("attacker", "dev-frank", null),
          technique.parameters(Map.of("roleName", "ops-automation")),
          playground.ledger(technique.id()));

      assertThat(blue.awaitActed(1)).extracting(BlueTeamRun::outcome).containsOnly("allowed");
      IamClient iam = playground.control().iam();
      assertThatThrownBy(() -> iam.getRole(r -> r.roleName("ops-automation")))
          .isInstanceOf(NoSuchEntityException.class);
      // Cleanup finds nothing left to remove.
      assertThat(playground.cleanup().failed()).isEmpty();
    }
  }

  @Test
  void enablesADisabledDetectorAgain() throws Exception {
    try (Playground playground = new Playground(dir);
        BlueTeamRun blue =
            new BlueTeamRun(playground, "  - { on: UpdateDetector, do: reenable-guardduty }\n")) {
      GuardDutyDisable technique = new GuardDutyDisable();
      AwsSession control = playground.control();
      String detector = control.guardDuty().listDetectors().detectorIds().get(0);
      technique.detonate(
          playground.session("attacker", "dev-frank", null),
          technique.parameters(Map.of()),
          playground.ledger(technique.id()));

      assertThat(blue.awaitActed(1)).extracting(BlueTeamRun::outcome).containsOnly("allowed");
      assertThat(control.guardDuty().getDetector(r -> r.detectorId(detector)).statusAsString())
          .isEqualTo("ENABLED");
    }
  }

  @Test
  void createsADetectorWhereTheAttackerDeletedIt() throws Exception {
    try (Playground playground = new Playground(dir);
        BlueTeamRun blue =
            new BlueTeamRun(playground, "  - { on: DeleteDetector, do: reenable-guardduty }\n")) {
      GuardDutyDeleteDetector technique = new GuardDutyDeleteDetector();
      technique.detonate(
          playground.session("attacker", "dev-frank", null),
          technique.parameters(Map.of()),
          playground.ledger(technique.id()));

      assertThat(blue.awaitActed(1)).extracting(BlueTeamRun::outcome).containsOnly("allowed");
      AwsSession control = playground.control();
      List<String> detectors = control.guardDuty().listDetectors().detectorIds();
      assertThat(detectors).hasSize(1);
      assertThat(
              control.guardDuty().getDetector(r -> r.detectorId(detectors.get(0))).statusAsString())
          .isEqualTo("ENABLED");
    }
  }

  private static IamClient roleSession(Playground playground, AwsSession user, String role) {
    Credentials credentials =
        user.sts().assumeRole(r -> r.roleArn(role).roleSessionName("night-shift")).credentials();
    return IamClient.builder()
        .endpointOverride(playground.sandbox.endpoint())
        .region(Region.US_EAST_1)
        .credentialsProvider(
            StaticCredentialsProvider.create(
                AwsSessionCredentials.create(
                    credentials.accessKeyId(),
                    credentials.secretAccessKey(),
                    credentials.sessionToken())))
        .httpClient(UrlConnectionHttpClient.create())
        .overrideConfiguration(o -> o.retryStrategy(r -> r.maxAttempts(1)))
        .build();
  }
}
