package io.firedrill.scoring.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.firedrill.scoring.telemetry.CloudTrailFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import software.amazon.event.ruler.GenericMachine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The detector reads only the fields its rules look at, straight from the record. These tests hold
 * it to what event-ruler itself answers when it is given the whole event as JSON, the way
 * EventBridge delivers it, over real trails and patterns of every kind.
 */
class EventFieldsTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Path REAL = Path.of("..", "..", "shared", "data", "real-aws", "cloudtrail");

  /** Patterns of every kind event-ruler knows, over fields real records have. */
  private static final List<String> PATTERNS =
      List.of(
          "{\"source\":[\"aws.iam\"],\"detail-type\":[\"AWS API Call via CloudTrail\"]}",
          "{\"detail\":{\"eventName\":[{\"prefix\":\"Create\"}],\"errorCode\":[{\"exists\":false}]}}",
          "{\"detail\":{\"eventName\":[{\"anything-but\":[\"GetCallerIdentity\",\"ListBuckets\"]}],"
              + "\"userIdentity\":{\"type\":[\"IAMUser\"]}}}",
          "{\"detail\":{\"userIdentity\":{\"sessionContext\":{\"sessionIssuer\":{\"type\":[\"Role\"]}}}}}",
          "{\"detail\":{\"requestParameters\":{\"instancesSet\":{\"items\":{\"instanceId\":"
              + "[{\"prefix\":\"i-\"}]}}}}}",
          "{\"detail\":{\"resources\":{\"type\":[\"AWS::S3::Object\"]}}}",
          "{\"detail\":{\"readOnly\":[false],\"managementEvent\":[true]}}",
          "{\"detail\":{\"errorCode\":[{\"exists\":true}]},\"region\":[\"us-east-1\"]}",
          "{\"detail\":{\"userAgent\":[{\"wildcard\":\"*aws-cli*\"}]}}",
          "{\"detail\":{\"sourceIPAddress\":[{\"cidr\":\"10.0.0.0/8\"}]}}",
          "{\"detail\":{\"eventName\":[{\"equals-ignore-case\":\"stoplogging\"}]}}",
          "{\"$or\":[{\"detail\":{\"eventName\":[\"RunInstances\"]}},"
              + "{\"detail\":{\"eventSource\":[\"guardduty.amazonaws.com\"]}}]}",
          "{\"detail\":{\"requestParameters\":{\"maxResults\":[{\"numeric\":[\">\",10]}]}}}",
          "{\"detail\":{\"responseElements\":[null]}}",
          "{\"account\":[{\"anything-but\":{\"prefix\":\"0\"}}],\"time\":[{\"prefix\":\"2023\"}]}");

  @Test
  void answersAsEventRulerDoesOverRealTrails() throws Exception {
    assumeTrue(Files.isDirectory(REAL), "no ../shared/data/real-aws here: nothing real to compare");
    List<DetectionRule> rules = new ArrayList<>(DetectionRules.load(Path.of("..", "detections")));
    for (int i = 0; i < PATTERNS.size(); i++) {
      rules.add(new DetectionRule("kind-" + i, "low", List.of(), PATTERNS.get(i), "test"));
    }
    Detector detector = new Detector(rules);
    GenericMachine<String> reference = new GenericMachine<>();
    for (DetectionRule rule : rules) {
      if (rule.pattern() != null) {
        reference.addRule(rule.name(), rule.pattern());
      }
    }
    long[] compared = {0, 0};
    TreeSet<String> everMatched = new TreeSet<>();
    CloudTrailFiles.read(
        REAL,
        record -> {
          List<String> expected = expected(reference, record);
          List<String> actual = detector.match(record).stream().map(DetectionRule::name).toList();
          assertThat(actual)
              .as("rules matched by %s %s", record.path("eventName"), record.path("eventID"))
              .isEqualTo(expected);
          compared[0]++;
          compared[1] += actual.size();
          everMatched.addAll(actual);
        });

    assertThat(compared[0]).as("records compared").isGreaterThan(1000);
    // A comparison where nothing ever matches proves nothing: every kind must go off somewhere.
    for (int i = 0; i < PATTERNS.size(); i++) {
      if (i != 13) {
        assertThat(everMatched)
            .as("pattern kinds that matched a real record")
            .contains("kind-" + i);
      }
    }
  }

  @Test
  void readsOnlyTheFieldsThePatternsName() {
    EventFields fields =
        new EventFields(
            List.of(
                "{\"source\":[\"aws.iam\"],\"detail\":{\"eventName\":[\"CreateUser\"]}}",
                "{\"detail\":{\"resources\":{\"ARN\":[{\"prefix\":\"arn:\"}]}}}"));
    JsonNode record =
        JSON.readTree(
            "{\"eventName\":\"CreateUser\",\"eventSource\":\"iam.amazonaws.com\","
                + "\"resources\":[{\"ARN\":\"arn:a\"},{\"ARN\":\"arn:b\"},{\"type\":\"x\"}],"
                + "\"requestParameters\":{\"userName\":\"u\"}}");

    assertThat(fields.of(record, name -> Detector.envelopeField(record, name)))
        .containsExactly(
            "detail.eventName",
            "\"CreateUser\"",
            "detail.resources.ARN",
            "\"arn:a\"",
            "detail.resources.ARN",
            "\"arn:b\"",
            "source",
            "\"aws.iam\"");
  }

  private static List<String> expected(GenericMachine<String> reference, JsonNode record) {
    try {
      return reference
          .rulesForJSONEvent(JSON.writeValueAsString(Detector.asEventBridgeEvent(record)))
          .stream()
          .sorted()
          .toList();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
