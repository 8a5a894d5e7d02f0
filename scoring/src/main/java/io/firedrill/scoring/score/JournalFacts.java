package io.firedrill.scoring.score;

import io.firedrill.exercise.journal.EntryTypes;
import io.firedrill.exercise.journal.ExerciseStart;
import io.firedrill.exercise.journal.JournalEntry;
import io.firedrill.scoring.telemetry.GuardDutyPoller;
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
 * The journal, indexed once for the scorer: injects, observations, detections, probes and the blue
 * team's recognised response actions, with the links between them (a record's request id to the
 * inject that made it, a detection's event id to the record it matched).
 */
final class JournalFacts {

  final ExerciseStart start;
  final Attribution attribution;
  final List<JournalEntry> observed;
  final List<JournalEntry> injects;
  final List<JournalEntry> detections;
  final List<JournalEntry> probes;
  final List<ResponseAction> actions;
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
  // Names the attack touched: its keys, users, and every value it passed in a successful call.
  private final Set<String> touched = new HashSet<>();

  JournalFacts(List<JournalEntry> journal) {
    this.start = ExerciseStart.fromJournal(journal.get(0));
    this.attribution = new Attribution(start);
    Map<String, List<JournalEntry>> byType = new HashMap<>();
    for (JournalEntry e : journal) {
      index(byType, e.type(), e);
    }
    this.observed = ofType(byType, EntryTypes.TELEMETRY_OBSERVED);
    this.injects = ofType(byType, EntryTypes.INJECT_FIRED);
    this.probes = ofType(byType, EntryTypes.PROBE_CHECKED);
    List<JournalEntry> alerts = new ArrayList<>(ofType(byType, EntryTypes.DETECTION_MATCHED));
    for (JournalEntry o : observed) {
      if (o.text("eventId") != null) {
        observationByEventId.putIfAbsent(o.text("eventId"), o);
      }
      if (o.text("findingId") != null && !o.data().path("update").asBoolean(false)) {
        alerts.add(o); // a GuardDuty finding is an alert in itself
      }
    }
    alerts.sort(java.util.Comparator.comparing(JournalEntry::at));
    this.detections = List.copyOf(alerts);
    for (JournalEntry inject : injects) {
      for (JsonNode call : inject.data().path("calls")) {
        String requestId = call.path("requestId").asString(null);
        if (requestId != null) {
          injectByRequestId.putIfAbsent(requestId, inject);
        }
      }
    }
    for (JournalEntry o : observed) {
      JournalEntry inject = injectOf(o);
      if (inject != null) {
        recordsByInject.computeIfAbsent(inject, i -> new ArrayList<>()).add(o);
      }
      index(observedByEventName, o.text("eventName"), o);
      if (o.text("errorCode") == null && attribution.partyOf(o) == Party.BLUE) {
        Duration latest = blueLatest.isEmpty() ? o.at() : blueLatest.get(blueLatest.size() - 1);
        blueCalls.add(o.at());
        blueLatest.add(latest.compareTo(o.at()) >= 0 ? latest : o.at());
      }
      index(observedByFindingType, o.text("findingType"), o);
    }
    for (ExerciseStart.ActorKey actor : start.actors()) {
      addIfSet(actor.accessKeyId());
      addIfSet(actor.userName());
    }
    for (JournalEntry o : observed) {
      if (attribution.partyOf(o) == Party.ACTOR && o.text("errorCode") == null) {
        collect(o.data().path("requestParameters"));
      }
    }
    this.actions = classify();
    for (ResponseAction a : actions) {
      if (a.eventId() != null) {
        actionByEventId.putIfAbsent(a.eventId(), a);
      }
    }
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
    if (GuardDutyPoller.SOURCE.equals(detection.text("source"))
        || io.firedrill.scoring.telemetry.EventBridgeQueue.SOURCE.equals(
            detection.text("source"))) {
      return detection.data().path("severity").asDouble(0) >= 4.0;
    }
    return !"low".equals(detection.text("severity"));
  }

  /** The observations an inject made, as CloudTrail recorded them, in the order seen. */
  List<JournalEntry> recordsOf(JournalEntry inject) {
    return recordsByInject.getOrDefault(inject, List.of());
  }

  /**
   * Whether a probe confirmed an action: the probe its own call set off, else the first probe of
   * its kind and target journaled after it; true when it passed, false when it failed, null when
   * nothing probed it. Probes are stamped with when they began to look, and a call is observed only
   * after it was made, so a probe stamped at or after the observation saw the call's effect.
   */
  Boolean verify(Duration at, String probe, String target, String eventId) {
    if (probe == null) {
      return null;
    }
    Boolean later = null;
    for (JournalEntry p : probes) {
      if (!probe.equals(p.text("probe")) || !about(p, probe, target)) {
        continue;
      }
      if (eventId != null && eventId.equals(p.text("after"))) {
        return p.data().path("passed").asBoolean(false);
      }
      if (later == null && p.at().compareTo(at) >= 0) {
        later = p.data().path("passed").asBoolean(false);
      }
    }
    return later;
  }

  private static boolean about(JournalEntry p, String probe, String target) {
    // Is the attacker cut off, is GuardDuty on: questions about the account, whatever key or
    // detector the call named.
    return target == null
        || ResponseActions.PROBE_KEY.equals(probe)
        || ResponseActions.PROBE_DETECTOR.equals(probe)
        || target.equals(p.text("target"))
        || target.equals(p.text("user"));
  }

  private List<ResponseAction> classify() {
    List<ResponseAction> result = new ArrayList<>();
    for (JournalEntry o : observed) {
      if (attribution.partyOf(o) != Party.BLUE) {
        continue;
      }
      ResponseActions.classify(o, key -> key != null && attribution.actorOfKey(key) != null)
          .ifPresent(
              kind ->
                  result.add(
                      new ResponseAction(
                          o.at(),
                          kind.phase(),
                          kind.action(),
                          kind.target(),
                          o.text("eventId"),
                          verify(o.at(), kind.probe(), kind.target(), o.text("eventId")),
                          isCollateral(kind, o))));
    }
    return List.copyOf(result);
  }

  // Cutting off or deleting what the attack never touched hurts the business, not the attacker.
  // Instances are left out: the ids RunInstances returned are not in its request.
  private boolean isCollateral(ResponseActions.Kind kind, JournalEntry o) {
    boolean destructive = kind.phase().equals("contain") || kind.phase().equals("eradicate");
    String owner = ResponseActions.text(o.data().path("requestParameters"), "userName");
    return destructive
        && kind.target() != null
        && (owner == null || !touched.contains(owner)) // a key of a user the attack made
        && !kind.action().startsWith("instance")
        && !kind.action().equals("ingress revoked")
        && !touched.contains(kind.target());
  }

  private void collect(JsonNode node) {
    if (node.isContainer()) {
      node.forEach(this::collect);
    } else if (node.isString()) {
      String value = node.asString();
      addIfSet(value);
      addIfSet(value.substring(value.lastIndexOf('/') + 1)); // a trail's ARN names it too
    }
  }

  private void addIfSet(String value) {
    if (value != null) {
      touched.add(value);
    }
  }

  private static List<JournalEntry> ofType(Map<String, List<JournalEntry>> byType, String type) {
    return List.copyOf(byType.getOrDefault(type, List.of()));
  }
}
