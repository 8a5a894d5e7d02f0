package io.firedrill.scoring.score;

import io.firedrill.exercise.journal.EntryTypes;
import io.firedrill.exercise.journal.ExerciseStart;
import io.firedrill.exercise.journal.JournalEntry;
import io.firedrill.exercise.scenario.Expectation;
import io.firedrill.scoring.telemetry.EventBridgeQueue;
import io.firedrill.scoring.telemetry.GuardDutyPoller;
import io.firedrill.scoring.telemetry.Replay;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The journal, indexed for the scorer: injects, observations, detections, probes and the blue
 * team's recognised response actions, with the links between them (a record's request id to the
 * inject that made it, a detection's event id to the record it matched).
 *
 * <p>The journal is read twice and never held: the first pass takes the exercise's frame (its start
 * and end, injects, probes, detections), the second takes each observation as it comes, adds it to
 * the timeline and the blue team's calls, and keeps it only when the scorer will look at it again:
 * a record an expectation names, an inject made or a detection matched, a GuardDuty finding, or a
 * response action. Memory grows with what is scored, not with the trail behind it.
 */
final class JournalFacts {

  /** How many times the journal is read. */
  static final int PASSES = 2;

  final ExerciseStart start;
  final Attribution attribution;
  final JournalEntry first;
  final JournalEntry last;
  final List<JournalEntry> injects;
  final List<JournalEntry> detections;
  final List<JournalEntry> probes;
  final List<ResponseAction> actions;
  final List<TimelineEntry> timeline;
  // The observations kept for a second look, in journal order.
  private final List<JournalEntry> observed = new ArrayList<>();
  private final Map<String, JournalEntry> observationByEventId = new HashMap<>();
  private final Map<String, JournalEntry> injectByRequestId = new HashMap<>();
  // Keyed by identity: two injects may journal equal data, and each has its own records.
  private final Map<JournalEntry, List<JournalEntry>> recordsByInject = new IdentityHashMap<>();
  // Expectations name an event or a finding type: each looks only at those, not at every record.
  private final Map<String, List<JournalEntry>> observedByEventName = new HashMap<>();
  private final Map<String, List<JournalEntry>> observedByFindingType = new HashMap<>();
  private final Map<String, ResponseAction> actionByEventId = new HashMap<>();
  // The blue team's successful calls in the order seen, and the latest time seen up to each: the
  // first call at or after a time is where that running maximum first reaches it.
  private final List<Duration> blueCalls = new ArrayList<>();
  private final List<Duration> blueLatest = new ArrayList<>();
  private final BlueActions blue;

  JournalFacts(Entries journal) {
    Frame frame = new Frame();
    journal.forEach(type -> !EntryTypes.TELEMETRY_OBSERVED.equals(type), frame);
    if (frame.first == null) {
      throw new IllegalArgumentException("the journal is empty or has no exercise.started entry");
    }
    this.first = frame.first;
    this.start = ExerciseStart.fromJournal(first);
    this.attribution = new Attribution(start);
    this.injects = List.copyOf(frame.injects);
    this.probes = List.copyOf(frame.probes);
    this.blue = new BlueActions(start, attribution, probes);
    for (JournalEntry inject : injects) {
      for (JsonNode call : inject.data().path("calls")) {
        String requestId = call.path("requestId").asString(null);
        if (requestId != null) {
          injectByRequestId.putIfAbsent(requestId, inject);
        }
      }
    }
    Set<String> named = new HashSet<>();
    for (Expectation e : start.expectations()) {
      addIfSet(named, e.eventName());
    }
    Set<String> matched = new HashSet<>();
    for (JournalEntry d : frame.matches) {
      addIfSet(matched, d.text("eventId"));
    }
    TimelineBuilder story = new TimelineBuilder();
    journal.forEach(
        e -> {
          if (frame.last == null && e.seq() != first.seq()) {
            ExerciseStart.fromJournal(e); // says that the journal does not begin with its start
          }
          frame.last = e;
          if (EntryTypes.INJECT_FIRED.equals(e.type())) {
            story.inject(e);
          } else if (EntryTypes.TELEMETRY_OBSERVED.equals(e.type())) {
            Party party = attribution.attribute(e);
            story.observed(e, party, attribution.nameOf(e, party));
            take(e, party);
            if (keep(e, party, named, matched)) {
              observed.add(e);
            }
          }
        });
    this.timeline = story.lines();
    this.last = frame.last;
    List<JournalEntry> alerts = new ArrayList<>(frame.matches);
    for (JournalEntry o : observed) {
      if (o.text("eventId") != null) {
        observationByEventId.putIfAbsent(o.text("eventId"), o);
      }
      if (o.text("findingId") != null && !o.data().path("update").asBoolean(false)) {
        alerts.add(o); // a GuardDuty finding is an alert in itself
      }
      JournalEntry inject = injectOf(o);
      if (inject != null) {
        recordsByInject.computeIfAbsent(inject, i -> new ArrayList<>()).add(o);
      }
      index(observedByEventName, o.text("eventName"), o);
      index(observedByFindingType, o.text("findingType"), o);
    }
    alerts.sort(java.util.Comparator.comparing(JournalEntry::at));
    this.detections = List.copyOf(alerts);
    this.actions = blue.of(observed);
    for (ResponseAction a : actions) {
      if (a.eventId() != null) {
        actionByEventId.putIfAbsent(a.eventId(), a);
      }
    }
  }

