package io.firedrill.scoring.score;

import io.firedrill.exercise.journal.ExerciseStart;
import io.firedrill.exercise.journal.JournalEntry;
import java.util.HashMap;
import java.util.Map;

/**
 * Says who made a call recorded in CloudTrail: an actor of the scenario (by the access key it was
 * given), firedrill's control identity, or otherwise the blue team.
 */
final class Attribution {

  private final Map<String, String> actorByKey = new HashMap<>();
  private final String controlKey;

  Attribution(ExerciseStart start) {
    start.actors().forEach(a -> actorByKey.put(a.accessKeyId(), a.name()));
    this.controlKey = start.controlAccessKeyId();
  }

  Party partyOf(JournalEntry observation) {
    String key = observation.text("accessKeyId");
    if (key != null && actorByKey.containsKey(key)) {
      return Party.ACTOR;
    }
    if (key != null && key.equals(controlKey)) {
      return Party.CONTROL;
    }
    return Party.BLUE;
  }

  /** The scenario's name for the party: the actor's name, or blue, or control. */
  String nameOf(JournalEntry observation) {
    return switch (partyOf(observation)) {
      case ACTOR -> actorByKey.get(observation.text("accessKeyId"));
      case BLUE -> "blue";
      case CONTROL -> "control";
    };
  }
}
