package io.firedrill.scoring.score;

import io.firedrill.exercise.journal.JournalEntry;
import io.firedrill.exercise.scenario.Expectation;
import io.firedrill.exercise.scenario.Phase;
import java.time.Duration;
import java.util.Optional;

/** Scores each kind of expectation: an actor's event, a detection rule, a finding, a blue call. */
final class Expectations {

  private final JournalFacts facts;

  Expectations(JournalFacts facts) {
    this.facts = facts;
  }

  /** An expectation about an attack: seen in CloudTrail, caught by a rule, or by GuardDuty. */
  ExpectationResult ofActor(Expectation e) {
    if (e.isRule()) {
      return ofRule(e);
    }
    if (e.isFinding()) {
      return ofFinding(e);
    }
    Optional<JournalEntry> seen = firstRecord(e);
    if (seen.isEmpty()) {
      return Scorer.missed(e, null, null, "medium", alertIfDetect(e, Alert.MISSED), null);
    }
    JournalEntry record = seen.get();
    JournalEntry inject = facts.injectOf(record);
    Duration attackAt = inject == null ? record.at() : inject.at();
    return Scorer.achieved(
        e,
        attackAt,
        record.at(),
        record,
        severity(inject),
        alertIfDetect(e, alertOn(e, record)),
        null);
  }

  private ExpectationResult ofRule(Expectation e) {
    Optional<JournalEntry> alert =
        facts.detections.stream()
            .filter(d -> e.rule().equals(d.text("rule")))
            .filter(d -> e.by() == null || e.by().equals(facts.actorOf(d)))
            .filter(
                d ->
                    e.eventName() == null
                        || (facts.recordOf(d) != null
                            && e.eventName().equals(facts.recordOf(d).text("eventName"))))
            .findFirst();
    if (alert.isPresent()) {
      JournalEntry d = alert.get();
      JournalEntry record = facts.recordOf(d);
      JournalEntry inject = facts.injectOf(record);
      Duration attackAt = inject != null ? inject.at() : record != null ? record.at() : d.at();
      return Scorer.achieved(
          e,
          attackAt,
          d.at(),
          record != null ? record : d,
          severity(inject),
          JournalFacts.isLoud(d) ? Alert.ALERTED : Alert.LOW_PRIORITY,
          null);
    }
    // The rule stayed silent; if the attack is in CloudTrail, it was at least logged.
    Optional<JournalEntry> logged = e.eventName() == null ? Optional.empty() : firstRecord(e);
    if (logged.isPresent()) {
      JournalEntry inject = facts.injectOf(logged.get());
      return Scorer.missed(
          e,
          inject == null ? logged.get().at() : inject.at(),
          logged.get(),
          severity(inject),
          Alert.LOGGED,
          null);
    }
    return Scorer.missed(e, null, null, "medium", Alert.MISSED, null);
  }

  /**
   * Met when the scorer first saw a finding of that type (naming the actor's key, when the
   * expectation names an actor), timed from when GuardDuty says the activity was first seen.
   */
  private ExpectationResult ofFinding(Expectation e) {
    Optional<JournalEntry> seen =
        facts.findingsOfType(e.finding()).stream()
            .filter(o -> JournalFacts.isFindingSource(o.text("source")))
            .filter(
                o ->
                    e.by() == null
                        || e.by().equals(facts.attribution.actorOfKey(o.text("accessKeyId"))))
            .findFirst();
    if (seen.isEmpty()) {
      return Scorer.missed(e, null, null, "medium", alertIfDetect(e, Alert.MISSED), null);
    }
    JournalEntry finding = seen.get();
    String firstSeen = finding.text("firstSeenAt");
    Duration startedAt =
        firstSeen == null ? finding.at() : Duration.ofMillis(Long.parseLong(firstSeen));
    return Scorer.achieved(
        e,
        startedAt,
        finding.at(),
        finding,
        severity(facts.injectOfDetection(finding)),
        alertIfDetect(e, JournalFacts.isLoud(finding) ? Alert.ALERTED : Alert.LOW_PRIORITY),
        null);
  }

  /**
   * The blue team's first successful matching call after the incident began, unless a probe showed
   * it did not work; then the next one, and so on.
   */
  ExpectationResult ofBlue(Expectation e, Duration incidentStart) {
    boolean failed = false;
    for (JournalEntry o : facts.observedNamed(e.eventName())) {
      if (!matches(e, o)
          || facts.attribution.partyOf(o) != Party.BLUE
          || o.text("errorCode") != null
          || o.at().compareTo(incidentStart) < 0) {
        continue;
      }
      Boolean verified = verification(o);
      if (Boolean.FALSE.equals(verified)) {
        failed = true;
        continue;
      }
      return Scorer.achieved(e, incidentStart, o.at(), o, "medium", null, verified);
    }
    return Scorer.missed(e, incidentStart, null, "medium", null, failed ? false : null);
  }

  private Boolean verification(JournalEntry o) {
    ResponseAction a = facts.actionOf(o.text("eventId"));
    return a == null ? null : a.verified();
  }

  private Optional<JournalEntry> firstRecord(Expectation e) {
    return facts.observedNamed(e.eventName()).stream()
        .filter(o -> matches(e, o) && e.by().equals(facts.attribution.nameOf(o)))
        .findFirst();
  }

  /** How loudly an attack's record was detected: a rule on it, or a finding about its call. */
  private Alert alertOn(Expectation e, JournalEntry record) {
    Alert best = Alert.LOGGED;
    for (JournalEntry d : facts.detections) {
      JournalEntry matched = facts.recordOf(d);
      boolean about =
          matched != null
              ? e.eventName().equals(matched.text("eventName"))
                  && e.by().equals(facts.attribution.nameOf(matched))
              : e.eventName().equals(d.text("api")) && e.by().equals(facts.actorOf(d));
      if (about) {
        if (JournalFacts.isLoud(d)) {
          return Alert.ALERTED;
        }
        best = Alert.LOW_PRIORITY;
      }
    }
    return best;
  }

  private static Alert alertIfDetect(Expectation e, Alert alert) {
    return e.phase() == Phase.DETECT ? alert : null;
  }

  private String severity(JournalEntry inject) {
    return facts.start.scoring().severity(inject == null ? null : inject.text("technique"));
  }

  private static boolean matches(Expectation e, JournalEntry observation) {
    return e.eventName() != null
        && e.eventName().equals(observation.text("eventName"))
        && (e.eventSource() == null || e.eventSource().equals(observation.text("eventSource")));
  }
}
