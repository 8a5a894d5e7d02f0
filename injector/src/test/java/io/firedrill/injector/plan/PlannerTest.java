package io.firedrill.injector.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.firedrill.exercise.scenario.ScenarioException;
import io.firedrill.exercise.scenario.ScenarioLoader;
import io.firedrill.injector.technique.defenseevasion.CloudTrailStop;
import io.firedrill.injector.technique.impact.Ec2RunInstancesBurst;
import java.util.List;
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
  void readsListsAndCountsAsAScenarioAuthorWritesThem() {
    Plan plan =
        burst("{ regions: \" us-east-1, ,eu-west-1 \", instanceType: t3.micro, count: \" 3\" }");

    assertThat(plan.injects().get(0).parameters())
        .isEqualTo(
            new Ec2RunInstancesBurst.Params(List.of("us-east-1", "eu-west-1"), "t3.micro", 3));
    ScenarioException e =
        catchThrowableOfType(ScenarioException.class, () -> burst("{ count: lots }"));
    assertThat(e.problems())
        .containsExactly(
            "s.yaml:6:5: aws.impact.ec2-run-instances-burst: count must be a whole number; got 'lots'");
  }

  private static Plan burst(String with) {
    return Planner.plan(
        ScenarioLoader.parse(
            scenario(
                """
                  - at: 0s
                    actor: attacker
                    technique: aws.impact.ec2-run-instances-burst
                    with: %s
                """
                    .formatted(with)),
            "s.yaml"));
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
