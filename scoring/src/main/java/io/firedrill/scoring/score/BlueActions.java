package io.firedrill.scoring.score;

import io.firedrill.exercise.journal.ExerciseStart;
import io.firedrill.exercise.journal.JournalEntry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The blue team's response actions: its calls the scorer recognises by phase, each verified by the
 * probes that followed it, and marked collateral when it cut off or deleted what the attack never
 * touched.
 */
final class BlueActions {

  private final Attribution attribution;
  private final List<JournalEntry> probes;
  // Names the attack touched: its keys, users, and every value it passed in a successful call.
  private final Set<String> touched = new HashSet<>();

  BlueActions(ExerciseStart start, Attribution attribution, List<JournalEntry> probes) {
    this.attribution = attribution;
    this.probes = probes;
    for (ExerciseStart.ActorKey actor : start.actors()) {
      addIfSet(actor.accessKeyId());
      addIfSet(actor.userName());
    }
  }

  /**
   * Whether a probe confirmed an action: the probe its own call set off, else the first probe of
   * its kind and target journaled after it; true when it passed, false when it failed, null when
   * nothing probed it. Probes are stamped with when they began to look, and a call is observed only
   * after it was made, so a probe stamped at or after the observation saw the call's effect.
   */
  private Boolean verify(Duration at, String probe, String target, String eventId) {
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

  /** The response actions among the observations, in the order seen. */
  List<ResponseAction> of(List<JournalEntry> observed) {
    List<ResponseAction> result = new ArrayList<>();
    for (JournalEntry o : observed) {
      if (attribution.partyOf(o) != Party.BLUE) {
        continue;
      }
      ResponseActions.classify(o, this::isActorKey)
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

  /**
   * Notes the names in a successful call of the attack's: what cutting off is not collateral to.
   */
  void attackCalled(JournalEntry o) {
    collect(o.data().path("requestParameters"));
  }

  /** Whether a blue team's call is a response action the scorer recognises. */
  boolean isResponse(JournalEntry o) {
    return ResponseActions.classify(o, this::isActorKey).isPresent();
  }

  private boolean isActorKey(String key) {
    return key != null && attribution.actorOfKey(key) != null;
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
}
