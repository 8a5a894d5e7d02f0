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
 * @param endpoint the endpoint of an account to play in with the environment's credentials (a
 *     running {@code sandbox up}, a LocalStack), or null for an embedded sandbox of this run's own
 * @param allowedAccounts the accounts an endpoint's credentials may reach; no default
 * @param guardrails the region allow-list, spend caps and stop condition (docs/guardrails.md)
 */
public record RunOptions(
    String scenario,
    boolean blueAuto,
    String playbook,
    Speed speed,
    Path out,
    Consumer<String> progress,
    URI endpoint,
    Set<String> allowedAccounts,
    GuardrailPolicy guardrails) {

  public RunOptions {
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
      URI endpoint,
      Set<String> allowedAccounts) {
    this(
        scenario,
        blueAuto,
        playbook,
        speed,
        out,
        progress,
        endpoint,
        allowedAccounts,
        GuardrailPolicy.DEFAULT);
  }

  /** These options with {@code policy} as their guardrails. */
  public RunOptions withGuardrails(GuardrailPolicy policy) {
    return new RunOptions(
        scenario, blueAuto, playbook, speed, out, progress, endpoint, allowedAccounts, policy);
  }

  /** Options for a run in an embedded sandbox of its own. */
  public RunOptions(
      String scenario,
      boolean blueAuto,
      String playbook,
      Speed speed,
      Path out,
      Consumer<String> progress) {
    this(scenario, blueAuto, playbook, speed, out, progress, null, Set.of());
  }

  /** The playbook of {@code --blue auto}. */
  public static final String DEFAULT_PLAYBOOK = "standard-responder";
}
