package io.firedrill.scoring.score;

import io.firedrill.exercise.journal.EntryTypes;
import io.firedrill.exercise.journal.ExerciseStart;
import io.firedrill.exercise.journal.JournalEntry;
import io.firedrill.exercise.scenario.Expectation;
import io.firedrill.exercise.scenario.Phase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.DoubleConsumer;

/**
 * Computes the scorecard from a journal, and from nothing else: scoring the same journal twice
 * gives the same scorecard.
 *
 * <p>An expectation of an actor (the detect phase: "the attacker's StopLogging is seen") starts its
 * clock when the inject that made the call fired, and is achieved when the scorer first saw the
 * call in telemetry; how loudly it was seen (an alert, a low-priority one, or only logged) is its
 * alert level. An expectation of the blue team starts its clock at the first such attack and is
 * achieved when the scorer first saw the blue team's successful call, unless a probe then found
 * that the call did not do what it was for.
 */
public final class Scorer {

  private Scorer() {}

  public static Scorecard score(List<JournalEntry> journal) {
    return score(Entries.of(journal));
  }

  /**
   * Scores a journal file without holding it: the file is read twice, and only what the scorecard
   * refers to again is kept, so a replayed trail of millions of records is scored in little memory.
   *
   * @throws io.firedrill.exercise.journal.JournalException when a line is not an entry or the hash
   *     chain is broken
   */
  public static Scorecard score(Path journalFile) {
    return score(journalFile, fraction -> {});
  }

  /**
   * As {@link #score(Path)}, telling how far it has read.
   *
   * @param progress told the fraction done, from 0 to 1, as the journal is read
   */
  public static Scorecard score(Path journalFile, DoubleConsumer progress) {
    double total;
    try {
      total = Math.max(1, Files.size(journalFile)) * (double) JournalFacts.PASSES;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read journal " + journalFile, e);
    }
    long[] read = {0};
    return score(
        Entries.of(
            journalFile,
            bytes -> {
              read[0] += bytes;
              progress.accept(Math.min(1, read[0] / total));
            }));
  }

  private static Scorecard score(Entries journal) {
    JournalFacts facts = new JournalFacts(journal);
    ExerciseStart start = facts.start;
    Expectations expectations = new Expectations(facts);

    List<ExpectationResult> results = new ArrayList<>();
    Duration incident = null;
    for (Expectation e : start.expectations()) {
      if (!Expectation.BLUE.equals(e.by())) {
        ExpectationResult result = expectations.ofActor(e);
        results.add(result);
        if (result.startedAt() != null
            && (incident == null || result.startedAt().compareTo(incident) < 0)) {
          incident = result.startedAt();
        }
      }
    }
    Duration incidentStart =
        incident != null
            ? incident
            : facts.injects.stream().map(JournalEntry::at).findFirst().orElse(Duration.ZERO);
    for (Expectation e : start.expectations()) {
      if (Expectation.BLUE.equals(e.by())) {
        results.add(expectations.ofBlue(e, incidentStart));
      }
    }
    // Report in the scenario's order, whatever order they were computed in.
    results.sort(Comparator.comparingInt(r -> indexOf(start.expectations(), r.id())));

    JournalEntry last = facts.last;
    String endReason =
        EntryTypes.EXERCISE_ENDED.equals(last.type())
            ? last.text("reason")
            : "the journal ends without an end entry";
    return new Scorecard(
        start.exerciseId(),
        start.scenarioId(),
        start.scenarioTitle(),
        start.scenarioSha256(),
        start.accountId(),
        start.region(),
        start.speed(),
        facts.first.wall(),
        last.at(),
        endReason,
        results,
        facts.timeline,
        Metrics.of(facts),
        facts.actions,
        start.scoring());
  }

  static ExpectationResult achieved(
      Expectation e,
      Duration startedAt,
      Duration achievedAt,
      JournalEntry evidence,
      String severity,
      Alert alert,
      Boolean verified) {
    Duration latency = achievedAt.minus(startedAt);
    if (latency.isNegative()) {
      latency = Duration.ZERO;
    }
    Outcome outcome = latency.compareTo(e.within()) <= 0 ? Outcome.MET : Outcome.LATE;
    return new ExpectationResult(
        e.id(),
        e.phase().key(),
        e.evidence(),
        e.by(),
        e.within(),
        metric(e.phase()),
        outcome,
        startedAt,
        achievedAt,
        latency,
        evidence == null ? null : evidence(evidence),
        severity,
        alert,
        verified);
  }

  static ExpectationResult missed(
      Expectation e,
      Duration startedAt,
      JournalEntry logged,
      String severity,
      Alert alert,
      Boolean verified) {
    return new ExpectationResult(
        e.id(),
        e.phase().key(),
        e.evidence(),
        e.by(),
        e.within(),
        metric(e.phase()),
        Outcome.MISSED,
        startedAt,
        null,
        null,
        logged == null ? null : evidence(logged),
        severity,
        alert,
        verified);
  }

  /** The evidence of an observation: a CloudTrail record's ids, or a GuardDuty finding's. */
  static Evidence evidence(JournalEntry o) {
    return new Evidence(
        first(o.text("eventId"), o.text("findingId")),
        o.text("requestId"),
        first(
            o.text("eventSource"), o.text("findingId") == null ? null : "guardduty.amazonaws.com"),
        first(o.text("eventName"), o.text("findingType")),
        first(o.text("eventTime"), o.text("eventFirstSeen")),
        o.text("arn"),
        o.text("userName"),
        o.text("accessKeyId"),
        o.text("sourceIp"),
        o.text("errorCode"));
  }

  private static String first(String a, String b) {
    return a != null ? a : b;
  }

  private static String metric(Phase phase) {
    return switch (phase) {
      case DETECT -> "time to detect";
      case TRIAGE -> "time to acknowledge";
      case CONTAIN -> "time to contain";
      case ERADICATE -> "time to eradicate";
      case RECOVER -> "time to recover";
      case EVIDENCE -> "time to preserve evidence";
      case COMMUNICATE -> "time to communicate";
    };
  }

  private static int indexOf(List<Expectation> expectations, String id) {
    for (int i = 0; i < expectations.size(); i++) {
      if (expectations.get(i).id().equals(id)) {
        return i;
      }
    }
    return Integer.MAX_VALUE;
  }
}
