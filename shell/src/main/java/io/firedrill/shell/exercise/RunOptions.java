package io.firedrill.shell.exercise;

import io.firedrill.exercise.clock.Speed;
import io.firedrill.injector.guardrail.GuardrailPolicy;
import java.net.URI;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Consumer;

/**
 * How to run an exercise.
 *
 * @param scenario a scenario id (looked up in the scenario library) or a path to a YAML file
 * @param blueAuto whether the scripted blue team responds
 * @param playbook the scripted blue team's playbook, from scenarios/playbooks/
 * @param out the folder under which the exercise's own folder is written
 * @param progress receives one line for each thing that happens, for the person watching
 * @param target where to play: an embedded sandbox of this run's own, the account at an endpoint (a
 *     running {@code sandbox up}), AWS or a LocalStack
 * @param allowedAccounts the accounts the target's credentials may reach; no default (LocalStack's
 *     test credentials excepted)
 * @param guardrails the region allow-list, spend caps and stop condition (docs/guardrails.md)
 */
public record RunOptions(
    String scenario,
    boolean blueAuto,
    String playbook,
    Speed speed,
    Path out,
    Consumer<String> progress,
    TargetChoice target,
    Set<String> allowedAccounts,
    GuardrailPolicy guardrails) {

  public RunOptions {
    target = target == null ? TargetChoice.EMBEDDED_SANDBOX : target;
    allowedAccounts = Set.copyOf(allowedAccounts);
    guardrails = guardrails == null ? GuardrailPolicy.DEFAULT : guardrails;
  }

  /** Options with the default guardrails: the target's region only, the default caps. */
  public RunOptions(
      String scenario,
      boolean blueAuto,
      String playbook,
      Speed speed,
      Path out,
      Consumer<String> progress,
      TargetChoice target,
      Set<String> allowedAccounts) {
    this(
        scenario,
        blueAuto,
        playbook,
        speed,
        out,
        progress,
        target,
        allowedAccounts,
        GuardrailPolicy.DEFAULT);
  }

  /**
   * Options for a run in the account at an endpoint, with the environment's credentials, or in an
   * embedded sandbox when the endpoint is null.
   */
  public RunOptions(
      String scenario,
      boolean blueAuto,
      String playbook,
      Speed speed,
      Path out,
      Consumer<String> progress,
      URI endpoint,
      Set<String> allowedAccounts) {
    this(
        scenario,
        blueAuto,
        playbook,
        speed,
        out,
        progress,
        endpoint == null
            ? TargetChoice.EMBEDDED_SANDBOX
            : new TargetChoice(TargetChoice.Kind.ENDPOINT, endpoint, null),
        allowedAccounts);
  }

  /** These options with {@code policy} as their guardrails. */
  public RunOptions withGuardrails(GuardrailPolicy policy) {
    return new RunOptions(
        scenario, blueAuto, playbook, speed, out, progress, target, allowedAccounts, policy);
  }

  /** Where the AWS calls go; null for an embedded sandbox's (not started yet) or AWS's own. */
  public URI endpoint() {
    return target.endpoint();
  }

  /** Options for a run in an embedded sandbox of its own. */
  public RunOptions(
      String scenario,
      boolean blueAuto,
      String playbook,
      Speed speed,
      Path out,
      Consumer<String> progress) {
    this(scenario, blueAuto, playbook, speed, out, progress, (URI) null, Set.of());
  }

  /** The playbook of {@code --blue auto}. */
  public static final String DEFAULT_PLAYBOOK = "standard-responder";
}
