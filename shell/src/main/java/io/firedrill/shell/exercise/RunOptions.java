package io.firedrill.shell.exercise;

import io.firedrill.exercise.clock.Speed;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * How to run an exercise.
 *
 * @param scenario a scenario id (looked up in the scenario library) or a path to a YAML file
 * @param blueAuto whether the scripted blue team responds
 * @param blueDelay scenario time the scripted blue team takes between noticing and acting
 * @param out the folder under which the exercise's own folder is written
 * @param progress receives one line for each thing that happens, for the person watching
 */
public record RunOptions(
    String scenario,
    boolean blueAuto,
    Duration blueDelay,
    Speed speed,
    Path out,
    Consumer<String> progress) {

  /** The delay of a responder who is watching and knows the playbook. */
  public static final Duration DEFAULT_BLUE_DELAY = Duration.ofSeconds(45);
}
