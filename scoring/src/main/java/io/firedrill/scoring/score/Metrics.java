package io.firedrill.scoring.score;

import io.firedrill.exercise.journal.JournalEntry;
import io.firedrill.exercise.scenario.Expectation;
import io.firedrill.exercise.scenario.Phase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * TTD, TTA, TTC, TTE and TTR for the whole exercise and for each inject that left a record or set
 * off an alert. Containment, eradication and recovery count only the blue actions no probe showed
 * to have failed.
 */
final class Metrics {

  static final String TTD = "first alert on the attack (a detection rule or GuardDuty) - ";
  static final String TTA =
      "TTA = first blue-team action or acknowledgement after the first alert - the first alert";
  private static final Set<String> CREATES =
      Set.of("CreateUser", "CreateAccessKey", "CreateLoginProfile", "CreateRole", "RunInstances");
  private static final Set<String> IMPAIRS =
      Set.of(
          "StopLogging",
          "DeleteTrail",
          "PutEventSelectors",
          "UpdateTrail",
          "UpdateDetector",
          "DeleteDetector",
          "PutBucketPolicy",
          "DeleteBucketPolicy");

  private final JournalFacts facts;

  private Metrics(JournalFacts facts) {
    this.facts = facts;
  }

  static List<Metric> of(JournalFacts facts) {
    return new Metrics(facts).all();
  }

  private List<Metric> all() {
    List<Metric> metrics = new ArrayList<>();
    if (facts.injects.isEmpty()) {
      return metrics;
    }
    Duration t0 = facts.injects.get(0).at();
    JournalEntry firstAlert =
        facts.detections.stream()
            .filter(d -> facts.actorOf(d) != null || facts.injectOfDetection(d) != null)
            .filter(d -> d.at().compareTo(t0) >= 0)
            .findFirst()
            .orElse(null);
    String from = "the first malicious event (the first inject)";
    metrics.add(
        metric("TTD", Metric.EXERCISE, "TTD = " + TTD + from, t0, at(firstAlert), Phase.DETECT));
    metrics.add(
        metric(
            "TTA",
            Metric.EXERCISE,
            TTA,
            at(firstAlert),
            firstAlert == null ? null : firstBlue(firstAlert.at()),
            Phase.TRIAGE));
    metrics.add(
        metric(
            "TTC",
            Metric.EXERCISE,
            "TTC = first blue containment (verified by its probe) - " + from,
            t0,
            firstAction("contain", null),
            Phase.CONTAIN));
    List<Duration> eradicated = new ArrayList<>();
    List<Duration> recovered = new ArrayList<>();
    boolean allEradicated = true;
    boolean allRecovered = true;
    boolean anyCreated = false;
    boolean anyImpaired = false;
    List<Metric> perInject = new ArrayList<>();
    for (JournalEntry inject : facts.injects) {
      List<JournalEntry> records =
          facts.recordsOf(inject).stream().filter(r -> r.text("errorCode") == null).toList();
      JournalEntry alert =
          facts.detections.stream()
              .filter(d -> facts.injectOfDetection(d) == inject)
              .findFirst()
              .orElse(null);
      if (records.isEmpty() && alert == null) {
        continue; // a read-only inject CloudTrail's write events do not show, and nobody alerted
      }
      String scope =
          "inject " + inject.data().path("step").asInt() + " " + inject.text("technique");
      Duration t = inject.at();
      perInject.add(
          metric("TTD", scope, "TTD = " + TTD + "the inject", t, at(alert), Phase.DETECT, records));
      perInject.add(
          metric(
              "TTA",
              scope,
              "TTA = first blue-team action or acknowledgement after the inject's first alert"
                  + " - the inject's first alert",
              at(alert),
              alert == null ? null : firstBlue(alert.at()),
              Phase.TRIAGE));
      Duration contained = firstAction("contain", null);
      perInject.add(
          metric(
              "TTC",
              scope,
              "TTC = first blue containment (verified by its probe) - the inject,"
                  + " zero when its actor was already contained",
              t,
              contained == null ? null : max(contained, t),
              Phase.CONTAIN));
      Set<String> created = targets(records, CREATES);
      if (!created.isEmpty()) {
        anyCreated = true;
        Duration done = lastOf(created, "eradicate", t);
        allEradicated &= done != null;
        if (done != null) {
          eradicated.add(done);
        }
        perInject.add(
            metric(
                "TTE",
                scope,
                "TTE = the blue action that removed the last of what the inject created ("
                    + String.join(", ", created)
                    + ") - the inject",
                t,
                done,
                Phase.ERADICATE));
      }
      Set<String> impaired = targets(records, IMPAIRS);
      if (!impaired.isEmpty()) {
        anyImpaired = true;
        Duration done = lastOf(impaired, "recover", t);
        allRecovered &= done != null;
        if (done != null) {
          recovered.add(done);
        }
        perInject.add(
            metric(
                "TTR",
                scope,
                "TTR = the blue action that restored the last of what the inject impaired ("
                    + String.join(", ", impaired)
                    + ") - the inject",
                t,
                done,
                Phase.RECOVER));
      }
    }
    if (anyCreated) {
      metrics.add(
          metric(
              "TTE",
              Metric.EXERCISE,
              "TTE = the blue action that removed the last thing the attack created - " + from,
              t0,
              allEradicated ? eradicated.stream().max(Duration::compareTo).orElse(null) : null,
              Phase.ERADICATE));
    }
    if (anyImpaired) {
      metrics.add(
          metric(
              "TTR",
              Metric.EXERCISE,
              "TTR = the blue action that restored the last thing the attack impaired - " + from,
              t0,
              allRecovered ? recovered.stream().max(Duration::compareTo).orElse(null) : null,
              Phase.RECOVER));
    }
    metrics.addAll(perInject);
    return metrics;
  }

