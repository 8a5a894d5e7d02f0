package io.firedrill.shell.exercise;

import io.firedrill.exercise.clock.Speed;
import io.firedrill.exercise.journal.ExerciseStart;
import io.firedrill.exercise.scenario.Actor;
import io.firedrill.exercise.scenario.Scenario;
import io.firedrill.exercise.scenario.ScenarioException;
import io.firedrill.injector.aws.ActorIdentity;
import io.firedrill.injector.aws.Target;
import io.firedrill.sandbox.baseline.Baseline;
import io.firedrill.sandbox.baseline.BaselineRole;
import io.firedrill.sandbox.baseline.BaselineUser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsCredentials;

/**
 * Who plays in an exercise and with which keys: the scenario's actors, the blue team and
 * firedrill's own control identity.
 */
record Cast(
    Target target,
    Map<String, ActorIdentity> actors,
    Map<String, String> userKeyIds,
    ActorIdentity blue,
    AwsCredentials control) {

  /** The baseline user whose key the scripted blue team, and by default the humans, use. */
  static final String BLUE_USER = "blue-responder";

  /** Checks, before anything starts, that every key the scenario hands out exists. */
  static void checkActors(Scenario scenario, Baseline baseline) {
    List<String> problems = new ArrayList<>();
    for (Actor actor : scenario.actors().values()) {
      if (actor.assumesRole() != null
          && baseline.roles().stream().noneMatch(r -> r.name().equals(actor.assumesRole()))) {
        problems.add(
            actor
                .location()
                .describe(
                    "actor '"
                        + actor.name()
                        + "' assumes the role '"
                        + actor.assumesRole()
                        + "', but baseline '"
                        + baseline.name()
                        + "' has no such role; expected one of: "
                        + String.join(
                            ", ", baseline.roles().stream().map(BaselineRole::name).toList())));
      }
      if (!hasKey(baseline, actor.leakedKeyOf())) {
        problems.add(
            actor
                .location()
                .describe(
                    "actor '"
                        + actor.name()
                        + "' holds the key of '"
                        + actor.leakedKeyOf()
                        + "', but baseline '"
                        + baseline.name()
                        + "' has no such user with an access key; expected one of: "
                        + String.join(", ", usersWithKeys(baseline))));
      }
    }
    if (!hasKey(baseline, BLUE_USER)) {
      problems.add(
          "baseline "
              + baseline.name()
              + ": expected a user '"
              + BLUE_USER
              + "' with an access key for the blue team");
    }
    if (!problems.isEmpty()) {
      throw new ScenarioException(problems);
    }
  }

  static Cast of(
      Scenario scenario,
      Map<String, ? extends AwsCredentials> userKeys,
      TargetAccount account,
      String exerciseId) {
    Target target = new Target(account.endpoint(), account.region(), exerciseId);
    Map<String, ActorIdentity> actors = new LinkedHashMap<>();
    Map<String, String> userKeyIds = new LinkedHashMap<>();
    for (Actor actor : scenario.actors().values()) {
      ActorIdentity withKey =
          new ActorIdentity(
              actor.name(),
              userKeys.get(actor.leakedKeyOf()),
              actor.sourceIp(),
              actor.userAgent(),
              actor.region());
      userKeyIds.put(actor.name(), withKey.credentials().accessKeyId());
      actors.put(
          actor.name(),
          actor.assumesRole() == null
              ? withKey
              : RoleSessions.assume(target, withKey, roleArn(account, actor)));
    }
    ActorIdentity blue = new ActorIdentity("blue", userKeys.get(BLUE_USER), null, null);
    return new Cast(target, actors, userKeyIds, blue, account.control());
  }

  ExerciseStart start(Scenario scenario, TargetAccount account, Speed speed) {
    List<ExerciseStart.ActorKey> keys = new ArrayList<>();
    for (Actor actor : scenario.actors().values()) {
      // An actor acting through a role is known by the role (which covers its sessions) and the
      // session's key; the user's key it assumed the role with is known by the user.
      if (actor.assumesRole() != null) {
        keys.add(
            new ExerciseStart.ActorKey(
                actor.name(),
                actor.leakedKeyOf(),
                roleArn(account, actor),
                actors.get(actor.name()).credentials().accessKeyId(),
                actor.sourceIp()));
      }
      keys.add(
          new ExerciseStart.ActorKey(
              actor.name(),
              actor.leakedKeyOf(),
              "arn:aws:iam::" + account.accountId() + ":user/" + actor.leakedKeyOf(),
              userKeyIds.get(actor.name()),
              actor.sourceIp()));
    }
    return new ExerciseStart(
        target.exerciseId(),
        scenario.id(),
        scenario.title(),
        scenario.sha256(),
        account.kind(),
        account.accountId(),
        account.region(),
        speed.label(),
        control.accessKeyId(),
        keys,
        scenario.expectations(),
        scenario.scoring(),
        List.of());
  }

  private static String roleArn(TargetAccount account, Actor actor) {
    return "arn:aws:iam::" + account.accountId() + ":role/" + actor.assumesRole();
  }

  private static boolean hasKey(Baseline baseline, String user) {
    return baseline.users().stream().anyMatch(u -> u.name().equals(user) && u.accessKey());
  }

  private static List<String> usersWithKeys(Baseline baseline) {
    return baseline.users().stream()
        .filter(BaselineUser::accessKey)
        .map(BaselineUser::name)
        .toList();
  }

  @Override
  public String toString() {
    // The default would print the control identity's secret key.
    return "Cast[" + target.exerciseId() + ", actors " + actors.keySet() + "]";
  }
}
