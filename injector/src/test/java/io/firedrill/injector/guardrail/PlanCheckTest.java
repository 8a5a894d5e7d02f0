package io.firedrill.injector.guardrail;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.firedrill.injector.plan.Plan;
import io.firedrill.injector.plan.Planner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlanCheckTest {

  private static final GuardrailPolicy US_EAST_1 =
      new GuardrailPolicy(Set.of("us-east-1"), SpendCaps.DEFAULT, null, Duration.ofSeconds(5));

  private static Plan plan(String timeline) {
    return plan("  attacker: { leakedKeyOf: dev-frank }\n", timeline);
  }

  private static Plan plan(String actors, String timeline) {
    return Planner.load(
        "id: caps\ntitle: t\nactors:\n" + actors + "timeline:\n" + timeline, "caps.yaml");
  }

  @Test
  void aBurstOverTheStepCapIsRefusedWhereItIsWrittenWithWhatItAskedAndTheCap() {
    Plan plan =
        plan(
            """
              - at: 0s
                actor: attacker
                technique: aws.discovery.sts-get-caller-identity
              - at: 30s
                actor: attacker
                technique: aws.impact.ec2-run-instances-burst
                with: { instanceType: t3.micro, count: "12" }
            """);

    assertThatThrownBy(() -> PlanCheck.check(plan, US_EAST_1, "us-east-1"))
        .isInstanceOf(TargetRefusedException.class)
        .hasMessageContaining(
            "caps.yaml:9:5: aws.impact.ec2-run-instances-burst asks for up to 12 instance(s),"
                + " over the cap of 10 a step")
        .hasMessageContaining("nothing was started");
  }

  @Test
  void repeatsAndRegionsCountTowardsTheExerciseCap() {
    Plan plan =
        plan(
            """
              - at: 0s
                every: 10s
                times: 3
                actor: attacker
                technique: aws.impact.ec2-run-instances-burst
                with: { regions: "us-east-1,us-west-2", instanceType: t3.micro, count: "2" }
              - at: 1m
                actor: attacker
                technique: aws.impact.ec2-run-instances-burst
                with: { instanceType: t3.micro, count: "9" }
            """);
    GuardrailPolicy twoRegions =
        new GuardrailPolicy(
            Set.of("us-east-1", "us-west-2"), SpendCaps.DEFAULT, null, Duration.ofSeconds(5));

    // 2 a region x 2 regions x 3 firings = 12 for the first step, 21 in all.
    assertThatThrownBy(() -> PlanCheck.check(plan, twoRegions, "us-east-1"))
        .hasMessageContaining(
            "caps.yaml:6:5: aws.impact.ec2-run-instances-burst asks for up to 12 instance(s)"
                + " (4 a firing, 3 firings), over the cap of 10 a step")
        .hasMessageContaining("ask for up to 21 instances, over the cap of 20 an exercise")
        .hasMessageContaining("(caps.yaml:6, caps.yaml:12)");
    GuardrailPolicy roomy =
        new GuardrailPolicy(
            Set.of("us-east-1", "us-west-2"),
            new SpendCaps(12, 21, List.of()),
            null,
            Duration.ofSeconds(5));
    assertThatCode(() -> PlanCheck.check(plan, roomy, "us-east-1")).doesNotThrowAnyException();
  }

  @Test
  void gpuAndMetalTypesNeedToBeNamedAndAnAllowListHoldsEveryOtherType() {
    Plan hijack =
        plan(
            """
              - at: 0s
                actor: attacker
                technique: aws.impact.ec2-compute-hijack
                with: { gpuType: p3.2xlarge, fallbackType: c5.metal, count: "1" }
            """);

    assertThatThrownBy(() -> PlanCheck.check(hijack, US_EAST_1, "us-east-1"))
        .hasMessageContaining(
            "caps.yaml:6:5: aws.impact.ec2-compute-hijack: instance type p3.2xlarge is bare metal"
                + " or an accelerator type")
        .hasMessageContaining("instance type c5.metal is bare metal");
    GuardrailPolicy star =
        new GuardrailPolicy(
            Set.of("us-east-1"), new SpendCaps(10, 20, List.of("*")), null, Duration.ofSeconds(5));
    assertThatThrownBy(() -> PlanCheck.check(hijack, star, "us-east-1"))
        .hasMessageContaining("p3.2xlarge is bare metal or an accelerator type");
    GuardrailPolicy named =
        new GuardrailPolicy(
            Set.of("us-east-1"),
            new SpendCaps(10, 20, List.of("p3.*", "c5.*")),
            null,
            Duration.ofSeconds(5));
    assertThatCode(() -> PlanCheck.check(hijack, named, "us-east-1")).doesNotThrowAnyException();
    GuardrailPolicy t3Only =
        new GuardrailPolicy(
            Set.of("us-east-1"),
            new SpendCaps(10, 20, List.of("t3.*")),
            null,
            Duration.ofSeconds(5));
    Plan burst =
        plan(
            """
              - at: 0s
                actor: attacker
                technique: aws.impact.ec2-run-instances-burst
                with: { instanceType: m5.large, count: "1" }
            """);
    assertThatThrownBy(() -> PlanCheck.check(burst, t3Only, "us-east-1"))
        .hasMessageContaining(
            "instance type m5.large is not one of the allowed instance types [t3.*]");
  }

  @Test
  void everyRegionOfActorsAndStepsIsOnTheAllowList() {
    Plan plan =
        plan(
            "  attacker: { leakedKeyOf: dev-frank }\n"
                + "  roamer: { leakedKeyOf: dev-frank, region: ap-south-1 }\n",
            """
              - at: 0s
                actor: attacker
                technique: aws.discovery.ec2-describe-instances
                with: { regions: "us-east-1,eu-west-1" }
              - at: 1s
                actor: roamer
                technique: aws.discovery.sts-get-caller-identity
            """);

    assertThatThrownBy(() -> PlanCheck.check(plan, US_EAST_1, "us-east-1"))
        .hasMessageContaining(
            "caps.yaml:5:11: actor 'roamer' calls region ap-south-1, not on the region allow-list"
                + " [us-east-1]")
        .hasMessageContaining(
            "caps.yaml:7:5: aws.discovery.ec2-describe-instances calls region eu-west-1, not on"
                + " the region allow-list [us-east-1]");
    GuardrailPolicy wide =
        new GuardrailPolicy(
            Set.of("us-east-1", "eu-west-1", "ap-south-1"),
            SpendCaps.DEFAULT,
            null,
            Duration.ofSeconds(5));
    assertThatCode(() -> PlanCheck.check(plan, wide, "us-east-1")).doesNotThrowAnyException();
  }

  @Test
  void theBundledComputeHijackScenarioNeedsItsCapsRaisedForARealAccount() throws Exception {
    Path file = Path.of("..", "scenarios", "compute-hijack.yaml");
    Plan plan = Planner.load(Files.readString(file), "compute-hijack.yaml");

    // Three regions of eight, then eight more: 24 in one step, 32 in all.
    assertThatThrownBy(() -> PlanCheck.check(plan, GuardrailPolicy.DEFAULT, "us-east-1"))
        .hasMessageContaining("asks for up to 24 instance(s), over the cap of 10 a step")
        .hasMessageContaining("ask for up to 32 instances, over the cap of 20 an exercise")
        .hasMessageContaining("calls regions us-west-2, eu-west-1");
  }
}