  /** The names an inject's successful calls created or impaired: users, roles, trails, ... */
  private static Set<String> targets(List<JournalEntry> records, Set<String> calls) {
    Set<String> names = new LinkedHashSet<>();
    for (JournalEntry r : records) {
      String event = r.text("eventName");
      if (!calls.contains(event)) {
        continue;
      }
      var p = r.data().path("requestParameters");
      String name =
          switch (event) {
            case "RunInstances" -> "instances";
            case "UpdateDetector", "DeleteDetector" -> "detector";
            case "StopLogging", "DeleteTrail", "PutEventSelectors", "UpdateTrail" ->
                "trail " + ResponseActions.trail(p);
            case "PutBucketPolicy", "DeleteBucketPolicy" ->
                "bucket " + ResponseActions.text(p, "bucketName");
            case "CreateRole" -> "role " + ResponseActions.text(p, "roleName");
            default -> "user " + ResponseActions.text(p, "userName");
          };
      if (!"UpdateDetector".equals(event) || !p.path("enable").asBoolean(true)) {
        names.add(name);
      }
    }
    return names;
  }

  /** When the last of the named things was dealt with by a counted action of the phase. */
  private Duration lastOf(Set<String> names, String phase, Duration after) {
    Duration last = after;
    for (String name : names) {
      Duration done = firstAction(phase, a -> covers(a, name));
      if (done == null) {
        return null;
      }
      last = max(last, done);
    }
    return last;
  }

  private static boolean covers(ResponseAction a, String name) {
    int space = name.indexOf(' ');
    String target = space < 0 ? null : name.substring(space + 1);
    return switch (space < 0 ? name : name.substring(0, space)) {
      case "instances" -> a.action().equals("instances terminated");
      case "detector" -> a.action().equals("detector re-enabled");
      default -> target != null && target.equals(a.target());
    };
  }

  private Duration firstAction(String phase, Predicate<ResponseAction> which) {
    return facts.actions.stream()
        .filter(a -> a.phase().equals(phase) && a.counts())
        .filter(a -> which == null || which.test(a))
        .map(ResponseAction::at)
        .findFirst()
        .orElse(null);
  }

  /** The first thing the blue team did at or after a time: any successful call of theirs. */
  private Duration firstBlue(Duration after) {
    return facts.firstBlueCallAtOrAfter(after);
  }

  private Metric metric(
      String name, String scope, String formula, Duration from, Duration to, Phase phase) {
    return metric(name, scope, formula, from, to, phase, null);
  }

  private Metric metric(
      String name,
      String scope,
      String formula,
      Duration from,
      Duration to,
      Phase phase,
      List<JournalEntry> records) {
    Duration value = from == null || to == null ? null : max(Duration.ZERO, to.minus(from));
    return new Metric(name, scope, formula, value, target(phase, records));
  }

  /**
   * The scenario's target: the tightest of the phase's expectations, or for an inject's detection
   * the tightest of those about the events it made.
   */
  private Duration target(Phase phase, List<JournalEntry> records) {
    Set<String> events = new LinkedHashSet<>();
    if (records != null) {
      records.forEach(r -> events.add(r.text("eventName")));
    }
    return facts.start.expectations().stream()
        .filter(e -> e.phase() == phase)
        .filter(e -> records == null || (e.eventName() != null && events.contains(e.eventName())))
        .map(Expectation::within)
        .min(Duration::compareTo)
        .orElse(null);
  }

  private static Duration at(JournalEntry entry) {
    return entry == null ? null : entry.at();
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
