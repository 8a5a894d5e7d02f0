package io.firedrill.sandbox.guardduty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.firedrill.sandbox.AwsCli;
import io.firedrill.sandbox.Sandbox;
import io.firedrill.sandbox.SandboxClients;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.LookupAttributeKey;
import software.amazon.awssdk.services.guardduty.GuardDutyClient;
import software.amazon.awssdk.services.guardduty.model.AccessDeniedException;
import software.amazon.awssdk.services.guardduty.model.BadRequestException;
import software.amazon.awssdk.services.guardduty.model.Condition;
import software.amazon.awssdk.services.guardduty.model.DetectorStatus;
import software.amazon.awssdk.services.guardduty.model.Finding;
import software.amazon.awssdk.services.guardduty.model.GetDetectorResponse;
import software.amazon.awssdk.services.guardduty.model.GuardDutyException;
import software.amazon.awssdk.services.guardduty.model.ListFindingsResponse;
import software.amazon.awssdk.services.guardduty.model.OrderBy;

class GuardDutyServiceTest {

  private Sandbox sandbox;
  private GuardDutyClient guardDuty;

  @BeforeEach
  void start() {
    sandbox = Sandbox.builder().port(0).start();
    guardDuty = GuardDutyClients.of(sandbox, sandbox.adminCredentials());
  }

  @AfterEach
  void stop() {
    guardDuty.close();
    sandbox.close();
  }

