package io.firedrill.scoring.score;

import io.firedrill.exercise.journal.ExerciseStart;
import io.firedrill.exercise.journal.JournalEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Says who made a call recorded in CloudTrail: an actor of the scenario (by the access key it was
 * given, or by its principal's ARN when the key is not known), firedrill's control identity, AWS
 * services acting on their own (background noise), or otherwise the blue team (when the exercise
 * names the blue team's principals, only those; anyone else is another party, not scored).
 */
final class Attribution {

  private final Map<String, String> actorByKey = new HashMap<>();
  private final List<ExerciseStart.ActorKey> byArn = new ArrayList<>();
  private final String controlKey;
  private final List<String> blueArns;
  // Asked several times of each record the scorer keeps; the others are attributed once, uncached.
  private final Map<JournalEntry, Party> parties = new IdentityHashMap<>();

  Attribution(ExerciseStart start) {
    for (ExerciseStart.ActorKey actor : start.actors()) {
      if (actor.accessKeyId() != null) {
        actorByKey.put(actor.accessKeyId(), actor.name());
      } else if (actor.principalArn() != null) {
        byArn.add(actor);
      }
    }
    this.controlKey = start.controlAccessKeyId();
    this.blueArns = start.bluePrincipals();
  }

  Party partyOf(JournalEntry observation) {
    return parties.computeIfAbsent(observation, this::attribute);
  }

  /** Who made the call, worked out afresh: for a record seen once, which is not remembered. */
  Party attribute(JournalEntry observation) {
    if (actorOf(observation) != null) {
      return Party.ACTOR;
    }
    String key = observation.text("accessKeyId");
    if (key != null && key.equals(controlKey)) {
      return Party.CONTROL;
    }
    if (isService(observation)) {
      return Party.NOISE;
    }
    return blueArns.isEmpty() || isBlue(observation.text("arn")) ? Party.BLUE : Party.OTHER;
  }

  private boolean isBlue(String arn) {
    if (arn != null) {
      for (String blue : blueArns) {
        if (samePrincipal(blue, arn)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The scenario's name for the party: the actor's name, or blue, or control. */
  String nameOf(JournalEntry observation) {
    return nameOf(observation, partyOf(observation));
  }

  /** The scorer's name for a call's party, already attributed. */
  String nameOf(JournalEntry observation, Party party) {
    return switch (party) {
      case ACTOR -> actorOf(observation);
      case BLUE -> "blue";
      case CONTROL -> "control";
      case NOISE -> "aws";
      case OTHER -> "other";
    };
  }

  private static boolean isService(JournalEntry observation) {
    return Noise.isServiceCall(observation.text("identityType"), observation.text("sourceIp"));
  }

  /**
   * Remembers that an actor known by its principal's ARN signed a call with this key, as a replay
   * finds out from the trail: a GuardDuty finding names the key, not the principal.
   */
  void learnKey(String accessKeyId, String actor) {
    if (accessKeyId != null && actor != null) {
      actorByKey.putIfAbsent(accessKeyId, actor);
    }
  }

  /** The actor that signs with a key, or null. */
  String actorOfKey(String accessKeyId) {
    return accessKeyId == null ? null : actorByKey.get(accessKeyId);
  }

  private String actorOf(JournalEntry observation) {
    String key = observation.text("accessKeyId");
    if (key != null && actorByKey.containsKey(key)) {
      return actorByKey.get(key);
    }
    String arn = observation.text("arn");
    if (arn != null) {
      for (ExerciseStart.ActorKey actor : byArn) {
        if (samePrincipal(actor.principalArn(), arn)) {
          return actor.name();
        }
      }
    }
    return null;
  }

  /** A role's ARN stands for every session of the role: arn:aws:sts::A:assumed-role/R/session. */
  static boolean samePrincipal(String actorArn, String callerArn) {
    if (actorArn.equals(callerArn)) {
      return true;
    }
    int role = actorArn.indexOf(":role/");
    if (role < 0 || !actorArn.startsWith("arn:aws:iam::")) {
      return false;
    }
    String account = actorArn.substring("arn:aws:iam::".length(), role);
    String roleName = actorArn.substring(role + ":role/".length());
    roleName =
        roleName.substring(
            roleName.lastIndexOf('/') + 1); // a role's path is not in its sessions' ARNs
    return callerArn.startsWith("arn:aws:sts::" + account + ":assumed-role/" + roleName + "/");
  }
}
