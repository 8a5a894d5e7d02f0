package io.firedrill.injector.policy;

import io.firedrill.exercise.policy.PolicyDocument;
import io.firedrill.injector.Playground;
import io.firedrill.injector.aws.ActorIdentity;
import io.firedrill.injector.aws.ApiCall;
import io.firedrill.injector.aws.AwsSession;
import io.firedrill.injector.aws.Target;
import io.firedrill.injector.plan.Plan;
import io.firedrill.injector.plan.PlannedInject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.sts.model.Credentials;

/**
 * Plays every step of a scenario once, in timeline order, against a fresh embedded sandbox with the
 * standard baseline, each actor with the rights the baseline gives it or with only the policies
 * given: the identities' own policies are detached and deleted through IAM first, as an operator
 * would do to an account's attacker user before attaching the generated one.
 */
final class Drill {

  /** What one call answered, without its request id, to compare two runs. */
  record Outcome(int step, String technique, String call, String outcome, String errorCode) {

    static Outcome of(PlannedInject inject, ApiCall call) {
      return new Outcome(
          inject.step().index(),
          inject.technique().id(),
          call.service() + ":" + call.operation(),
          call.outcome(),
          call.errorCode());
    }

    boolean denied() {
      return "denied".equals(outcome);
    }
  }

  private Drill() {}

  /** Plays the plan with the baseline's own rights. */
  static List<Outcome> withBaselineRights(Path dir, Plan plan) throws Exception {
    return play(dir, plan, null, control -> {});
  }

  /** Plays the plan with the baseline's own rights, after {@code setup} with the admin's key. */
  static List<Outcome> withBaselineRights(Path dir, Plan plan, Consumer<AwsSession> setup)
      throws Exception {
    return play(dir, plan, null, setup);
  }

  /**
   * Plays the plan with each actor's identities holding only the given policies.
   *
   * @param policies by {@link ActorPolicy#attachTo()}; a document without statements leaves the
   *     identity with no rights at all
   */
  static List<Outcome> withOnly(Path dir, Plan plan, Map<String, PolicyDocument> policies)
      throws Exception {
    return play(dir, plan, policies, control -> {});
  }

  /** The same, after {@code setup} with the admin's key: what the steps need to find. */
  static List<Outcome> withOnly(
      Path dir, Plan plan, Map<String, PolicyDocument> policies, Consumer<AwsSession> setup)
      throws Exception {
    return play(dir, plan, policies, setup);
  }

  private static List<Outcome> play(
      Path dir, Plan plan, Map<String, PolicyDocument> policies, Consumer<AwsSession> setup)
      throws Exception {
    List<Outcome> outcomes = new ArrayList<>();
    try (Playground playground = new Playground(Files.createTempDirectory(dir, "run"))) {
      setup.accept(playground.control());
      if (policies != null) {
        IamClient admin = playground.control().iam();
        policies.forEach((identity, document) -> restrict(admin, identity, document));
      }
      Map<String, AwsSession> sessions = new HashMap<>();
      for (var actor : plan.scenario().actors().values()) {
        AwsSession withKey = playground.session(actor.name(), actor.user(), actor.sourceIp());
        if (actor.assumesRole() == null) {
          sessions.put(actor.name(), withKey);
          continue;
        }
        String roleArn =
            "arn:aws:iam::" + playground.sandbox.accountId() + ":role/" + actor.assumesRole();
        try {
          Credentials issued =
              withKey
                  .sts()
                  .assumeRole(r -> r.roleArn(roleArn).roleSessionName(actor.name()))
                  .credentials();
          AwsCredentials credentials =
              AwsSessionCredentials.create(
                  issued.accessKeyId(), issued.secretAccessKey(), issued.sessionToken());
          sessions.put(
              actor.name(),
              new AwsSession(
                  new Target(
                      playground.sandbox.endpoint(), playground.sandbox.region(), "test-exercise"),
                  new ActorIdentity(actor.name(), credentials, actor.sourceIp(), null)));
        } catch (AwsServiceException e) {
          // The actor cannot become the role: every one of its steps is lost.
          outcomes.add(
              new Outcome(
                  0,
                  "assume " + actor.assumesRole(),
                  "sts:AssumeRole",
                  e.awsErrorDetails().errorCode().startsWith("AccessDenied") ? "denied" : "failed",
                  e.awsErrorDetails().errorCode()));
        }
      }
      for (PlannedInject inject : plan.injects()) {
        AwsSession session = sessions.get(inject.step().actor());
        if (session == null) {
          continue;
        }
        for (ApiCall call : inject.fire(session, playground.ledger(inject.technique().id()))) {
          outcomes.add(Outcome.of(inject, call));
        }
      }
      sessions.values().forEach(AwsSession::close);
    }
    return outcomes;
  }

  private static void restrict(IamClient iam, String identity, PolicyDocument document) {
    String name = identity.substring(identity.indexOf('/') + 1);
    if (identity.startsWith("user/")) {
      iam.listAttachedUserPolicies(r -> r.userName(name))
          .attachedPolicies()
          .forEach(p -> iam.detachUserPolicy(r -> r.userName(name).policyArn(p.policyArn())));
      iam.listUserPolicies(r -> r.userName(name))
          .policyNames()
          .forEach(p -> iam.deleteUserPolicy(r -> r.userName(name).policyName(p)));
      iam.listGroupsForUser(r -> r.userName(name))
          .groups()
          .forEach(g -> iam.removeUserFromGroup(r -> r.userName(name).groupName(g.groupName())));
    } else {
      iam.listAttachedRolePolicies(r -> r.roleName(name))
          .attachedPolicies()
          .forEach(p -> iam.detachRolePolicy(r -> r.roleName(name).policyArn(p.policyArn())));
      iam.listRolePolicies(r -> r.roleName(name))
          .policyNames()
          .forEach(p -> iam.deleteRolePolicy(r -> r.roleName(name).policyName(p)));
    }
    if (document.statements().isEmpty()) {
      return; // IAM takes no policy without statements: no rights is no policy
    }
    String arn =
        iam.createPolicy(
                r ->
                    r.policyName("firedrill-least-privilege-" + name)
                        .policyDocument(document.toJson()))
            .policy()
            .arn();
    if (identity.startsWith("user/")) {
      iam.attachUserPolicy(r -> r.userName(name).policyArn(arn));
    } else {
      iam.attachRolePolicy(r -> r.roleName(name).policyArn(arn));
    }
  }
}
