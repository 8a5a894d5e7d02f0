package io.firedrill.injector.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.firedrill.exercise.scenario.ScenarioException;
import io.firedrill.exercise.scenario.ScenarioLoader;
import io.firedrill.injector.technique.defenseevasion.CloudTrailStop;
import org.junit.jupiter.api.Test;

class PlannerTest {

  private static String scenario(String timeline) {
    return """
        id: s
        title: t
        actors:
          attacker: { leakedKeyOf: dev-frank }
        timeline:
        """
        + timeline;
  }

  @Test
  void bindsEachStepToItsTechniqueWithTypedParameters() {
    Plan plan =
        Planner.plan(
            ScenarioLoader.parse(
                scenario(
                    """
                      - at: 30s
                        actor: attacker
                        technique: aws.defense-evasion.cloudtrail-stop
                        with: { trail: management-events }
                    """),
                "s.yaml"));

    assertThat(plan.injects()).hasSize(1);
    assertThat(plan.injects().get(0).technique()).isInstanceOf(CloudTrailStop.class);
    assertThat(plan.injects().get(0).parameters())
        .isEqualTo(new CloudTrailStop.Params("management-events"));
  }

  @Test
  void reportsEveryBadStepWithItsLocationAndASuggestion() {
    String yaml =
        scenario(
            """
              - at: 0s
                actor: attacker
                technique: aws.discovery.sts-get-caller-identiy
              - at: 10s
                actor: attacker
                technique: aws.defense-evasion.cloudtrail-stop
              - at: 20s
                actor: attacker
                technique: aws.defense-evasion.cloudtrail-stop
                with: { trial: management-events }
              - at: 30s
                actor: attacker
                technique: something-else-entirely
            """);

    ScenarioException e =
        catchThrowableOfType(
            ScenarioException.class, () -> Planner.plan(ScenarioLoader.parse(yaml, "s.yaml")));

    assertThat(e.problems())
        .containsExactly(
            "s.yaml:6:5: unknown technique 'aws.discovery.sts-get-caller-identiy'; did you mean 'aws.discovery.sts-get-caller-identity'?",
            "s.yaml:9:5: aws.defense-evasion.cloudtrail-stop: missing parameter 'trail': expected the name or ARN of the trail to stop",
            "s.yaml:12:5: aws.defense-evasion.cloudtrail-stop: unknown parameter 'trial'; expected one of: trail",
            "s.yaml:16:5: unknown technique 'something-else-entirely'; 'technique list' shows the catalog");
  }
}
