package io.firedrill.sandbox.guardduty;

import static org.assertj.core.api.Assertions.assertThat;

import io.firedrill.sandbox.Sandbox;
import io.firedrill.sandbox.SandboxClients;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.guardduty.GuardDutyClient;
import software.amazon.awssdk.services.guardduty.model.Condition;
import software.amazon.awssdk.services.guardduty.model.FilterAction;
import software.amazon.awssdk.services.guardduty.model.ThreatIntelSetFormat;
import software.amazon.awssdk.services.guardduty.model.ThreatIntelSetStatus;

/** What GuardDuty adds to the sandbox's state survives a restart from its state directory. */
class GuardDutyRestartTest {

  @TempDir Path dir;

  @Test
  void theBaselineFiltersThreatListsAndInstanceCredentialsSurviveARestart() throws Exception {
    Path stateDir = dir.resolve("state");
    Path list = dir.resolve("bad.txt");
    Files.writeString(list, "203.0.113.66\n");
    AwsBasicCredentials ops;
    AwsSessionCredentials stolen;
    String detectorId;
    String setId;
    try (Sandbox first = Sandbox.builder().port(0).stateDir(stateDir).start();
        GuardDutyClient guardDuty = GuardDutyClients.of(first, first.adminCredentials())) {
      detectorId = guardDuty.createDetector(c -> c.enable(true)).detectorId();
      String arn = "arn:aws:guardduty:us-east-1:000000000000:detector/" + detectorId;
      guardDuty.tagResource(
          t -> t.resourceArn(arn).tags(Map.of("firedrill:anomaly-baseline", "learning")));
      ops = SandboxClients.newAdmin(first, "ops");
      SandboxClients.newRole(
          first, "web", "000000000000", "arn:aws:iam::aws:policy/ReadOnlyAccess");
      String instanceId;
      try (Actor actor = new Actor(first, ops, "192.0.2.10");
          Ec2Client ec2 = SandboxClients.ec2(first, first.adminCredentials())) {
        actor.iam().listUsers();
        instanceId =
            ec2.runInstances(
                    r ->
                        r.imageId("ami-1")
                            .instanceType("t3.micro")
                            .minCount(1)
                            .maxCount(1)
                            .iamInstanceProfile(p -> p.name("web")))
                .instances()
                .get(0)
                .instanceId();
      }
      guardDuty.untagResource(u -> u.resourceArn(arn).tagKeys("firedrill:anomaly-baseline"));
      stolen = first.instanceCredentials(instanceId);
      guardDuty.createFilter(
          c ->
              c.detectorId(detectorId)
                  .name("quiet-root")
                  .action(FilterAction.ARCHIVE)
                  .findingCriteria(
                      f ->
                          f.criterion(
                              Map.of(
                                  "type",
                                  Condition.builder()
                                      .equalsValue("Policy:IAMUser/RootCredentialUsage")
                                      .build()))));
      setId =
          guardDuty
              .createThreatIntelSet(
                  c ->
                      c.detectorId(detectorId)
                          .name("soc")
                          .format(ThreatIntelSetFormat.TXT)
                          .location(list.toUri().toString())
                          .activate(true))
              .threatIntelSetId();
    }
    // The list was read when the set was activated; the restarted sandbox does not read it again.
    Files.delete(list);

    try (Sandbox second = Sandbox.builder().port(0).stateDir(stateDir).start();
        GuardDutyClient guardDuty = GuardDutyClients.of(second, second.adminCredentials())) {
      Findings findings = new Findings(guardDuty, detectorId);
      try (Actor actor = new Actor(second, ops, "192.0.2.10")) {
        actor.iam().listUsers();
        assertThat(findings.all()).isEmpty();
      }
      try (Actor listed = new Actor(second, ops, "203.0.113.66");
          Actor thief = new Actor(second, stolen, "198.51.100.23");
          Actor root = new Actor(second, second.rootCredentials(), "192.0.2.10")) {
        listed.iam().createUser(c -> c.userName("from-listed"));
        thief.sts().getCallerIdentity();
        root.iam().listUsers();
      }

      assertThat(
              guardDuty
                  .getThreatIntelSet(g -> g.detectorId(detectorId).threatIntelSetId(setId))
                  .status())
          .isEqualTo(ThreatIntelSetStatus.ACTIVE);
      assertThat(findings.of("UnauthorizedAccess:IAMUser/MaliciousIPCaller.Custom", ops))
          .hasSize(1);
      assertThat(
              findings.of(
                  "UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration.OutsideAWS", stolen))
          .hasSize(1);
      assertThat(findings.of("Policy:IAMUser/RootCredentialUsage", second.rootCredentials()))
          .singleElement()
          .satisfies(f -> assertThat(f.service().archived()).isTrue());
      assertThat(findings.of("Discovery:IAMUser/AnomalousBehavior", ops)).isEmpty();
    }
  }
}
