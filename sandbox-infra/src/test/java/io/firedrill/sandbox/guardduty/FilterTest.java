package io.firedrill.sandbox.guardduty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.firedrill.sandbox.Sandbox;
import io.firedrill.sandbox.SandboxClients;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.services.guardduty.GuardDutyClient;
import software.amazon.awssdk.services.guardduty.model.BadRequestException;
import software.amazon.awssdk.services.guardduty.model.Condition;
import software.amazon.awssdk.services.guardduty.model.FilterAction;
import software.amazon.awssdk.services.guardduty.model.FindingCriteria;
import software.amazon.awssdk.services.guardduty.model.GetFilterResponse;
import software.amazon.awssdk.services.guardduty.model.ListFiltersResponse;

class FilterTest {

  private static final String TOR = "UnauthorizedAccess:IAMUser/TorIPCaller";
  private static final String ROOT = "Policy:IAMUser/RootCredentialUsage";

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
  void anArchiveFilterSuppressesTheFindingsItMatchesAsTheyAreRaisedAndUpdated() {
    guardDuty.createFilter(
        c ->
            c.detectorId(detectorId)
                .name("known-tor-gateway")
                .action(FilterAction.ARCHIVE)
                .findingCriteria(ofType(TOR)));
    guardDuty.createFilter(
        c ->
            c.detectorId(detectorId)
                .name("just-a-query")
                .action(FilterAction.NOOP)
                .findingCriteria(ofType(ROOT)));
    AwsBasicCredentials mallory = SandboxClients.newAdmin(sandbox, "mallory");
    try (Actor viaTor = new Actor(sandbox, mallory, "185.220.101.7");
        Actor root = new Actor(sandbox, sandbox.rootCredentials(), "192.0.2.1")) {
      viaTor.iam().createUser(c -> c.userName("one"));
      root.iam().listUsers();
    }
    Findings findings = new Findings(guardDuty, detectorId);

    assertThat(findings.of(TOR, mallory).get(0).service().archived()).isTrue();
    assertThat(findings.of(ROOT, sandbox.rootCredentials()).get(0).service().archived()).isFalse();

    // Unarchived by hand, the finding is archived again when its activity repeats.
    String torId = findings.of(TOR, mallory).get(0).id();
    guardDuty.unarchiveFindings(u -> u.detectorId(detectorId).findingIds(torId));
    assertThat(findings.of(TOR, mallory).get(0).service().archived()).isFalse();
    try (Actor viaTor = new Actor(sandbox, mallory, "185.220.101.7")) {
      viaTor.iam().createUser(c -> c.userName("two"));
    }
    assertThat(findings.of(TOR, mallory).get(0).service().archived()).isTrue();
    assertThat(findings.of(TOR, mallory).get(0).service().count()).isEqualTo(2);
    assertThat(
            guardDuty
                .listFindings(
                    l ->
                        l.detectorId(detectorId)
                            .findingCriteria(
                                f ->
                                    f.criterion(
                                        Map.of(
                                            "service.archived",
                                            Condition.builder().equalsValue("false").build()))))
                .findingIds())
        .doesNotContain(torId)
        .isNotEmpty();
  }

  @Test
  void createsReadsListsUpdatesAndDeletesFilters() {
    guardDuty.createFilter(
        c ->
            c.detectorId(detectorId)
                .name("second")
                .rank(2)
                .description("low noise")
                .action(FilterAction.NOOP)
                .findingCriteria(ofType(ROOT))
                .tags(Map.of("k", "v")));
    String created =
        guardDuty
            .createFilter(
                c -> c.detectorId(detectorId).name("first").rank(1).findingCriteria(ofType(TOR)))
            .name();

    assertThat(created).isEqualTo("first");
    GetFilterResponse second =
        guardDuty.getFilter(g -> g.detectorId(detectorId).filterName("second"));
    assertThat(second.action()).isEqualTo(FilterAction.NOOP);
    assertThat(second.rank()).isEqualTo(2);
    assertThat(second.description()).isEqualTo("low noise");
    assertThat(second.tags()).containsEntry("k", "v");
    assertThat(second.findingCriteria().criterion().get("type").equalsValue())
        .containsExactly(ROOT);
    assertThat(guardDuty.getFilter(g -> g.detectorId(detectorId).filterName("first")).action())
        .isEqualTo(FilterAction.NOOP);

    ListFiltersResponse page1 = guardDuty.listFilters(l -> l.detectorId(detectorId).maxResults(1));
    ListFiltersResponse page2 =
        guardDuty.listFilters(
            l -> l.detectorId(detectorId).maxResults(1).nextToken(page1.nextToken()));
    assertThat(page1.filterNames()).containsExactly("first");
    assertThat(page2.filterNames()).containsExactly("second");
    assertThat(page2.nextToken()).isNull();

    guardDuty.updateFilter(
        u -> u.detectorId(detectorId).filterName("second").action(FilterAction.ARCHIVE).rank(1));
    GetFilterResponse updated =
        guardDuty.getFilter(g -> g.detectorId(detectorId).filterName("second"));
    assertThat(updated.action()).isEqualTo(FilterAction.ARCHIVE);
    assertThat(updated.description()).isEqualTo("low noise");
    assertThat(updated.findingCriteria().criterion()).containsKey("type");

    guardDuty.deleteFilter(d -> d.detectorId(detectorId).filterName("first"));
    assertThat(guardDuty.listFilters(l -> l.detectorId(detectorId)).filterNames())
        .containsExactly("second");
    assertThat(
            catchThrowableOfType(
                BadRequestException.class,
                () -> guardDuty.getFilter(g -> g.detectorId(detectorId).filterName("first"))))
        .isNotNull();
  }

  @Test
  void refusesADuplicateABadNameAndCriteriaItCannotApply() {
    guardDuty.createFilter(
        c -> c.detectorId(detectorId).name("taken").findingCriteria(ofType(TOR)));

    assertThat(
            catchThrowableOfType(
                    BadRequestException.class,
                    () ->
                        guardDuty.createFilter(
                            c ->
                                c.detectorId(detectorId)
                                    .name("taken")
                                    .findingCriteria(ofType(ROOT))))
                .getMessage())
        .contains("already exists");
    assertThat(
            catchThrowableOfType(
                BadRequestException.class,
                () ->
                    guardDuty.createFilter(
                        c ->
                            c.detectorId(detectorId)
                                .name("no spaces allowed")
                                .findingCriteria(ofType(ROOT)))))
        .isNotNull();
    assertThat(
            catchThrowableOfType(
                BadRequestException.class,
                () ->
                    guardDuty.createFilter(
                        c ->
                            c.detectorId(detectorId)
                                .name("ranked")
                                .rank(101)
                                .findingCriteria(ofType(ROOT)))))
        .isNotNull();
  }

  private static FindingCriteria ofType(String type) {
    return FindingCriteria.builder()
        .criterion(Map.of("type", Condition.builder().equalsValue(type).build()))
        .build();
  }
}
