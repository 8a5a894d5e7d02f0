package io.firedrill.reports;

import io.firedrill.exercise.journal.EntryTypes;
import io.firedrill.exercise.journal.ExerciseStart;
import io.firedrill.exercise.journal.JournalEntry;
import io.firedrill.scoring.score.Scorecard;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Document control and the HSEEP exercise overview: what was tested, where, by whom. */
final class Overview {

  static final String NOT_RECORDED = "not recorded by this exercise";

  /**
   * What the report says of the random seed. firedrill makes no random choice in playing a
   * scenario: when each inject fires, which technique, actor and parameters it uses, all come from
   * the scenario file. The one random value, the console password a login-profile technique sets,
   * is a secret and must stay unguessable, so it comes from no seed and is written nowhere. Ids
   * that AWS (or the embedded sandbox in its place) hands out are the account's, not the
   * exercise's.
   */
  static final String RANDOM_SEED =
      "none: the run is deterministic (schedule, techniques and parameters all come from the"
          + " scenario file; a console password a technique sets is random on purpose and"
          + " recorded nowhere)";

  private Overview() {}

  static Map<String, Object> document(Inputs in) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("status", in.settings().status().name().toLowerCase(Locale.ROOT));
    doc.put("version", in.settings().version());
    doc.put("approver", in.settings().approver());
    doc.put("evidenceSha256", in.evidenceSha256());
    doc.put(
        "evidenceDigest",
        "SHA-256 of the lines '<sha256>  <file>' of the evidence files in "
            + Manifest.FILE
            + ", in name order");
    return doc;
  }

  static Map<String, Object> overview(Inputs in) {
    Scorecard card = in.card();
    ExerciseStart start = in.start();
    List<JournalEntry> journal = in.journal();
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("exerciseId", card.exerciseId());
    o.put("scenarioId", card.scenarioId());
    o.put("title", card.scenarioTitle());
    o.put(
        "description", in.scenario() == null ? NOT_RECORDED : in.scenario().description().strip());
    o.put("type", type(start.target()));
    o.put("target", start.target());
    o.put("accountId", card.accountId());
    o.put("regions", regions(in));
    o.put("startedAt", card.startedAt().toString());
    o.put("endedAt", journal.get(journal.size() - 1).wall().toString());
    o.put("durationMillis", card.duration().toMillis());
    o.put("duration", Format.clock(card.duration()));
    o.put("speed", card.speed());
    o.put("endReason", card.endReason());
    o.put("scenarioSha256", card.scenarioSha256());
    o.put("scenarioFile", in.scenario() == null ? null : "scenario.yaml");
    o.put("randomSeed", RANDOM_SEED);
    List<Map<String, Object>> threat = new ArrayList<>();
    for (ExerciseStart.ActorKey actor : start.actors()) {
      Map<String, Object> t = new LinkedHashMap<>();
      t.put("actor", actor.name());
      t.put("identity", actor.userName() != null ? actor.userName() : actor.principalArn());
      t.put("accessKeyId", actor.accessKeyId());
      t.put("sourceIp", actor.sourceIp());
      threat.add(t);
    }
    o.put("threat", threat);
    o.put("participants", participants(in));
    return o;
  }

  private static String type(String target) {
    String where =
        switch (target == null ? "" : target) {
          case "embedded" -> "against firedrill's embedded AWS sandbox";
          case "aws" -> "against a real AWS sandbox account";
          case "localstack" -> "against a LocalStack endpoint";
          case "replay" -> "scored from a CloudTrail trail recorded elsewhere";
          default -> "against target " + target;
        };
    return "Functional exercise (scripted attack, live response) " + where;
  }

  private static List<String> regions(Inputs in) {
    Set<String> regions = new LinkedHashSet<>();
    if (in.card().region() != null) {
      regions.add(in.card().region());
    }
    for (JournalEntry ledger : in.ofType(EntryTypes.LEDGER_RECORDED)) {
      String region = ledger.data().path("details").path("region").asString(null);
      if (region != null) {
        regions.add(region);
      }
    }
    return List.copyOf(regions);
  }

  /** The actors, the scripted blue team if it played, and every blue identity seen acting. */
  private static List<String> participants(Inputs in) {
    Set<String> who = new LinkedHashSet<>();
    for (ExerciseStart.ActorKey actor : in.start().actors()) {
      who.add("red: " + actor.name() + " (scripted by firedrill)");
    }
    for (JournalEntry acted : in.ofType(EntryTypes.RESPONDER_ACTED)) {
      who.add("blue: scripted responder, playbook " + acted.text("playbook"));
    }
    List<String> named = in.start().bluePrincipals();
    if (!named.isEmpty()) {
      who.add(
          "blue: named for the scoring, "
              + String.join(", ", named)
              + "; calls by anyone else in the account were not scored");
    }
    in.card().timeline().stream()
        .filter(t -> t.party() == io.firedrill.scoring.score.Party.BLUE)
        .forEach(t -> who.add("blue: " + t.who()));
    if (who.stream().noneMatch(w -> w.startsWith("blue"))) {
      who.add("blue: no blue-team action was seen");
    }
    return List.copyOf(who);
  }
}
