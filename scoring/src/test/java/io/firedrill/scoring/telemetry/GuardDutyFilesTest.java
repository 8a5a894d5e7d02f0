package io.firedrill.scoring.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * GuardDuty findings captured elsewhere, in each shape they are kept in, come out in GuardDuty's
 * own JSON shape, the one the scorer reads.
 */
class GuardDutyFilesTest {

  private static final Path SAMPLES =
      Path.of("..", "..", "shared", "data", "real-aws", "guardduty", "aws-samples");

  @TempDir Path dir;

  @Test
  void aFindingAsGuardDutyWritesItIsReadAsItIs() {
    assumeTrue(Files.isDirectory(SAMPLES), "../shared/data/real-aws is not here");

    List<JsonNode> findings = GuardDutyFiles.read(SAMPLES.resolve("guardduty_iam_event.json"));

    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).path("type").asString())
        .isEqualTo("Recon:IAMUser/MaliciousIPCaller.Custom");
    assertThat(FindingFacts.accessKeyId(findings.get(0))).isEqualTo("GeneratedFindingAccessKeyId");
  }

  @Test
  void getFindingsOutputOfTheCliIsReadInGuardDutysShape() {
    // What 'aws guardduty get-findings' (AWS CLI v1) printed against the sandbox after the
    // attacker's StopLogging: member names, AccessKeyDetails, EventFirstSeen.
    Path cli = Path.of("src", "test", "resources", "guardduty", "get-findings-cli.json");

    JsonNode finding = GuardDutyFiles.read(cli).get(0);

    assertThat(finding.path("type").asString())
        .isEqualTo("Stealth:IAMUser/CloudTrailLoggingDisabled");
    assertThat(finding.path("severity").asDouble()).isEqualTo(2.0);
    assertThat(finding.path("service").path("count").asInt()).isEqualTo(1);
    assertThat(finding.path("service").path("eventFirstSeen").asString()).endsWith("Z");
    assertThat(FindingFacts.api(finding)).isEqualTo("StopLogging");
    assertThat(FindingFacts.accessKeyId(finding)).startsWith("AKIA");
  }

  @Test
  void eventBridgeEventsOneALineYieldTheirFindingsAndPassOverOtherEvents() throws Exception {
    Files.writeString(
        dir.resolve("events.jsonl"),
        "{\"detail-type\":\"GuardDuty Finding\",\"detail\":"
            + finding("f-1", "Stealth:IAMUser/CloudTrailLoggingDisabled", 1)
            + "}\n"
            + "{\"detail-type\":\"AWS API Call via CloudTrail\",\"detail\":{\"eventName\":\"X\"}}\n");

    assertThat(GuardDutyFiles.read(dir))
        .extracting(f -> f.path("id").asString())
        .containsExactly("f-1");
  }

  @Test
  void theS3ExportsGzippedLinesAreReadFindingByFinding() throws Exception {
    Path export = Files.createDirectories(dir.resolve("AWSLogs/111122223333/GuardDuty/us-east-1"));
    try (OutputStream out =
        new GZIPOutputStream(Files.newOutputStream(export.resolve("export.jsonl.gz")))) {
      out.write(
          (finding("f-1", "Recon:IAMUser/UserPermissions", 1)
                  + "\n"
                  + finding("f-1", "Recon:IAMUser/UserPermissions", 3)
                  + "\n")
              .getBytes(StandardCharsets.UTF_8));
    }

    assertThat(GuardDutyFiles.read(dir))
        .extracting(f -> f.path("service").path("count").asInt())
        .containsExactly(1, 3);
  }

  @Test
  void anythingElseIsNamedWithItsFileLineAndColumn() throws Exception {
    Path file = dir.resolve("not-findings.json");
    Files.writeString(file, "[\n  {\"eventName\": \"StopLogging\", \"eventID\": \"e-1\"}\n]\n");

    assertThatThrownBy(() -> GuardDutyFiles.read(file))
        .isInstanceOf(TelemetryException.class)
        .hasMessageContaining("not-findings.json:1:1: expected a GuardDuty finding,")
        .hasMessageContaining("found an object with eventName, eventID in an array");
  }

  static String finding(String id, String type, int count) {
    return "{\"schemaVersion\":\"2.0\",\"accountId\":\"111122223333\",\"id\":\""
        + id
        + "\",\"type\":\""
        + type
        + "\",\"severity\":5,\"createdAt\":\"2026-11-20T10:03:00.000Z\","
        + "\"updatedAt\":\"2026-11-20T10:0"
        + (3 + count)
        + ":00.000Z\",\"resource\":{\"accessKeyDetails\":{\"accessKeyId\":\"AKIADEVFRANK\","
        + "\"userName\":\"dev-frank\"}},\"service\":{\"count\":"
        + count
        + ",\"eventFirstSeen\":\"2026-11-20T10:00:10.000Z\",\"action\":{\"awsApiCallAction\":"
        + "{\"api\":\"StopLogging\"}}}}";
  }
}
