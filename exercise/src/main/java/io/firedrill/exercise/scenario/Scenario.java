package io.firedrill.exercise.scenario;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A game day's plan: who acts, what they do and when, and what the blue team should achieve.
 *
 * @param source where the scenario was read from, for error messages
 * @param sha256 the hash of the file's bytes, recorded in the journal and the report
 * @param end scenario time at which the exercise ends even if expectations are still open
 * @param scoring the rubric's weights and the techniques' severities
 */
public record Scenario(
    String id,
    String title,
    String description,
    String baseline,
    Map<String, Actor> actors,
    List<Step> timeline,
    List<Expectation> expectations,
    Duration end,
    String source,
    String sha256,
    Scoring scoring) {

  public Scenario {
    actors = Map.copyOf(actors);
    timeline = timeline.stream().sorted(Comparator.comparing(Step::at)).toList();
    expectations = List.copyOf(expectations);
  }

  public Optional<Actor> actor(String name) {
    return Optional.ofNullable(actors.get(name));
  }
}
