package io.firedrill.sandbox.guardduty;

import static org.assertj.core.api.Assertions.assertThat;

import io.firedrill.sandbox.Sandbox;
import io.firedrill.sandbox.SandboxClients;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.services.guardduty.GuardDutyClient;
import software.amazon.awssdk.services.guardduty.model.Finding;
import software.amazon.awssdk.services.iam.IamClient;

/** Anomalous-behaviour findings against a baseline learnt in a tagged window, or set. */
class AnomalyBaselineTest {

  private static final String ATTACKER_IP = "198.51.100.23";

  private Sandbox sandbox;
  private GuardDutyClient guardDuty;
  private String detectorId;
  private String detectorArn;
  private Findings findings;

  @BeforeEach
  void start() {
    sandbox = Sandbox.builder().port(0).start();
    guardDuty = GuardDutyClients.of(sandbox, sandbox.adminCredentials());
    detectorId = guardDuty.createDetector(c -> c.enable(true)).detectorId();
    detectorArn = "arn:aws:guardduty:us-east-1:000000000000:detector/" + detectorId;
    findings = new Findings(guardDuty, detectorId);
  }

  @AfterEach
  void stop() {
    guardDuty.close();
    sandbox.close();
  }

  @Test
  void whatAPrincipalDidInTheLearningWindowIsNotAnomalousAfterIt() {
    guardDuty.tagResource(
        t -> t.resourceArn(detectorArn).tags(Map.of("firedrill:anomaly-baseline", "learning")));
    // The control identity's setup is learnt too, as an exercise's baseline would be.
    AwsBasicCredentials ops = SandboxClients.newAdmin(sandbox, "ops");
    assertThat(guardDuty.listTagsForResource(l -> l.resourceArn(detectorArn)).tags())
        .containsEntry("firedrill:anomaly-baseline", "learning");
    try (Actor actor = new Actor(sandbox, ops, "192.0.2.10")) {
      onboardAndOffboard(actor.iam(), "hire-1");
    }
    guardDuty.untagResource(u -> u.resourceArn(detectorArn).tagKeys("firedrill:anomaly-baseline"));
    assertThat(guardDuty.listTagsForResource(l -> l.resourceArn(detectorArn)).tags()).isEmpty();

    try (Actor actor = new Actor(sandbox, ops, "192.0.2.10")) {
      onboardAndOffboard(actor.iam(), "hire-2");
      assertThat(findings.all()).isEmpty();
      actor
          .iam()
          .createRole(
              c ->
                  c.roleName("new-thing")
                      .assumeRolePolicyDocument(SandboxClients.trustPolicy("000000000000")));
    }
    Finding persistence = only("Persistence:IAMUser/AnomalousBehavior", ops);
    assertThat(persistence.service().action().awsApiCallAction().api()).isEqualTo("CreateRole");
  }

  @Test
  void aLeakedKeyDoingWhatItsOwnerNeverDidRaisesEachTactic() {
    AwsBasicCredentials frank = SandboxClients.newAdmin(sandbox, "dev-frank");
    try (IamClient admin = SandboxClients.iam(sandbox, sandbox.adminCredentials())) {
      admin.createUser(c -> c.userName("victim"));
    }
    learning(true);
    try (Actor owner = new Actor(sandbox, frank, "192.0.2.10")) {
      owner.ec2().describeInstances();
    }
    learning(false);

    try (Actor attacker = new Actor(sandbox, frank, ATTACKER_IP)) {
      IamClient iam = attacker.iam();
      iam.listUsers();
      iam.attachUserPolicy(a -> a.userName("dev-frank").policyArn(Sandbox.ADMINISTRATOR_ACCESS));
      iam.createUser(c -> c.userName("backdoor"));
      iam.deleteUser(d -> d.userName("victim"));
      attacker.ec2().describeInstances();
    }

    assertThat(only("Discovery:IAMUser/AnomalousBehavior", frank).severity()).isEqualTo(2.0);
    assertThat(only("PrivilegeEscalation:IAMUser/AnomalousBehavior", frank).severity())
        .isEqualTo(5.0);
    assertThat(only("Persistence:IAMUser/AnomalousBehavior", frank).severity()).isEqualTo(5.0);
    Finding impact = only("Impact:IAMUser/AnomalousBehavior", frank);
    assertThat(impact.severity()).isEqualTo(8.0);
    assertThat(impact.service().action().awsApiCallAction().api()).isEqualTo("DeleteUser");
    // DescribeInstances was in frank's baseline: the Discovery finding is about ListUsers alone.
    assertThat(
            only("Discovery:IAMUser/AnomalousBehavior", frank).service().additionalInfo().value())
        .contains("ListUsers")
        .doesNotContain("DescribeInstances");
  }

