package io.firedrill.shell.exercise;

import io.firedrill.exercise.clock.Speed;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * How to run an exercise.
 *
 * @param scenario a scenario id (looked up in the scenario library) or a path to a YAML file
 * @param blueAuto whether the scripted blue team responds
 * @param playbook the scripted blue team's playbook, from scenarios/playbooks/
 * @param out the folder under which the exercise's own folder is written
 * @param progress receives one line for each thing that happens, for the person watching
 */
public record RunOptions(
    String scenario,
    boolean blueAuto,
    String playbook,
    Speed speed,
    Path out,
    Consumer<String> progress) {

  /** The playbook of {@code --blue auto}. */
  public static final String DEFAULT_PLAYBOOK = "standard-responder";
}
