package io.firedrill.exercise.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ScenarioLoaderTest {

  private static final String VALID =
      """
      id: cloudtrail-tampering
      title: A leaked key is used to blind CloudTrail
      actors:
        attacker: { leakedKeyOf: dev-frank, sourceIp: 203.0.113.7 }
      timeline:
        - at: 30s
          actor: attacker
          technique: aws.defense-evasion.cloudtrail-stop
          with: { trail: management-events }
        - at: 0s
          actor: attacker
          technique: aws.discovery.sts-get-caller-identity
      expect:
        detect:
          - { id: seen, event: StopLogging, source: cloudtrail.amazonaws.com, by: attacker, within: 5m }
        recover:
          - { id: restored, event: StartLogging, by: blue, within: 3m }
      """;

  @Test
  void readsEveryPartOfAScenario() {
    Scenario scenario = ScenarioLoader.parse(VALID, "s.yaml");

    assertThat(scenario.id()).isEqualTo("cloudtrail-tampering");
    assertThat(scenario.baseline()).isEqualTo("standard");
    assertThat(scenario.actor("attacker").orElseThrow().leakedKeyOf()).isEqualTo("dev-frank");
    assertThat(scenario.actor("attacker").orElseThrow().sourceIp()).isEqualTo("203.0.113.7");
    // The timeline is played in time order, whatever order it was written in.
    assertThat(scenario.timeline())
        .extracting(Step::at)
        .containsExactly(Duration.ZERO, Duration.ofSeconds(30));
    Step stop = scenario.timeline().get(1);
    assertThat(stop.index()).isEqualTo(1);
    assertThat(stop.with()).containsEntry("trail", "management-events");
    assertThat(stop.location()).isEqualTo(new SourceLocation("s.yaml", 6, 5));
    assertThat(scenario.expectations())
        .extracting(Expectation::id, Expectation::phase, Expectation::by, Expectation::within)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "seen", Phase.DETECT, "attacker", Duration.ofMinutes(5)),
            org.assertj.core.groups.Tuple.tuple(
                "restored", Phase.RECOVER, "blue", Duration.ofMinutes(3)));
    // By default the exercise lasts until the last step plus the longest target.
    assertThat(scenario.end()).isEqualTo(Duration.ofSeconds(30).plusMinutes(5));
    assertThat(scenario.sha256()).hasSize(64);
  }

  @Test
  void invalidYamlIsReportedAtItsLineAndColumn() {
    ScenarioException e =
        catchThrowableOfType(
            ScenarioException.class,
            () -> ScenarioLoader.parse("id: x\ntitle: [unclosed\n", "bad.yaml"));

    assertThat(e.problems()).hasSize(1);
    assertThat(e.problems().get(0)).matches("bad\\.yaml:3:1: invalid YAML: .+");
  }

  @Test
  void aNegativeOffsetNamesWhatWasExpected() {
    String yaml = VALID.replace("at: 30s", "at: -30s");

    ScenarioException e =
        catchThrowableOfType(ScenarioException.class, () -> ScenarioLoader.parse(yaml, "s.yaml"));

    assertThat(e.problems())
        .containsExactly(
            "s.yaml:6:9: expected the step's offset as a non-negative duration such as 0s, 30s, 2m or 1m30s; found '-30s'");
  }

  @Test
  void reportsEveryProblemOfTheFileAtOnce() {
    String yaml =
        """
        id: Not An Id
        title: t
        colour: red
        actors:
          attacker: { leakedKeyOf: dev-frank }
        timeline:
          - at: 0s
            actor: atacker
            technique: aws.discovery.sts-get-caller-identity
          - actor: attacker
        expect:
          detect:
            - { id: seen, event: StopLogging, by: nobody, within: soon }
        """;

    ScenarioException e =
        catchThrowableOfType(ScenarioException.class, () -> ScenarioLoader.parse(yaml, "s.yaml"));

    assertThat(e.problems())
        .containsExactlyInAnyOrder(
            "s.yaml:1:5: expected an id of lower-case letters, digits and dashes",
            "s.yaml:3:1: unknown key 'colour'; expected one of: "
                + String.join(
                    ", ",
                    keysOf(
                        "id title description severity incidentTypes attack objectives baseline"
                            + " actors timeline expect end scoring faults")),
            "s.yaml:8:12: unknown actor 'atacker'; expected one of: attacker",
            "s.yaml:10:5: missing 'at': expected the step's offset in scenario time, such as 30s, or"
                + " 'after' with the id of an earlier step",
            "s.yaml:10:5: missing 'technique': expected a technique id such as aws.defense-evasion.cloudtrail-stop",
            "s.yaml:13:43: unknown party 'nobody'; expected 'blue' or one of: attacker",
            "s.yaml:13:59: expected the target time as a non-negative duration such as 0s, 30s, 2m or 1m30s; found 'soon'");
  }

  @Test
  void anExpectationCanBeAGuardDutyFindingInsteadOfAnEvent() {
    String yaml =
        VALID.replace(
            "  recover:",
            "    - { id: gd, finding: Stealth:IAMUser/CloudTrailLoggingDisabled, within: 15m }\n  recover:");

    Expectation gd = ScenarioLoader.parse(yaml, "s.yaml").expectations().get(1);

    assertThat(gd.isFinding()).isTrue();
    assertThat(gd.finding()).isEqualTo("Stealth:IAMUser/CloudTrailLoggingDisabled");
    assertThat(gd.by()).isNull();
    assertThat(gd.evidence()).isEqualTo(gd.finding());
  }

  @Test
  void anExpectationNamesAnEventOrAFindingNotBoth() {
    String yaml =
        VALID.replace(
            "{ id: seen, event: StopLogging,",
            "{ id: seen, finding: Stealth:IAMUser/X, event: StopLogging,");

    ScenarioException e =
        catchThrowableOfType(ScenarioException.class, () -> ScenarioLoader.parse(yaml, "s.yaml"));

    assertThat(e.problems())
        .singleElement()
        .asString()
        .contains("names an 'event' or a 'finding', not both");
  }

  @Test
  void anExpectationCanNameADetectionRuleAndTheAttackItCatches() {
    String yaml =
        VALID.replace(
            "  recover:",
            "    - { id: alerted, event: StopLogging, rule: cloudtrail-logging-disabled,"
                + " by: attacker, within: 2m }\n"
                + "    - { id: any-alert, rule: iam-user-created, within: 2m }\n  recover:");

    java.util.List<Expectation> expected = ScenarioLoader.parse(yaml, "s.yaml").expectations();

    assertThat(expected.get(1).rule()).isEqualTo("cloudtrail-logging-disabled");
    assertThat(expected.get(1).eventName()).isEqualTo("StopLogging");
    assertThat(expected.get(1).evidence()).isEqualTo("cloudtrail-logging-disabled");
    assertThat(expected.get(2).eventName()).isNull();
    assertThat(expected.get(2).by()).isNull();
  }

  @Test
  void theRubricDefaultsToTheIssuesWeights() {
    Scoring scoring = ScenarioLoader.parse(VALID, "s.yaml").scoring();

    assertThat(scoring.weights())
        .containsExactly(
            java.util.Map.entry("detect", 30),
            java.util.Map.entry("triage", 10),
            java.util.Map.entry("contain", 20),
            java.util.Map.entry("eradicate", 15),
            java.util.Map.entry("recover", 10),
            java.util.Map.entry("evidence", 10),
            java.util.Map.entry("communicate", 5));
    assertThat(scoring.severity("aws.defense-evasion.cloudtrail-stop")).isEqualTo("medium");
  }

  @Test
  void weightsAndSeveritiesAreScenarioData() {
    String yaml =
        VALID
            + "scoring:\n"
            + "  weights: { contain: 40, detect: 10 }\n"
            + "  severity: { aws.defense-evasion.cloudtrail-stop: critical }\n";

    Scoring scoring = ScenarioLoader.parse(yaml, "s.yaml").scoring();

    assertThat(scoring.weights()).containsEntry("contain", 40).containsEntry("detect", 10);
    assertThat(scoring.weights()).containsEntry("recover", 10); // not named: the default
    assertThat(scoring.weights().keySet()).startsWith("detect", "triage", "contain");
    assertThat(scoring.severity("aws.defense-evasion.cloudtrail-stop")).isEqualTo("critical");
  }

  @Test
  void badScoringDataIsReportedWhereItWasWritten() {
    String yaml =
        VALID
            + "scoring:\n"
            + "  weights: { contain: lots, triage: 5, detction: 30 }\n"
            + "  severity: { aws.defense-evasion.cloudtrail-stop: dire }\n";

    ScenarioException e =
        catchThrowableOfType(ScenarioException.class, () -> ScenarioLoader.parse(yaml, "s.yaml"));

    assertThat(e.problems())
        .containsExactlyInAnyOrder(
            "s.yaml:19:23: expected a weight of 0 to 999 points; found 'lots'",
            "s.yaml:19:40: unknown key 'detction'; expected one of: detect, triage, contain,"
                + " eradicate, recover, evidence, communicate",
            "s.yaml:20:52: severity 'dire'; expected one of: low, medium, high, critical");
  }

  @Test
  void anEmptyFileSaysWhatWasExpected() {
    ScenarioException e =
        catchThrowableOfType(ScenarioException.class, () -> ScenarioLoader.parse("", "e.yaml"));

    assertThat(e.problems()).containsExactly("e.yaml:1:1: the file is empty; expected a scenario");
  }

  @Test
  void aListWhereAMapBelongsIsNamed() {
    ScenarioException e =
        catchThrowableOfType(
            ScenarioException.class, () -> ScenarioLoader.parse("- a\n- b\n", "l.yaml"));

    assertThat(e.problems())
        .containsExactly(
            "l.yaml:1:1: expected a scenario (a map with id, title, ...), found a list");
  }

  private static java.util.List<String> keysOf(String words) {
    return java.util.List.of(words.split(" "));
  }
}