  @Test
  void aBaselineSetWhenTheSandboxStartsIsTheOneCallsAreComparedWith() {
    String frankArn = "arn:aws:iam::000000000000:user/dev-frank";
    try (Sandbox preset =
            Sandbox.builder()
                .port(0)
                .anomalyBaseline(new ApiBaseline(Map.of(frankArn, Set.of("iam:ListUsers"))))
                .start();
        GuardDutyClient client = GuardDutyClients.of(preset, preset.adminCredentials())) {
      AwsBasicCredentials frank = SandboxClients.newAdmin(preset, "dev-frank");
      String id = client.createDetector(c -> c.enable(true)).detectorId();
      try (Actor actor = new Actor(preset, frank, ATTACKER_IP)) {
        actor.iam().listUsers();
        assertThat(new Findings(client, id).all()).isEmpty();
        actor.iam().listRoles();
      }
      List<Finding> discovery =
          new Findings(client, id).of("Discovery:IAMUser/AnomalousBehavior", frank);
      assertThat(discovery).hasSize(1);
      assertThat(discovery.get(0).service().action().awsApiCallAction().api())
          .isEqualTo("ListRoles");
    }
  }

  @Test
  void aRoleIsOnePrincipalAcrossItsSessions() {
    learning(true);
    String role =
        SandboxClients.newRole(sandbox, "deployer", "000000000000", Sandbox.ADMINISTRATOR_ACCESS);
    try (Actor first =
        new Actor(
            sandbox,
            SandboxClients.assume(sandbox, sandbox.adminCredentials(), role, "s1"),
            "192.0.2.10")) {
      first.iam().listUsers();
    }
    learning(false);
    var second = SandboxClients.assume(sandbox, sandbox.adminCredentials(), role, "s2");
    try (Actor actor = new Actor(sandbox, second, "192.0.2.10")) {
      actor.iam().listUsers();
      assertThat(findings.all()).isEmpty();
      actor.iam().listRoles();
    }
    assertThat(
            only("Discovery:IAMUser/AnomalousBehavior", second)
                .resource()
                .accessKeyDetails()
                .userType())
        .isEqualTo("AssumedRole");
  }

  private void onboardAndOffboard(IamClient iam, String hire) {
    iam.listUsers();
    iam.createUser(c -> c.userName(hire));
    iam.createAccessKey(c -> c.userName(hire));
    iam.attachUserPolicy(a -> a.userName(hire).policyArn("arn:aws:iam::aws:policy/ReadOnlyAccess"));
    iam.listAccessKeys(l -> l.userName(hire));
    iam.listRoles();
  }

  private void learning(boolean on) {
    if (on) {
      guardDuty.tagResource(
          t -> t.resourceArn(detectorArn).tags(Map.of("firedrill:anomaly-baseline", "learning")));
    } else {
      guardDuty.untagResource(
          u -> u.resourceArn(detectorArn).tagKeys("firedrill:anomaly-baseline"));
    }
  }

  private Finding only(String type, software.amazon.awssdk.auth.credentials.AwsCredentials key) {
    List<Finding> found = findings.of(type, key);
    assertThat(found).as(type).hasSize(1);
    return found.get(0);
  }
}
