package io.firedrill.scoring.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DetectorTest {

  private static final Path SHIPPED = Path.of("..", "detections");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path dir;

  private static JsonNode record(String eventSource, String eventName, String extra) {
    return JSON.readTree(
        "{\"eventVersion\":\"1.09\",\"eventSource\":\""
            + eventSource
            + "\",\"eventName\":\""
            + eventName
            + "\",\"eventID\":\"e-1\",\"eventTime\":\"2026-11-22T12:00:00Z\",\"awsRegion\":\"us-east-1\","
            + "\"recipientAccountId\":\"000000000000\",\"eventType\":\"AwsApiCall\""
            + extra
            + "}");
  }

  @Test
  void theShippedRulesCatchWhatTheySayTheyCatch() {
    Detector detector = new Detector(DetectionRules.load(SHIPPED));

    assertThat(names(detector.match(record("cloudtrail.amazonaws.com", "StopLogging", ""))))
        .containsExactly("cloudtrail-logging-disabled");
    assertThat(names(detector.match(record("iam.amazonaws.com", "CreateUser", ""))))
        .containsExactly("iam-user-created");
    assertThat(
            names(
                detector.match(
                    record(
                        "iam.amazonaws.com",
                        "CreateAccessKey",
                        ",\"requestParameters\":{\"userName\":\"backdoor\"}"))))
        .containsExactly("access-key-created-for-other-user");
  }

  @Test
  void refusedCallsAndOrdinaryOnesSetNothingOff() {
    Detector detector = new Detector(DetectionRules.load(SHIPPED));

    assertThat(
            detector.match(
                record(
                    "cloudtrail.amazonaws.com", "StopLogging", ",\"errorCode\":\"AccessDenied\"")))
        .isEmpty();
    assertThat(detector.match(record("cloudtrail.amazonaws.com", "StartLogging", ""))).isEmpty();
    assertThat(
            detector.match(
                record("iam.amazonaws.com", "CreateAccessKey", ",\"requestParameters\":null")))
        .isEmpty();
  }

  @Test
  void recordsAreMatchedInTheEnvelopeEventBridgeDelivers() {
    JsonNode event =
        Detector.asEventBridgeEvent(record("cloudtrail.amazonaws.com", "StopLogging", ""));

    assertThat(event.path("source").asString()).isEqualTo("aws.cloudtrail");
    assertThat(event.path("detail-type").asString()).isEqualTo("AWS API Call via CloudTrail");
    assertThat(event.path("account").asString()).isEqualTo("000000000000");
    assertThat(event.path("detail").path("eventName").asString()).isEqualTo("StopLogging");
  }

  @Test
  void reportsEveryBadRuleFileAtOnce() throws IOException {
    Files.writeString(dir.resolve("a.json"), "{\"name\": \"x\",\n \"severity\": }");
    Files.writeString(
        dir.resolve("b.json"),
        "{\"name\": \"y\", \"severity\": \"urgent\", \"pattern\": {\"detail\": {\"eventName\": \"StopLogging\"}}}");
    Files.writeString(dir.resolve("c.json"), "{\"name\": \"z\", \"severity\": \"low\"}");

    DetectionRuleException e =
        catchThrowableOfType(DetectionRuleException.class, () -> DetectionRules.load(dir));

    assertThat(e.problems()).hasSize(4);
    assertThat(e.problems().get(0)).startsWith(dir.resolve("a.json") + ":2:14: not valid JSON");
    assertThat(e.problems().get(1)).contains("b.json:1:1: severity 'urgent'");
    assertThat(e.problems().get(2))
        .contains("b.json:1:1: 'pattern' is not an EventBridge event pattern");
    assertThat(e.problems().get(3)).contains("c.json:1:1: expected a 'pattern'");
  }

  @Test
  void aFindingRuleFiresOnItsTypeFromItsMinimumSeverity() throws IOException {
    Files.writeString(
        dir.resolve("gd.json"),
        "{\"name\": \"persistence\", \"severity\": \"medium\","
            + " \"finding\": {\"type\": \"Persistence:IAMUser/AnomalousBehavior\", \"minSeverity\": 5}}");

    Detector detector = new Detector(DetectionRules.load(dir));

    assertThat(names(detector.matchFinding("Persistence:IAMUser/AnomalousBehavior", 5.0)))
        .containsExactly("persistence");
    assertThat(detector.matchFinding("Persistence:IAMUser/AnomalousBehavior", 4.9)).isEmpty();
    assertThat(detector.matchFinding("Stealth:IAMUser/CloudTrailLoggingDisabled", 8)).isEmpty();
    // a finding rule never matches a CloudTrail record
    assertThat(detector.match(record("iam.amazonaws.com", "CreateUser", ""))).isEmpty();
  }

  private static List<String> names(List<DetectionRule> rules) {
    return rules.stream().map(DetectionRule::name).toList();
  }
}