  /**
   * The first pass, which skips the observations: the first entry, and the entries few enough to
   * keep whatever the journal's size. The second pass, which reads every entry, sets the last.
   */
  private static final class Frame implements java.util.function.Consumer<JournalEntry> {
    JournalEntry first;
    JournalEntry last;
    final List<JournalEntry> injects = new ArrayList<>();
    final List<JournalEntry> probes = new ArrayList<>();
    final List<JournalEntry> matches = new ArrayList<>();

    @Override
    public void accept(JournalEntry e) {
      if (first == null) {
        first = e;
      }
      switch (e.type()) {
        case EntryTypes.INJECT_FIRED -> injects.add(e);
        case EntryTypes.PROBE_CHECKED -> probes.add(e);
        case EntryTypes.DETECTION_MATCHED -> matches.add(e);
        default -> {}
      }
    }
  }

  /**
   * What every observation adds, kept or not: the keys an actor known by its ARN signs with, a blue
   * team's call, or what the attack touched.
   */
  private void take(JournalEntry o, Party party) {
    if (party == Party.ACTOR) {
      attribution.learnKey(o.text("accessKeyId"), attribution.nameOf(o, party));
    }
    if (o.text("errorCode") != null) {
      return;
    }
    if (party == Party.BLUE) {
      Duration latest = blueLatest.isEmpty() ? o.at() : blueLatest.get(blueLatest.size() - 1);
      blueCalls.add(o.at());
      blueLatest.add(latest.compareTo(o.at()) >= 0 ? latest : o.at());
    } else if (party == Party.ACTOR) {
      blue.attackCalled(o);
    }
  }

  /** Whether the scorer looks at an observation again, past the timeline and the blue calls. */
  private boolean keep(JournalEntry o, Party party, Set<String> named, Set<String> matched) {
    String eventId = o.text("eventId");
    String requestId = o.text("requestId");
    return o.text("findingId") != null
        || named.contains(o.text("eventName"))
        || (eventId != null && matched.contains(eventId))
        || (requestId != null && injectByRequestId.containsKey(requestId))
        || (party == Party.BLUE && blue.isResponse(o));
  }

  private static void index(Map<String, List<JournalEntry>> map, String key, JournalEntry o) {
    if (key != null) {
      map.computeIfAbsent(key, k -> new ArrayList<>()).add(o);
    }
  }

  /** The observations of CloudTrail records of one event name, in the order seen. */
  List<JournalEntry> observedNamed(String eventName) {
    return eventName == null ? List.of() : observedByEventName.getOrDefault(eventName, List.of());
  }

  /** The observations of GuardDuty findings of one type, in the order seen. */
  List<JournalEntry> findingsOfType(String findingType) {
    return findingType == null
        ? List.of()
        : observedByFindingType.getOrDefault(findingType, List.of());
  }

  /** When the first successful blue-team call at or after {@code after} was seen, or null. */
  Duration firstBlueCallAtOrAfter(Duration after) {
    int low = 0;
    int high = blueLatest.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (blueLatest.get(mid).compareTo(after) >= 0) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    return low < blueCalls.size() ? blueCalls.get(low) : null;
  }

  /** The response action recognised in the record with this event id, or null. */
  ResponseAction actionOf(String eventId) {
    return eventId == null ? null : actionByEventId.get(eventId);
  }

  /** The inject whose call CloudTrail recorded, or null. */
  JournalEntry injectOf(JournalEntry observation) {
    String requestId = observation == null ? null : observation.text("requestId");
    return requestId == null ? null : injectByRequestId.get(requestId);
  }

  /** The record a detection matched, or null for a finding or an unknown record. */
  JournalEntry recordOf(JournalEntry detection) {
    String eventId = detection.text("eventId");
    return eventId == null ? null : observationByEventId.get(eventId);
  }

  /** The actor a detection is about: by its record's caller, else by the key it names. */
  String actorOf(JournalEntry detection) {
    JournalEntry record = recordOf(detection);
    if (record != null) {
      return attribution.partyOf(record) == Party.ACTOR ? attribution.nameOf(record) : null;
    }
    return attribution.actorOfKey(detection.text("accessKeyId"));
  }

  /**
   * The inject a detection is about: the one that made the matched record, or for a finding, the
   * first inject of the named actor that made the call GuardDuty names.
   */
  JournalEntry injectOfDetection(JournalEntry detection) {
    JournalEntry record = recordOf(detection);
    if (record != null) {
      return injectOf(record);
    }
    String api = detection.text("api");
    String actor = actorOf(detection);
    for (JournalEntry inject : injects) {
      if (actor != null && !actor.equals(inject.text("actor"))) {
        continue;
      }
      for (JsonNode call : inject.data().path("calls")) {
        if (api != null && api.equals(call.path("operation").asString(null))) {
          return inject;
        }
      }
    }
    return null;
  }

  /**
   * Whether a detection is loud: a rule not marked low, or a finding of medium severity or more.
   */
  static boolean isLoud(JournalEntry detection) {
    if (isFindingSource(detection.text("source"))) {
      return detection.data().path("severity").asDouble(0) >= 4.0;
    }
    return !"low".equals(detection.text("severity"));
  }

  /**
   * Where the scorer reads findings from: GuardDuty's API, the queue an EventBridge rule fills, or
   * files captured elsewhere (a replay).
   */
  static boolean isFindingSource(String source) {
    return GuardDutyPoller.SOURCE.equals(source)
        || EventBridgeQueue.SOURCE.equals(source)
        || Replay.FINDINGS.equals(source);
  }

  /** The observations an inject made, as CloudTrail recorded them, in the order seen. */
  List<JournalEntry> recordsOf(JournalEntry inject) {
    return recordsByInject.getOrDefault(inject, List.of());
  }

  private static void addIfSet(Set<String> set, String value) {
    if (value != null) {
      set.add(value);
    }
  }
}
