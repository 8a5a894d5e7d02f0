package io.firedrill.shell.exercise;

import io.firedrill.exercise.clock.ScenarioClock;
import java.time.Duration;
import java.util.function.Consumer;

/** Progress lines for the person watching, each stamped with the scenario time it happened at. */
final class Progress implements Consumer<String> {

  private final Consumer<String> out;
  private volatile ScenarioClock clock;

  Progress(Consumer<String> out) {
    this.out = out;
  }

  void clockStarted(ScenarioClock clock) {
    this.clock = clock;
  }

  @Override
  public void accept(String line) {
    ScenarioClock current = clock;
    out.accept((current == null ? "setup   " : at(current.now())) + "  " + line);
  }

  static String at(Duration scenarioTime) {
    long seconds = Math.max(0, scenarioTime.toSeconds());
    return String.format("T+%dm%02ds", seconds / 60, seconds % 60);
  }
}