  @Test
  void createsOneDetectorPerRegionAndReadsUpdatesAndDeletesIt() {
    String id =
        guardDuty.createDetector(c -> c.enable(true).tags(java.util.Map.of("a", "b"))).detectorId();

    BadRequestException second =
        catchThrowableOfType(
            BadRequestException.class, () -> guardDuty.createDetector(c -> c.enable(true)));
    GetDetectorResponse got = guardDuty.getDetector(g -> g.detectorId(id));
    guardDuty.updateDetector(u -> u.detectorId(id).enable(false));
    GetDetectorResponse disabled = guardDuty.getDetector(g -> g.detectorId(id));

    assertThat(id).matches("[0-9a-f]{32}");
    assertThat(second.statusCode()).isEqualTo(400);
    assertThat(second.getMessage()).contains("a detector already exists");
    assertThat(guardDuty.listDetectors(l -> {}).detectorIds()).containsExactly(id);
    assertThat(got.status()).isEqualTo(DetectorStatus.ENABLED);
    assertThat(got.findingPublishingFrequencyAsString()).isEqualTo("SIX_HOURS");
    assertThat(got.serviceRole())
        .endsWith(
            "role/aws-service-role/guardduty.amazonaws.com/" + "AWSServiceRoleForAmazonGuardDuty");
    assertThat(got.tags()).containsEntry("a", "b");
    assertThat(got.createdAt()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
    assertThat(disabled.status()).isEqualTo(DetectorStatus.DISABLED);

    guardDuty.deleteDetector(d -> d.detectorId(id));
    assertThat(guardDuty.listDetectors(l -> l.maxResults(10)).detectorIds()).isEmpty();
    BadRequestException gone =
        catchThrowableOfType(
            BadRequestException.class, () -> guardDuty.getDetector(g -> g.detectorId(id)));
    assertThat(gone.getMessage()).contains("not owned by the current account");
    assertThat(gone.awsErrorDetails().errorCode()).isEqualTo("BadRequestException");
  }

  @Test
  void deniesAUserWithoutPermissionsAndRecordsTheCallInCloudTrail() {
    String id = guardDuty.createDetector(c -> c.enable(true)).detectorId();
    AwsBasicCredentials nobody = SandboxClients.newUser(sandbox, "nobody");
    try (GuardDutyClient denied = GuardDutyClients.of(sandbox, nobody);
        CloudTrailClient cloudTrail =
            SandboxClients.cloudTrail(sandbox, sandbox.adminCredentials())) {
      AccessDeniedException error =
          catchThrowableOfType(
              AccessDeniedException.class, () -> denied.deleteDetector(d -> d.detectorId(id)));

      assertThat(error.statusCode()).isEqualTo(403);
      assertThat(error.getMessage())
          .contains("guardduty:DeleteDetector")
          .contains("arn:aws:guardduty:us-east-1:000000000000:detector/" + id);
      var events =
          cloudTrail
              .lookupEvents(
                  l ->
                      l.lookupAttributes(
                          a ->
                              a.attributeKey(LookupAttributeKey.EVENT_SOURCE)
                                  .attributeValue("guardduty.amazonaws.com")))
              .events();
      assertThat(events)
          .extracting(e -> e.eventName())
          .contains("CreateDetector", "DeleteDetector");
      assertThat(events.get(0).cloudTrailEvent())
          .contains("\"errorCode\":\"AccessDenied\"")
          .contains("\"detectorId\":\"" + id + "\"");
    }
  }

  @Test
  void rejectsAnUnknownKeyWithA403() {
    try (GuardDutyClient stranger =
        GuardDutyClients.of(sandbox, AwsBasicCredentials.create("AKIAXXXXXXXXXXXXXXXX", "x"))) {
      GuardDutyException error =
          catchThrowableOfType(GuardDutyException.class, () -> stranger.listDetectors(l -> {}));
      assertThat(error.statusCode()).isEqualTo(403);
      assertThat(error.awsErrorDetails().errorCode()).isEqualTo("UnrecognizedClientException");
    }
  }

  @Test
  void listsFindingsByCriteriaSortedAndPagedAndArchivesThem() {
    String id = guardDuty.createDetector(c -> c.enable(true)).detectorId();
    guardDuty.createSampleFindings(
        s ->
            s.detectorId(id)
                .findingTypes(
                    "Stealth:IAMUser/CloudTrailLoggingDisabled",
                    "Persistence:IAMUser/AnomalousBehavior",
                    "Impact:IAMUser/AnomalousBehavior"));
    List<String> all = guardDuty.listFindings(l -> l.detectorId(id)).findingIds();
    List<Finding> findings =
        guardDuty.getFindings(g -> g.detectorId(id).findingIds(all)).findings();

    assertThat(findings)
        .hasSize(3)
        .allSatisfy(
            f -> assertThat(f.service().additionalInfo().value()).contains("\"sample\":true"));
    List<String> medium =
        guardDuty
            .listFindings(
                l ->
                    l.detectorId(id)
                        .findingCriteria(
                            c ->
                                c.criterion(
                                    java.util.Map.of(
                                        "severity",
                                        Condition.builder()
                                            .greaterThanOrEqual(4L)
                                            .lessThan(8L)
                                            .build()))))
            .findingIds();
    assertThat(medium).hasSize(1);
    assertThat(
            guardDuty
                .getFindings(g -> g.detectorId(id).findingIds(medium))
                .findings()
                .get(0)
                .type())
        .isEqualTo("Persistence:IAMUser/AnomalousBehavior");

    ListFindingsResponse page1 =
        guardDuty.listFindings(
            l ->
                l.detectorId(id)
                    .maxResults(2)
                    .sortCriteria(s -> s.attributeName("severity").orderBy(OrderBy.DESC)));
    ListFindingsResponse page2 =
        guardDuty.listFindings(
            l ->
                l.detectorId(id)
                    .maxResults(2)
                    .nextToken(page1.nextToken())
                    .sortCriteria(s -> s.attributeName("severity").orderBy(OrderBy.DESC)));
    assertThat(page1.findingIds()).hasSize(2);
    assertThat(page2.findingIds()).hasSize(1);
    assertThat(page2.nextToken()).isNull();
    List<Finding> sorted =
        guardDuty.getFindings(g -> g.detectorId(id).findingIds(page1.findingIds())).findings();
    assertThat(sorted).extracting(Finding::severity).contains(8.0, 5.0);

    guardDuty.archiveFindings(a -> a.detectorId(id).findingIds(medium));
    List<String> unarchived =
        guardDuty
            .listFindings(
                l ->
                    l.detectorId(id)
                        .findingCriteria(
                            c ->
                                c.criterion(
                                    java.util.Map.of(
                                        "service.archived",
                                        Condition.builder().equalsValue("false").build()))))
            .findingIds();
    assertThat(unarchived).hasSize(2).doesNotContainAnyElementsOf(medium);
    guardDuty.unarchiveFindings(a -> a.detectorId(id).findingIds(medium));
    assertThat(
            guardDuty
                .listFindings(
                    l ->
                        l.detectorId(id)
                            .findingCriteria(
                                c ->
                                    c.criterion(
                                        java.util.Map.of(
                                            "type",
                                            Condition.builder()
                                                .neq("Impact:IAMUser/AnomalousBehavior")
                                                .build()))))
                .findingIds())
        .hasSize(2);
  }

  @Test
  void rejectsBadFindingInput() {
    String id = guardDuty.createDetector(c -> c.enable(true)).detectorId();
    List<String> tooMany = java.util.stream.IntStream.range(0, 51).mapToObj(i -> "f" + i).toList();

    assertThat(
            catchThrowableOfType(
                BadRequestException.class,
                () -> guardDuty.getFindings(g -> g.detectorId(id).findingIds(tooMany))))
        .isNotNull();
    assertThat(
            catchThrowableOfType(
                BadRequestException.class,
                () -> guardDuty.listFindings(l -> l.detectorId(id).maxResults(51))))
        .isNotNull();
    assertThat(
            catchThrowableOfType(
                BadRequestException.class,
                () ->
                    guardDuty.createSampleFindings(
                        s -> s.detectorId(id).findingTypes("No:Such/Type"))))
        .isNotNull();
  }

  @Test
  void answersTheAwsCli() {
    Assumptions.assumeTrue(AwsCli.available(), "the aws command is not installed");
    String id = guardDuty.createDetector(c -> c.enable(true)).detectorId();
    guardDuty.createSampleFindings(
        s -> s.detectorId(id).findingTypes("Stealth:IAMUser/CloudTrailLoggingDisabled"));
    String findingId = guardDuty.listFindings(l -> l.detectorId(id)).findingIds().get(0);

    AwsCli.Result detectors =
        AwsCli.run(sandbox, sandbox.adminCredentials(), "guardduty", "list-detectors");
    AwsCli.Result findings =
        AwsCli.run(
            sandbox,
            sandbox.adminCredentials(),
            "guardduty",
            "get-findings",
            "--detector-id",
            id,
            "--finding-ids",
            findingId);
    AwsCli.Result missing =
        AwsCli.run(
            sandbox,
            sandbox.adminCredentials(),
            "guardduty",
            "get-detector",
            "--detector-id",
            "00");

    assertThat(detectors.exitCode()).as(detectors.output()).isZero();
    assertThat(detectors.output()).contains(id);
    assertThat(findings.exitCode()).as(findings.output()).isZero();
    assertThat(findings.output())
        .contains("\"Type\": \"Stealth:IAMUser/CloudTrailLoggingDisabled\"")
        .contains("\"UserName\": \"GeneratedFindingUserName\"");
    assertThat(missing.exitCode()).isNotZero();
    assertThat(missing.output()).contains("BadRequestException");
  }

  @Test
  void theAwsCliManagesFiltersAndThreatIntelSetsAndTags() {
    Assumptions.assumeTrue(AwsCli.available(), "the aws command is not installed");
    String id = guardDuty.createDetector(c -> c.enable(true)).detectorId();
    String arn = "arn:aws:guardduty:us-east-1:000000000000:detector/" + id;

    AwsCli.Result filter =
        AwsCli.run(
            sandbox,
            sandbox.adminCredentials(),
            "guardduty",
            "create-filter",
            "--detector-id",
            id,
            "--name",
            "quiet-root",
            "--action",
            "ARCHIVE",
            "--finding-criteria",
            "{\"Criterion\":{\"type\":{\"Eq\":[\"Policy:IAMUser/RootCredentialUsage\"]}}}");
    AwsCli.Result filters =
        AwsCli.run(
            sandbox, sandbox.adminCredentials(), "guardduty", "list-filters", "--detector-id", id);
    AwsCli.Result set =
        AwsCli.run(
            sandbox,
            sandbox.adminCredentials(),
            "guardduty",
            "create-threat-intel-set",
            "--detector-id",
            id,
            "--name",
            "soc",
            "--format",
            "TXT",
            "--location",
            "s3://lists/soc.txt",
            "--no-activate");
    AwsCli.Result sets =
        AwsCli.run(
            sandbox,
            sandbox.adminCredentials(),
            "guardduty",
            "list-threat-intel-sets",
            "--detector-id",
            id);
    AwsCli.Result tag =
        AwsCli.run(
            sandbox,
            sandbox.adminCredentials(),
            "guardduty",
            "tag-resource",
            "--resource-arn",
            arn,
            "--tags",
            "firedrill:anomaly-baseline=learning");
    AwsCli.Result untag =
        AwsCli.run(
            sandbox,
            sandbox.adminCredentials(),
            "guardduty",
            "untag-resource",
            "--resource-arn",
            arn,
            "--tag-keys",
            "firedrill:anomaly-baseline");

    assertThat(filter.exitCode()).as(filter.output()).isZero();
    assertThat(filter.output()).contains("\"Name\": \"quiet-root\"");
    assertThat(filters.output()).contains("quiet-root");
    assertThat(set.exitCode()).as(set.output()).isZero();
    assertThat(sets.output()).contains("ThreatIntelSetIds");
    assertThat(tag.exitCode()).as(tag.output()).isZero();
    assertThat(untag.exitCode()).as(untag.output()).isZero();
    assertThat(guardDuty.getDetector(g -> g.detectorId(id)).tags()).isEmpty();
    assertThat(
            guardDuty
                .getFilter(g -> g.detectorId(id).filterName("quiet-root"))
                .findingCriteria()
                .criterion())
        .containsKey("type");
  }
}
