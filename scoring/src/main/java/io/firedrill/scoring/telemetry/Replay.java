package io.firedrill.scoring.telemetry;

import io.firedrill.exercise.journal.EntryTypes;
import io.firedrill.exercise.journal.ExerciseStart;
import io.firedrill.exercise.journal.Journal;
import io.firedrill.scoring.detect.DetectionRule;
import io.firedrill.scoring.detect.Detections;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * Turns a trail recorded elsewhere (a real account's trail after a live game day) into a journal
 * the scorer reads as it reads a live one: each record becomes an observation at its own event
 * time, counted from the first record.
 *
 * <p>Without the injector's log, an attack's clock starts when its record says it happened and is
 * seen at the same instant: replayed detection times are zero, and response times are measured from
 * the attack's own record.
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
    Detections detections = new Detections(rules, journal);
    // Trail files are written per region and five minutes: the story is told in event-time order.
    Story story = new Story(start, journal, detections);
    long count = new TimeOrder(RUN_SIZE).forEach(trail, story::tell, progress);
    if (count == 0) {
      journal.append(EntryTypes.EXERCISE_STARTED, Duration.ZERO, start.apply(null).toJournal());
    }
    journal.append(
        EntryTypes.EXERCISE_ENDED, story.last, Map.of("reason", "the end of the recorded trail"));
    return count;
  }

  /** Records sorted in memory at once; a longer trail is sorted in runs of this size on disk. */
  private static final int RUN_SIZE = 50_000;

  /** The journal of one replay, record by record in time order. */
  private static final class Story {
    private final Function<String, ExerciseStart> start;
    private final Journal journal;
    private final Detections detections;
    private Instant first;
    private Duration last = Duration.ZERO;

    Story(Function<String, ExerciseStart> start, Journal journal, Detections detections) {
      this.start = start;
      this.journal = journal;
      this.detections = detections;
    }

    void tell(JsonNode record) {
      if (first == null) {
        first = time(record);
        String account = record.path("recipientAccountId").asString(null);
        journal.append(
            EntryTypes.EXERCISE_STARTED, Duration.ZERO, start.apply(account).toJournal());
      }
      Duration at = Duration.between(first, time(record));
      journal.append(
          EntryTypes.TELEMETRY_OBSERVED, at, Observations.of("cloudtrail.files", record));
      detections.onRecord(record, at);
      last = at;
    }
  }

  private static Instant time(JsonNode record) {
    try {
      return Instant.parse(record.path("eventTime").asString());
    } catch (DateTimeParseException e) {
      throw new TelemetryException(
          "record " + record.path("eventID").asString("?") + " has no valid eventTime");
    }
  }
}
