package io.firedrill.sandbox.guardduty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.firedrill.sandbox.Sandbox;
import io.firedrill.sandbox.SandboxClients;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.services.guardduty.GuardDutyClient;
import software.amazon.awssdk.services.guardduty.model.BadRequestException;
import software.amazon.awssdk.services.guardduty.model.Finding;
import software.amazon.awssdk.services.guardduty.model.GetThreatIntelSetResponse;
import software.amazon.awssdk.services.guardduty.model.ThreatIntelSetFormat;
import software.amazon.awssdk.services.guardduty.model.ThreatIntelSetStatus;

class ThreatIntelSetTest {

  private static final String CUSTOM = "UnauthorizedAccess:IAMUser/MaliciousIPCaller.Custom";

  @TempDir Path dir;

  private Sandbox sandbox;
  private GuardDutyClient guardDuty;
  private String detectorId;

  @BeforeEach
  void start() {
    sandbox = Sandbox.builder().port(0).start();
    guardDuty = GuardDutyClients.of(sandbox, sandbox.adminCredentials());
    detectorId = guardDuty.createDetector(c -> c.enable(true)).detectorId();
  }

  @AfterEach
  void stop() {
    guardDuty.close();
    sandbox.close();
  }

  @Test
  void aCallFromAnAddressOnAnActiveSetRaisesMaliciousIpCallerCustom() throws Exception {
    String location = list("known-bad.txt", "# from the SOC\n203.0.113.50\n198.51.100.0/24\n");
    String setId = create("soc-blocklist", location, true);
    AwsBasicCredentials mallory = SandboxClients.newAdmin(sandbox, "mallory");

    try (Actor listed = new Actor(sandbox, mallory, "198.51.100.77");
        Actor clean = new Actor(sandbox, mallory, "192.0.2.10")) {
      clean.iam().createUser(c -> c.userName("from-clean"));
      listed.iam().createUser(c -> c.userName("from-listed"));
      listed.iam().listUsers();
    }
    Findings findings = new Findings(guardDuty, detectorId);
    List<Finding> custom = findings.of(CUSTOM, mallory);

    assertThat(custom).hasSize(1);
    Finding finding = custom.get(0);
    assertThat(finding.severity()).isEqualTo(5.0);
    assertThat(finding.service().action().awsApiCallAction().api()).isEqualTo("CreateUser");
    assertThat(finding.service().action().awsApiCallAction().remoteIpDetails().ipAddressV4())
        .isEqualTo("198.51.100.77");
    assertThat(finding.service().evidence().threatIntelligenceDetails().get(0).threatListName())
        .isEqualTo("soc-blocklist");
    assertThat(findings.of("Recon:IAMUser/MaliciousIPCaller.Custom", mallory)).hasSize(1);

    guardDuty.updateThreatIntelSet(
        u -> u.detectorId(detectorId).threatIntelSetId(setId).activate(false));
    try (Actor listed = new Actor(sandbox, mallory, "203.0.113.50")) {
      listed.iam().createUser(c -> c.userName("after-deactivation"));
    }
    assertThat(findings.of(CUSTOM, mallory).get(0).service().count()).isEqualTo(1);
  }

  @Test
  void createsReadsListsUpdatesAndDeletesSets() throws Exception {
    String first = list("a.txt", "203.0.113.1\n");
    String second = list("b.txt", "203.0.113.2\n");
    String id = create("first-list", first, true);
    String inactive = create("second-list", second, false);

    GetThreatIntelSetResponse got =
        guardDuty.getThreatIntelSet(g -> g.detectorId(detectorId).threatIntelSetId(id));
    assertThat(got.name()).isEqualTo("first-list");
    assertThat(got.format()).isEqualTo(ThreatIntelSetFormat.TXT);
    assertThat(got.location()).isEqualTo(first);
    assertThat(got.status()).isEqualTo(ThreatIntelSetStatus.ACTIVE);
    assertThat(got.tags()).containsEntry("team", "soc");
    assertThat(
            guardDuty
                .getThreatIntelSet(g -> g.detectorId(detectorId).threatIntelSetId(inactive))
                .status())
        .isEqualTo(ThreatIntelSetStatus.INACTIVE);
    assertThat(guardDuty.listThreatIntelSets(l -> l.detectorId(detectorId)).threatIntelSetIds())
        .containsExactlyInAnyOrder(id, inactive);

    guardDuty.updateThreatIntelSet(
        u -> u.detectorId(detectorId).threatIntelSetId(id).name("renamed").location(second));
    GetThreatIntelSetResponse updated =
        guardDuty.getThreatIntelSet(g -> g.detectorId(detectorId).threatIntelSetId(id));
    assertThat(updated.name()).isEqualTo("renamed");
    assertThat(updated.location()).isEqualTo(second);
    assertThat(updated.status()).isEqualTo(ThreatIntelSetStatus.ACTIVE);

    guardDuty.deleteThreatIntelSet(d -> d.detectorId(detectorId).threatIntelSetId(id));
    assertThat(guardDuty.listThreatIntelSets(l -> l.detectorId(detectorId)).threatIntelSetIds())
        .containsExactly(inactive);
    BadRequestException gone =
        catchThrowableOfType(
            BadRequestException.class,
            () -> guardDuty.getThreatIntelSet(g -> g.detectorId(detectorId).threatIntelSetId(id)));
    assertThat(gone.statusCode()).isEqualTo(400);
  }

  @Test
  void aListThatCannotBeReadLeavesTheSetInError() throws Exception {
    String missing = dir.resolve("absent.txt").toUri().toString();
    String garbled = list("garbled.txt", "203.0.113.1\nnot-an-address\n");
    String s3 = "s3://threat-lists/bad.txt";

    for (String location : List.of(missing, garbled, s3)) {
      String id = create("list-" + Math.abs(location.hashCode()), location, true);
      assertThat(
              guardDuty
                  .getThreatIntelSet(g -> g.detectorId(detectorId).threatIntelSetId(id))
                  .status())
          .as(location)
          .isEqualTo(ThreatIntelSetStatus.ERROR);
    }
  }

  @Test
  void refusesFormatsTheSandboxCannotReadAndMoreThanSixSets() throws Exception {
    String location = list("c.txt", "203.0.113.3\n");
    BadRequestException stix =
        catchThrowableOfType(
            BadRequestException.class,
            () ->
                guardDuty.createThreatIntelSet(
                    c ->
                        c.detectorId(detectorId)
                            .name("stix")
                            .format(ThreatIntelSetFormat.STIX)
                            .location(location)
                            .activate(true)));
    assertThat(stix.getMessage()).contains("TXT");
    for (int i = 0; i < ThreatIntelSets.MAX_SETS; i++) {
      create("set-" + i, location, false);
    }
    BadRequestException seventh =
        catchThrowableOfType(BadRequestException.class, () -> create("set-7", location, false));
    assertThat(seventh.getMessage()).contains("limit");
  }

  private String create(String name, String location, boolean activate) {
    return guardDuty
        .createThreatIntelSet(
            c ->
                c.detectorId(detectorId)
                    .name(name)
                    .format(ThreatIntelSetFormat.TXT)
                    .location(location)
                    .activate(activate)
                    .tags(Map.of("team", "soc")))
        .threatIntelSetId();
  }

  private String list(String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file.toUri().toString();
  }
}
