package io.firedrill.scoring.score;

import io.firedrill.exercise.journal.EntryTypes;
import io.firedrill.exercise.journal.ExerciseStart;
import io.firedrill.exercise.journal.JournalEntry;
import io.firedrill.exercise.scenario.Expectation;
import io.firedrill.exercise.scenario.Phase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Computes the scorecard from a journal, and from nothing else: scoring the same journal twice
 * gives the same scorecard.
 *
 * <p>An expectation of an actor (the detect phase: "the attacker's StopLogging is seen") starts its
 * clock when the inject that made the call fired, and is achieved when the scorer first saw the
 * call in telemetry. An expectation of the blue team starts its clock at the first such attack and
 * is achieved when the scorer first saw the blue team's successful call.
 */
public final class Scorer {

  private Scorer() {}

  public static Scorecard score(List<JournalEntry> journal) {
    if (journal.isEmpty()) {
      throw new IllegalArgumentException("the journal is empty");
    }
    ExerciseStart start = ExerciseStart.fromJournal(journal.get(0));
    Attribution attribution = new Attribution(start);
    List<JournalEntry> observed = ofType(journal, EntryTypes.TELEMETRY_OBSERVED);
    List<JournalEntry> injects = ofType(journal, EntryTypes.INJECT_FIRED);

    List<ExpectationResult> results = new ArrayList<>();
    Duration incident = null;
    for (Expectation e : start.expectations()) {
      if (!Expectation.BLUE.equals(e.by())) {
        ExpectationResult result =
            e.isFinding()
                ? FindingExpectations.score(e, observed, attribution)
                : actorExpectation(e, observed, injects, attribution);
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
            : injects.stream().map(JournalEntry::at).findFirst().orElse(Duration.ZERO);
    for (Expectation e : start.expectations()) {
      if (Expectation.BLUE.equals(e.by())) {
        results.add(blueExpectation(e, observed, attribution, incidentStart));
      }
    }
    // Report in the scenario's order, whatever order they were computed in.
    results.sort(Comparator.comparingInt(r -> indexOf(start.expectations(), r.id())));

    JournalEntry last = journal.get(journal.size() - 1);
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
        journal.get(0).wall(),
        last.at(),
        endReason,
        results,
        TimelineBuilder.build(journal, attribution));
  }

  private static ExpectationResult actorExpectation(
      Expectation e,
      List<JournalEntry> observed,
      List<JournalEntry> injects,
      Attribution attribution) {
    Optional<JournalEntry> seen =
        observed.stream()
            .filter(o -> matches(e, o) && e.by().equals(attribution.nameOf(o)))
            .findFirst();
    if (seen.isEmpty()) {
      return missed(e, null);
    }
    JournalEntry observation = seen.get();
    Duration attackAt = injectTime(injects, observation.text("requestId")).orElse(observation.at());
    return achieved(e, attackAt, observation);
  }

  private static ExpectationResult blueExpectation(
      Expectation e, List<JournalEntry> observed, Attribution attribution, Duration incidentStart) {
    return observed.stream()
        .filter(o -> matches(e, o) && attribution.partyOf(o) == Party.BLUE)
        .filter(o -> o.text("errorCode") == null && o.at().compareTo(incidentStart) >= 0)
        .findFirst()
        .map(o -> achieved(e, incidentStart, o))
        .orElseGet(() -> missed(e, incidentStart));
  }

  private static boolean matches(Expectation e, JournalEntry observation) {
    return e.eventName().equals(observation.text("eventName"))
        && (e.eventSource() == null || e.eventSource().equals(observation.text("eventSource")));
  }

  private static Optional<Duration> injectTime(List<JournalEntry> injects, String requestId) {
    if (requestId == null) {
      return Optional.empty();
    }
    return injects.stream()
        .filter(
            i -> {
              for (var call : i.data().path("calls")) {
                if (requestId.equals(call.path("requestId").asString(null))) {
                  return true;
                }
              }
              return false;
            })
        .map(JournalEntry::at)
        .findFirst();
  }

  static ExpectationResult achieved(Expectation e, Duration startedAt, JournalEntry o) {
    Duration latency = o.at().minus(startedAt);
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
        o.at(),
        latency,
        evidence(o));
  }

  static ExpectationResult missed(Expectation e, Duration startedAt) {
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
        null);
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
      case CONTAIN -> "time to contain";
      case ERADICATE -> "time to eradicate";
      case RECOVER -> "time to recover";
      case COMMUNICATE -> "time to communicate";
    };
  }

  private static List<JournalEntry> ofType(List<JournalEntry> journal, String type) {
    return journal.stream().filter(e -> Objects.equals(type, e.type())).toList();
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
