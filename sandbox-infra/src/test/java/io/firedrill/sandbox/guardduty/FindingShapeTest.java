package io.firedrill.sandbox.guardduty;

import static org.assertj.core.api.Assertions.assertThat;

import io.firedrill.sandbox.wire.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A raised finding against a real one AWS published, field by field. */
class FindingShapeTest {

  private static final Path SAMPLE =
      Path.of("/work/shared/data/real-aws/guardduty/aws-samples/guardduty_iam_event.json");

  // Fields of the published sample an access-key finding from CloudTrail does not have: the
  // sample generator attaches an instance to every type.
  private static final Set<String> NOT_MODELLED = Set.of("instanceDetails");

  @Test
  void hasEveryFieldOfTheRealIamFinding() throws Exception {
    Assumptions.assumeTrue(Files.exists(SAMPLE), "no real-aws data on this machine");
    JsonNode real = Json.MAPPER.readTree(Files.readString(SAMPLE));
    if (real.has("detail")) {
      real = real.get("detail");
    }
    Instant at = Instant.parse("2026-01-01T00:00:00Z");
    Detector detector =
        new Detector(
            "d".repeat(32), "us-east-1", "123456789012", true, "SIX_HOURS", Map.of(), at, at);
    JsonNode raised =
        new Finding(
                "f".repeat(32),
                detector,
                new Signal(FindingTypes.CUSTOM_THREAT_RECON, "ListUsers", "bad-actors", null),
                new Finding.Actor(
                    "AKIAEXAMPLE",
                    "AIDAEXAMPLE",
                    "mallory",
                    "IAMUser",
                    "203.0.113.7",
                    "aws-cli/2.15.0",
                    "AccessDenied"),
                "iam.amazonaws.com",
                at,
                at,
                false)
            .toJson();

    assertThat(names(raised)).containsAll(names(real));
    assertThat(names(raised.get("resource"))).containsAll(names(real.get("resource")));
    assertThat(names(raised.get("resource").get("accessKeyDetails")))
        .containsAll(names(real.get("resource").get("accessKeyDetails")));
    assertThat(names(raised.get("service"))).containsAll(names(real.get("service")));
    JsonNode realCall = real.get("service").get("action").get("awsApiCallAction");
    JsonNode call = raised.get("service").get("action").get("awsApiCallAction");
    assertThat(names(call)).containsAll(names(realCall));
    assertThat(raised.get("type").asString()).isEqualTo(real.get("type").asString());
    assertThat(raised.get("severity").asDouble()).isEqualTo(real.get("severity").asDouble());
    JsonNode realThreat = real.at("/service/evidence/threatIntelligenceDetails/0");
    JsonNode threat = raised.at("/service/evidence/threatIntelligenceDetails/0");
    assertThat(names(threat)).containsAll(names(realThreat));
    assertThat(threat.get("threatListName").asString()).isEqualTo("bad-actors");
    assertThat(names(call.get("remoteIpDetails")))
        .containsAll(names(realCall.get("remoteIpDetails")));
    assertThat(raised.get("createdAt").asString()).isEqualTo("2026-01-01T00:00:00.000Z");
    assertThat(raised.get("schemaVersion").asString())
        .isEqualTo(real.get("schemaVersion").asString());
  }

  private static Set<String> names(JsonNode node) {
    Set<String> names = new TreeSet<>(node.propertyNames());
    names.removeAll(NOT_MODELLED);
    return names;
  }
}
