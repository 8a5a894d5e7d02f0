package io.firedrill.exercise.scenario;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A game day's plan: who acts, what they do and when, and what the blue team should achieve.
 *
 * @param timeline the steps in the order they are planned to start
 * @param notices the game master's messages, in the order they are due
 * @param source where the scenario was read from, for error messages
 * @param sha256 the hash of the file's bytes, recorded in the journal and the report
 * @param end scenario time at which the exercise ends even if expectations are still open
 * @param scoring the rubric's weights and the techniques' severities
 * @param faults the chaos faults the scenario sets in the sandbox, in the order they are set
 */
public record Scenario(
    String id,
    String title,
    String description,
    Metadata metadata,
    String baseline,
    Map<String, Actor> actors,
    List<Step> timeline,
    List<Notice> notices,
    List<Expectation> expectations,
    Duration end,
    String source,
    String sha256,
    Scoring scoring,
    List<Fault> faults) {

  public Scenario {
    actors = Map.copyOf(actors);
    List<Step> steps = List.copyOf(timeline);
    timeline =
        steps.stream()
            .sorted(
                Comparator.comparing((Step s) -> plannedStart(steps, s)).thenComparing(Step::index))
            .toList();
    notices = notices.stream().sorted(Comparator.comparing(Notice::at)).toList();
    expectations = List.copyOf(expectations);
    faults = faults.stream().sorted(Comparator.comparing(Fault::at)).toList();
  }

  public Optional<Actor> actor(String name) {
    return Optional.ofNullable(actors.get(name));
  }

  public Optional<Step> step(String id) {
    return timeline.stream().filter(s -> id.equals(s.id())).findFirst();
  }

  /**
   * When {@code step} first fires if every step it waits for fires on time: its offset, or the last
   * firing of the step it waits for plus its wait.
   */
  public Duration plannedStart(Step step) {
    return plannedStart(timeline, step);
  }

  /** When {@code step} fires for the last time, if on time. */
  public Duration plannedLast(Step step) {
    return plannedStart(step).plus(step.repeat().span());
  }

  // The loader accepts only waits on earlier steps, so this recursion ends.
  private static Duration plannedStart(List<Step> steps, Step step) {
    if (step.after() == null) {
      return step.at();
    }
    Step before =
        steps.stream()
            .filter(s -> step.after().equals(s.id()))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no step " + step.after()));
    return plannedStart(steps, before).plus(before.repeat().span()).plus(step.at());
  }
}
