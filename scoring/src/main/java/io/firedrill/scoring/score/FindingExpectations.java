package io.firedrill.scoring.score;

import io.firedrill.exercise.journal.JournalEntry;
import io.firedrill.exercise.scenario.Expectation;
import io.firedrill.scoring.telemetry.EventBridgeQueue;
import io.firedrill.scoring.telemetry.GuardDutyPoller;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Expectations that GuardDuty reports a finding: met when the scorer first saw a finding of that
 * type (naming the actor's key, when the expectation names an actor), timed from when GuardDuty
 * says the activity was first seen.
 */
final class FindingExpectations {

  // Where the scorer reads findings: GuardDuty's API, or the queue an EventBridge rule fills.
  private static final Set<String> FINDING_SOURCES =
      Set.of(GuardDutyPoller.SOURCE, EventBridgeQueue.SOURCE);

  private FindingExpectations() {}

  static ExpectationResult score(
      Expectation e, List<JournalEntry> observed, Attribution attribution) {
    Optional<JournalEntry> seen =
        observed.stream()
            .filter(
                o ->
                    FINDING_SOURCES.contains(o.text("source"))
                        && e.finding().equals(o.text("findingType")))
            .filter(
                o -> e.by() == null || e.by().equals(attribution.actorOfKey(o.text("accessKeyId"))))
            .findFirst();
    if (seen.isEmpty()) {
      return Scorer.missed(e, null);
    }
    JournalEntry finding = seen.get();
    String firstSeen = finding.text("firstSeenAt");
    Duration startedAt =
        firstSeen == null ? finding.at() : Duration.ofMillis(Long.parseLong(firstSeen));
    return Scorer.achieved(e, startedAt, finding);
  }
}
