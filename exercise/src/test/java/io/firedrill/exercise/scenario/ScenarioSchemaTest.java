package io.firedrill.exercise.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * The shipped JSON Schema and the loader agree on what a valid scenario is: every shipped scenario
 * passes both, and each of these broken ones fails both.
 */
class ScenarioSchemaTest {

  private static final String HEAD =
      """
      id: s
      title: t
      actors:
        attacker: { leakedKeyOf: dev-frank }
      """;

  private static final String STEP = "timeline:\n  - { at: 0s, actor: attacker, technique: t.x }\n";

  static Stream<Path> shippedScenarios() throws IOException {
    return Files.list(Path.of("../scenarios")).filter(p -> p.toString().endsWith(".yaml"));
  }

  @ParameterizedTest
  @MethodSource("shippedScenarios")
  void everyShippedScenarioMatchesTheSchema(Path file) throws IOException {
    String yaml = Files.readString(file);
    assertThat(schemaProblems(yaml, file.toString())).isEmpty();
    ScenarioLoader.parse(yaml, file.toString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "timeline:\n  - { actor: attacker, technique: aws.discovery.iam-list-users }\n",
        "timeline:\n  - { at: soon, actor: attacker, technique: aws.discovery.iam-list-users }\n",
        "timeline:\n  - { at: 0s, actor: attacker, technique: aws.discovery.iam-list-users,"
            + " every: 2s }\n",
        "timeline:\n  - { at: 0s, actor: attacker, technique: aws.discovery.iam-list-users,"
            + " color: red }\n",
        "timeline:\n  - { at: 0s, notice: { from: x } }\n"
            + "  - { at: 0s, actor: attacker, technique: aws.discovery.iam-list-users }\n",
        "severity: dire\ntimeline:\n  - { at: 0s, actor: attacker, technique: t.x }\n",
        "attack: [T99]\ntimeline:\n  - { at: 0s, actor: attacker, technique: t.x }\n",
        "incidentTypes: [oops]\ntimeline:\n  - { at: 0s, actor: attacker, technique: t.x }\n",
        "timeline: []\n",
        "timeline:\n  - { at: 0s, actor: attacker, technique: t.x }\n"
            + "expect:\n  detect:\n    - { id: x, by: attacker, within: 1m }\n",
        "timeline:\n  - { at: 0s, actor: attacker, technique: t.x }\n"
            + "expect:\n  guess:\n    - { id: x, event: E, by: attacker, within: 1m }\n",
        STEP + "faults:\n  - { kind: flood }\n",
        STEP + "faults:\n  - { kind: throttle, service: ec2 }\n",
        STEP + "faults:\n  - { kind: throttle, rate: 0.5, perSecond: 2 }\n",
        STEP + "faults:\n  - { kind: throttle, rate: 1.5 }\n",
        STEP + "faults:\n  - { kind: trail-delay }\n",
        STEP + "faults:\n  - { kind: trail-delay, delay: 5m, service: ec2 }\n",
        STEP + "faults:\n  - { kind: unavailable, status: 404 }\n",
        STEP + "faults:\n  - { kind: latency, delay: 1s, until: 2m, for: 1m }\n",
        STEP + "faults:\n  - { kind: latency, delay: 1s, color: red }\n",
        STEP + "faults:\n  - { kind: latency, delay: soon }\n",
      })
  void aBrokenScenarioFailsTheSchemaAndTheLoader(String tail) {
    String yaml = HEAD + tail;
    assertThat(schemaProblems(yaml, "s.yaml")).isNotEmpty();
    assertThatThrownBy(() -> ScenarioLoader.parse(yaml, "s.yaml"))
        .isInstanceOf(ScenarioException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"times: 0", "times: two"})
  void schemaProblemsArePlacedAtTheValueTheyAreAbout(String times) {
    String yaml =
        HEAD
            + "timeline:\n  - at: 0s\n    actor: attacker\n    technique: aws.discovery.x\n"
            + "    every: 1s\n    "
            + times
            + "\n";
    List<String> problems = schemaProblems(yaml, "s.yaml");
    assertThat(problems).isNotEmpty().allMatch(p -> p.startsWith("s.yaml:10:12: "));
  }

  private static List<String> schemaProblems(String yaml, String path) {
    Node root = new Compose(LoadSettings.builder().build()).composeString(yaml).orElseThrow();
    Problems problems = new Problems();
    ScenarioSchema.check(root, path, problems);
    return problems.lines();
  }
}
