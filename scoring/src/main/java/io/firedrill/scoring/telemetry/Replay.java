package io.firedrill.scoring.telemetry;

import io.firedrill.exercise.journal.EntryTypes;
import io.firedrill.exercise.journal.ExerciseStart;
import io.firedrill.exercise.journal.Journal;
import io.firedrill.exercise.journal.Times;
import io.firedrill.scoring.detect.DetectionRule;
import io.firedrill.scoring.detect.Detections;
import io.firedrill.scoring.score.Noise;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a trail recorded elsewhere (a real account's trail after a live game day) into a journal
 * the scorer reads as it reads a live one: each record becomes an observation at its own event
 * time, counted from the first record.
 *
 * <p>A real trail is mostly AWS services reading on their own; the scorer attributes those records
 * to nobody and scores nothing from them, so a replay leaves them out (unless a rule matched one)
 * and journals how many it read and left out instead. What a replay keeps in memory does not grow
 * with the trail: records are read on a thread of their own, turned into the text the journal will
 * hold as they are read, sorted by time in bounded runs, and the journal keeps no entries.
 *
 * <p>Without the injector's log, an attack's clock starts when its record says it happened and is
 * seen at the same instant: replayed detection times are zero, and response times are measured from
 * the attack's own record. GuardDuty's findings about the same account, when given, are journaled
 * among the records at the time GuardDuty created them.
 */
public final class Replay {

  private Replay() {}

  /**
   * Writes the journal of a replay.
   *
   * @param start what the exercise was (scenario, expectations, and actors known by ARN), given the
   *     account the trail was recorded in
   * @return how many records were replayed
   */
  public static long journal(Path trail, Function<String, ExerciseStart> start, Journal journal) {
    return journal(trail, start, journal, List.of());
  }

  /**
   * Writes the journal of a replay, matching each record against the team's detection rules.
   *
   * @param rules detection rules whose matches are journaled beside the records they matched
   */
  public static long journal(
      Path trail,
      Function<String, ExerciseStart> start,
      Journal journal,
      List<DetectionRule> rules) {
    return journal(CloudTrailFiles.local(trail), start, journal, rules);
  }

  /**
   * Writes the journal of a replay of trail files kept anywhere, such as a trail bucket.
   *
   * @param trail the files, in any order
   */
  public static long journal(
      List<TrailFile> trail,
      Function<String, ExerciseStart> start,
      Journal journal,
      List<DetectionRule> rules) {
    return journal(trail, start, journal, rules, (filesDone, files, bytesDone, bytes) -> {});
  }

  /**
   * Writes the journal of a replay, telling the progress as each trail file is read.
   *
   * @param progress told after each file; reading is most of a large replay's time
   */
  public static long journal(
      List<TrailFile> trail,
      Function<String, ExerciseStart> start,
      Journal journal,
      List<DetectionRule> rules,
      CloudTrailFiles.ReadProgress progress) {
    return journal(trail, start, journal, rules, progress, true);
  }

  /**
   * Writes the journal of a replay, with or without the records the scorer has no use for.
   *
   * @param leaveOutNoise whether to leave out AWS services' read-only calls that no rule matched,
   *     counted in one {@code telemetry.summarized} entry instead: the scorer attributes them to
   *     nobody and scores nothing from them, so the scorecard is the same either way
   */
  public static long journal(
      List<TrailFile> trail,
      Function<String, ExerciseStart> start,
      Journal journal,
      List<DetectionRule> rules,
      CloudTrailFiles.ReadProgress progress,
      boolean leaveOutNoise) {
    return journal(trail, List.of(), start, journal, rules, progress, leaveOutNoise);
  }

  /**
   * Writes the journal of a replay of a trail and of GuardDuty's findings about the same account,
   * both in time order: a finding is journaled when GuardDuty created it, and again, as an update,
   * for each later copy of it with a higher count.
   *
   * @param findings findings as GuardDuty writes them ({@link GuardDutyFiles} reads them)
   */
  public static long journal(
      List<TrailFile> trail,
      List<JsonNode> findings,
      Function<String, ExerciseStart> start,
      Journal journal,
      List<DetectionRule> rules,
      CloudTrailFiles.ReadProgress progress,
      boolean leaveOutNoise) {
    Detections detections = new Detections(rules, journal);
    // Trail files are written per region and five minutes: the story is told in event-time order.
    // What the journal needs of each record is written as it is read, so that only that text is
    // sorted, never the record's tree.
    try (TimeOrder order = new TimeOrder(RUN_SIZE)) {
      Reading reading = new Reading(order, detections, leaveOutNoise);
      long count = ReadAhead.read(trail, reading::read, progress);
      if (count == 0 && findings.isEmpty()) {
        journal.append(EntryTypes.EXERCISE_STARTED, Duration.ZERO, start.apply(null).toJournal());
        journal.append(
            EntryTypes.EXERCISE_ENDED,
            Duration.ZERO,
            Map.of("reason", "the end of the recorded trail"));
        return 0;
      }
      Instant first = reading.origin(findings);
      reading.findings(findings, first);
      journal.append(
          EntryTypes.EXERCISE_STARTED,
          Duration.ZERO,
          start.apply(reading.firstAccount).toJournal());
      order.forEach(
          (time, line) -> {
            Duration at = Duration.between(first, Times.parse(time));
            int tab = line.indexOf('\t');
            journal.appendJson(
                EntryTypes.TELEMETRY_OBSERVED, at, tab < 0 ? line : line.substring(0, tab));
            while (tab >= 0) {
              int next = line.indexOf('\t', tab + 1);
              journal.appendJson(
                  EntryTypes.DETECTION_MATCHED,
                  at,
                  next < 0 ? line.substring(tab + 1) : line.substring(tab + 1, next));
              tab = next;
            }
          });
      Duration last = Duration.between(first, Times.parse(reading.lastTime));
      if (leaveOutNoise) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("source", SOURCE);
        summary.put("read", count);
        summary.put("journaled", count - reading.skipped);
        summary.put("skipped", reading.skipped);
        summary.put("skippedWhy", "read-only calls by AWS services that no detection rule matched");
        journal.append(EntryTypes.TELEMETRY_SUMMARIZED, last, summary);
      }
      journal.append(
          EntryTypes.EXERCISE_ENDED, last, Map.of("reason", "the end of the recorded trail"));
      return count;
    }
  }

  private static final String SOURCE = "cloudtrail.files";

  /** The source of findings read from files. */
  public static final String FINDINGS = "guardduty.files";

  /** Records sorted in memory at once; a longer trail is sorted in runs of this size on disk. */
  private static final int RUN_SIZE = 50_000;

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /**
   * Each record as it is read: matched against the rules, and either written as the journal's data
   * for it (with its rules' matches) into the time order, or counted. The first and last records in
   * time order are tracked here, since a record left out still says when the trail began and ended.
   */
  private static final class Reading {
    private final TimeOrder order;
    private final Detections detections;
    private final boolean leaveOutNoise;
    private final StringBuilder line = new StringBuilder(2048);
    String firstTime;
    String firstAccount;
    String lastTime;
    long skipped;

    Reading(TimeOrder order, Detections detections, boolean leaveOutNoise) {
      this.order = order;
      this.detections = detections;
      this.leaveOutNoise = leaveOutNoise;
    }

    void read(JsonNode record) {
      String id = record.path("eventID").asString("?");
      String time = sortable(record.path("eventTime").asString(""), "record " + id);
      // Ties keep the first read as first and the last read as last, as a stable sort does.
      if (firstTime == null || time.compareTo(firstTime) < 0) {
        firstTime = time;
        firstAccount = record.path("recipientAccountId").asString(null);
      }
      seen(time);
      List<Map<String, Object>> matches = detections.matches(record);
      if (leaveOutNoise && matches.isEmpty() && isNoise(record)) {
        skipped++;
        return;
      }
      add(time, Observations.of(SOURCE, record), matches);
    }

    /** Where the replay's time starts: the first record, or without records the first finding. */
    Instant origin(List<JsonNode> findings) {
      String first = firstTime;
      for (JsonNode finding : findings) {
        String created = sortable(createdAt(finding), "finding " + finding.path("id").asString());
        first = first == null || created.compareTo(first) < 0 ? created : first;
        if (firstAccount == null) {
          firstAccount = finding.path("accountId").asString(null);
        }
      }
      return Times.parse(first);
    }

    /**
     * Each finding when GuardDuty created it, then each later copy with a higher count, as an
     * update; copies of one finding are told apart by their count.
     */
    void findings(List<JsonNode> findings, Instant origin) {
      Map<String, List<JsonNode>> byId = new LinkedHashMap<>();
      for (JsonNode f : findings) {
        byId.computeIfAbsent(f.path("id").asString(""), id -> new ArrayList<>()).add(f);
      }
      for (List<JsonNode> copies : byId.values()) {
        copies.sort(Comparator.comparingInt(f -> f.path("service").path("count").asInt(1)));
        int count = 0;
        for (JsonNode copy : copies) {
          int copyCount = copy.path("service").path("count").asInt(1);
          if (count > 0 && copyCount <= count) {
            continue;
          }
          String id = "finding " + copy.path("id").asString();
          String time =
              sortable(count == 0 ? createdAt(copy) : copy.path("updatedAt").asString(""), id);
          seen(time);
          add(
              time,
              FindingFacts.of(FINDINGS, copy, count > 0, at -> Duration.between(origin, at)),
              count > 0
                  ? List.of()
                  : detections.findingMatches(
                      copy, FindingFacts.accessKeyId(copy), FindingFacts.api(copy)));
          count = copyCount;
        }
      }
    }

    private void seen(String time) {
      if (lastTime == null || time.compareTo(lastTime) >= 0) {
        lastTime = time;
      }
    }

    private void add(String time, Map<String, Object> data, List<Map<String, Object>> matches) {
      line.setLength(0);
      line.append(JSON.writeValueAsString(data));
      for (Map<String, Object> match : matches) {
        line.append('\t').append(JSON.writeValueAsString(match));
      }
      order.add(time, line.toString());
    }
  }

  private static String createdAt(JsonNode finding) {
    String created = finding.path("createdAt").asString("");
    return created.isEmpty() ? finding.path("updatedAt").asString("") : created;
  }

  /** A time as a key that sorts as the instant does, whatever precision AWS wrote it with. */
  private static String sortable(String time, String what) {
    try {
      return Times.sortable(Times.parse(time));
    } catch (DateTimeParseException e) {
      throw new TelemetryException(what + " has no valid time: '" + time + "'");
    }
  }

  /**
   * A read-only call by an AWS service (as the scorer's attribution defines noise) that names no
   * principal the scorer could attribute it to: no actor, no blue team, no control identity.
   */
  static boolean isNoise(JsonNode record) {
    JsonNode identity = record.path("userIdentity");
    return record.path("readOnly").asBoolean(false)
        && !identity.hasNonNull("arn")
        && !identity.hasNonNull("accessKeyId")
        && Noise.isServiceCall(text(identity, "type"), text(record, "sourceIPAddress"));
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asString();
  }
}
