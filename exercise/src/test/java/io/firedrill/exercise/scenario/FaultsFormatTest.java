package io.firedrill.exercise.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The {@code faults:} list: what it reads, and what it refuses with which words. */
class FaultsFormatTest {

  private static final String HEAD =
      """
      id: s
      title: t
      actors:
        attacker: { leakedKeyOf: dev-frank }
      timeline:
        - { at: 0s, actor: attacker, technique: aws.discovery.iam-list-users }
      """;

  @Test
  void readsEachKindWithItsTimesInScenarioTime() {
    Scenario scenario =
        ScenarioLoader.parse(
            HEAD
                + """
                faults:
                  - { at: 2m, until: 12m, kind: throttle, service: ec2, operation: "Describe*", rate: 0.3, seed: 7 }
                  - { kind: trail-delay, delay: 5m }
                  - { at: 5m, for: 3m, kind: unavailable, service: guardduty }
                  - { at: 1m, kind: latency, service: iam, delay: 800ms }
                """,
            "s.yaml");

    assertThat(scenario.faults())
        .extracting(Fault::kind)
        .containsExactly("trail-delay", "latency", "throttle", "unavailable");
    Fault throttle = scenario.faults().get(2);
    assertThat(throttle.index()).isEqualTo(1);
    assertThat(throttle.at()).isEqualTo(Duration.ofMinutes(2));
    assertThat(throttle.until()).isEqualTo(Duration.ofMinutes(12));
    assertThat(throttle.members())
        .containsEntry("service", "ec2")
        .containsEntry("operation", "Describe*")
        .containsEntry("rate", 0.3)
        .containsEntry("seed", 7L);
    assertThat(throttle.describe()).isEqualTo("throttle ec2:Describe* rate 0.3");
    Fault down = scenario.faults().get(3);
    assertThat(down.until()).isEqualTo(Duration.ofMinutes(8));
    assertThat(down.status()).isEqualTo(503);
    assertThat(scenario.faults().get(0).at()).isZero();
    assertThat(scenario.faults().get(0).until()).isNull();
    assertThat(scenario.faults().get(1).members()).containsEntry("delay", "800ms");
  }

  @Test
  void aScenarioWithoutFaultsHasNone() {
    assertThat(ScenarioLoader.parse(HEAD, "s.yaml").faults()).isEmpty();
  }

  @Test
  void saysWhatIsWrongWithEachFaultAndWhere() {
    ScenarioException e =
        catchThrowableOfType(
            ScenarioException.class,
            () ->
                ScenarioLoader.parse(
                    HEAD
                        + """
                        faults:
                          - { kind: flood }
                          - { kind: throttle, service: ec2 }
                          - { kind: trail-delay, delay: 5m, service: ec2 }
                          - { at: 5m, until: 1m, kind: latency, delay: 1s }
                          - { kind: unavailable, status: 404 }
                        """,
                    "s.yaml"));

    assertThat(e.problems())
        .containsExactly(
            "s.yaml:8:13: unknown fault kind 'flood'; expected one of: throttle, latency,"
                + " unavailable, iam-consistency, trail-delay, finding-delay",
            "s.yaml:9:5: a throttle needs either 'rate' (such as 0.3) or 'perSecond' (such as 2)",
            "s.yaml:10:46: trail-delay holds for the whole account; it takes no service",
            "s.yaml:11:22: expected 'until' after 'at' (5m); found 1m",
            "s.yaml:12:34: expected status 500 or 503; found 404");
  }
}
