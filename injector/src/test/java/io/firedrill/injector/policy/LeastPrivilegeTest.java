package io.firedrill.injector.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.firedrill.exercise.policy.PolicyDocument;
import io.firedrill.exercise.policy.PolicyStatement;
import io.firedrill.injector.plan.Plan;
import io.firedrill.injector.plan.Planner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The done-when of least privilege, scenario by scenario: the generated policies, attached to the
 * actors' identities in place of what the baseline gives them, let every step make the calls it
 * makes with the baseline's rights, with the same answers; and without any one action of any one
 * statement, some call is refused with AccessDenied.
 */
class LeastPrivilegeTest {

  @TempDir Path dir;

  private static Plan plan(String id) throws Exception {
    Path file = Path.of("..", "scenarios", id + ".yaml");
    return Planner.load(Files.readString(file), file.toString());
  }

  private static Map<String, PolicyDocument> generated(Plan plan) {
    Map<String, PolicyDocument> policies = new LinkedHashMap<>();
    // The sandbox's account and region are not known before it starts: wildcards fit any.
    for (ActorPolicy policy : LeastPrivilege.of(plan, "*", "*")) {
      policies.put(policy.attachTo(), policy.document());
    }
    return policies;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "leaked-access-key",
        "backdoor-persistence",
        "ci-key-escalation",
        "cloudtrail-tampering",
        "compute-hijack",
        "detector-blinding",
        "exposed-ssh",
        "insider-privilege-escalation",
        "quiet-trail-blinding"
      })
  void theGeneratedPolicyLetsEveryStepRunAsTheBaselinesRightsDo(String id) throws Exception {
    Plan plan = plan(id);

    List<Drill.Outcome> asBaseline = Drill.withBaselineRights(dir, plan);
    List<Drill.Outcome> leastPrivilege = Drill.withOnly(dir, plan, generated(plan));

    assertThat(leastPrivilege).noneMatch(Drill.Outcome::denied);
    assertThat(leastPrivilege).containsExactlyElementsOf(asBaseline);
  }

  /**
   * Not the two escalation scenarios: once an actor has made itself an administrator, its later
   * steps need nothing of the policy, which is the escalation working, not a permission too many.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "leaked-access-key",
        "backdoor-persistence",
        "cloudtrail-tampering",
        "compute-hijack",
        "detector-blinding",
        "exposed-ssh",
        "quiet-trail-blinding"
      })
  void withoutAnyOneActionSomeStepIsDenied(String id) throws Exception {
    Plan plan = plan(id);
    Map<String, PolicyDocument> policies = generated(plan);
    for (Map.Entry<String, PolicyDocument> identity : policies.entrySet()) {
      PolicyDocument document = identity.getValue();
      for (String action : document.actions()) {
        assertDenied(id, plan, policies, identity.getKey(), document.without(action), action);
      }
      // Stronger, statement by statement: each technique's statement is needed for its own
      // resources, unless another technique's statement grants the same (DescribeTrails on *).
      for (PolicyStatement statement : document.statements()) {
        for (String action : statement.actions()) {
          if (!grantedElsewhere(document, statement, action)) {
            assertDenied(
                id,
                plan,
                policies,
                identity.getKey(),
                document.without(statement.sid(), action),
                action + " in " + statement.sid());
          }
        }
      }
    }
  }

  private void assertDenied(
      String id,
      Plan plan,
      Map<String, PolicyDocument> policies,
      String identity,
      PolicyDocument reduced,
      String what)
      throws Exception {
    Map<String, PolicyDocument> less = new LinkedHashMap<>(policies);
    less.put(identity, reduced);

    List<Drill.Outcome> outcomes = Drill.withOnly(dir, plan, less);

    assertThat(outcomes)
        .as("%s without %s of %s", id, what, identity)
        .anyMatch(Drill.Outcome::denied);
  }

  private static boolean grantedElsewhere(
      PolicyDocument document, PolicyStatement statement, String action) {
    return document.statements().stream()
        .filter(other -> other != statement && other.actions().contains(action))
        .anyMatch(
            other ->
                other.resources().contains("*")
                    || other.resources().containsAll(statement.resources()));
  }
}
