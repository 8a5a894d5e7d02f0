package io.firedrill.exercise.journal;

import io.firedrill.exercise.scenario.Durations;
import io.firedrill.exercise.scenario.Expectation;
import io.firedrill.exercise.scenario.Phase;
import io.firedrill.exercise.scenario.Scoring;
import io.firedrill.exercise.scenario.SourceLocation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * What the journal's first entry holds: enough to score the exercise from the journal alone.
 *
 * @param target {@code embedded}, {@code aws} or {@code localstack}
 * @param controlAccessKeyId the key firedrill itself uses to set up and tear down
 * @param actors the scenario's actors with the access key ids they use (never their secrets)
 * @param scoring the rubric's weights and the techniques' severities
 */
public record ExerciseStart(
    String exerciseId,
    String scenarioId,
    String scenarioTitle,
    String scenarioSha256,
    String target,
    String accountId,
    String region,
    String speed,
    String controlAccessKeyId,
    List<ActorKey> actors,
    List<Expectation> expectations,
    Scoring scoring,
    List<String> bluePrincipals) {

  /**
   * An actor and how its calls are recognised: by the access key it signs with in a live run, or by
   * its principal's ARN when scoring a trail recorded elsewhere (a role's ARN stands for all of its
   * sessions).
   *
   * @param accessKeyId null when unknown, as in a replay
   * @param principalArn null when unknown
   */
  public record ActorKey(
      String name, String userName, String principalArn, String accessKeyId, String sourceIp) {}

  /**
   * @param bluePrincipals the blue team's principal ARNs (a role's ARN stands for its sessions), as
   *     named for a replay of a shared account's trail; empty when everyone in the account who is
   *     neither an actor nor firedrill is the blue team, as in a sandbox or a game-day account
   */
  public ExerciseStart {
    actors = List.copyOf(actors);
    expectations = List.copyOf(expectations);
    scoring = scoring == null ? Scoring.DEFAULT : scoring;
    bluePrincipals = bluePrincipals == null ? List.of() : List.copyOf(bluePrincipals);
  }

  /**
   * An exercise scored with the default rubric, whose blue team is everyone in the account but the
   * actors and firedrill.
   */
  public ExerciseStart(
      String exerciseId,
      String scenarioId,
      String scenarioTitle,
      String scenarioSha256,
      String target,
      String accountId,
      String region,
      String speed,
      String controlAccessKeyId,
      List<ActorKey> actors,
      List<Expectation> expectations) {
    this(
        exerciseId,
        scenarioId,
        scenarioTitle,
        scenarioSha256,
        target,
        accountId,
        region,
        speed,
        controlAccessKeyId,
        actors,
        expectations,
        Scoring.DEFAULT,
        List.of());
  }

  public Map<String, Object> toJournal() {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("exerciseId", exerciseId);
    Map<String, Object> scenario = new LinkedHashMap<>(); // Map.of's order changes between JVMs
    scenario.put("id", scenarioId);
    scenario.put("title", scenarioTitle);
    scenario.put("sha256", scenarioSha256);
    data.put("scenario", scenario);
    data.put("target", target);
    data.put("accountId", accountId);
    data.put("region", region);
    data.put("speed", speed);
    data.put("controlAccessKeyId", controlAccessKeyId);
    data.put("actors", actors);
    if (!bluePrincipals.isEmpty()) {
      data.put("bluePrincipals", bluePrincipals);
    }
    List<Map<String, Object>> expected = new ArrayList<>();
    for (Expectation e : expectations) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("id", e.id());
      item.put("phase", e.phase().key());
      item.put("event", e.eventName());
      item.put("finding", e.finding());
      if (e.rule() != null) {
        item.put("rule", e.rule());
      }
      item.put("source", e.eventSource());
      item.put("by", e.by());
      item.put("within", Durations.format(e.within()));
      expected.add(item);
    }
    data.put("expectations", expected);
    Map<String, Object> rubric = new LinkedHashMap<>();
    rubric.put("weights", scoring.weights());
    rubric.put("severities", scoring.severities());
    data.put("scoring", rubric);
    return data;
  }

  public static ExerciseStart fromJournal(JournalEntry entry) {
    if (!EntryTypes.EXERCISE_STARTED.equals(entry.type())) {
      throw new JournalException(
          "entry " + entry.seq() + " is " + entry.type() + ", not " + EntryTypes.EXERCISE_STARTED);
    }
    JsonNode data = entry.data();
    List<ActorKey> actors = new ArrayList<>();
    for (JsonNode actor : data.path("actors")) {
      actors.add(
          new ActorKey(
              text(actor, "name"),
              text(actor, "userName"),
              text(actor, "principalArn"),
              text(actor, "accessKeyId"),
              text(actor, "sourceIp")));
    }
    List<Expectation> expectations = new ArrayList<>();
    for (JsonNode e : data.path("expectations")) {
      expectations.add(
          new Expectation(
              Phase.valueOf(text(e, "phase").toUpperCase(Locale.ROOT)),
              text(e, "id"),
              text(e, "event"),
              text(e, "source"),
              text(e, "finding"),
              text(e, "rule"),
              text(e, "by"),
              Durations.parse(text(e, "within")).orElseThrow(),
              SourceLocation.unknown("journal")));
    }
    Map<String, Integer> weights = new LinkedHashMap<>();
    data.path("scoring")
        .path("weights")
        .properties()
        .forEach(w -> weights.put(w.getKey(), w.getValue().asInt()));
    Map<String, String> severities = new LinkedHashMap<>();
    data.path("scoring")
        .path("severities")
        .properties()
        .forEach(s -> severities.put(s.getKey(), s.getValue().asString()));
    List<String> blue = new ArrayList<>();
    data.path("bluePrincipals").forEach(arn -> blue.add(arn.asString()));
    JsonNode scenario = data.path("scenario");
    return new ExerciseStart(
        text(data, "exerciseId"),
        text(scenario, "id"),
        text(scenario, "title"),
        text(scenario, "sha256"),
        text(data, "target"),
        text(data, "accountId"),
        text(data, "region"),
        text(data, "speed"),
        text(data, "controlAccessKeyId"),
        actors,
        expectations,
        new Scoring(weights, severities),
        blue);
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asString();
  }
}
