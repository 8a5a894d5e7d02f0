package io.firedrill.injector.technique.privilegeescalation;

import io.firedrill.injector.aws.ApiCall;
import io.firedrill.injector.aws.AwsSession;
import io.firedrill.injector.cleanup.Change;
import io.firedrill.injector.cleanup.Ledger;
import io.firedrill.injector.technique.IncidentType;
import io.firedrill.injector.technique.Parameters;
import io.firedrill.injector.technique.Technique;
import io.firedrill.injector.technique.TechniqueInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Attaches AdministratorAccess to the attacker's own user. */
public final class IamAttachAdminPolicySelf implements Technique<IamAttachAdminPolicySelf.Params> {

  static final String ADMIN = "arn:aws:iam::aws:policy/AdministratorAccess";

  /** This technique takes no parameters: it acts on whoever holds the key. */
  public record Params() {}

  private static final TechniqueInfo INFO =
      new TechniqueInfo(
          "aws.privilege-escalation.iam-attach-admin-policy-self",
          "Attach AdministratorAccess to oneself",
          "Finds its own user name with sts:GetCallerIdentity, then calls iam:AttachUserPolicy"
              + " with AdministratorAccess on it: works for any identity allowed iam:AttachUserPolicy.",
          List.of("T1098.003"),
          IncidentType.PRIVILEGE_ESCALATION,
          List.of("GetCallerIdentity", "AttachUserPolicy"),
          List.of("PrivilegeEscalation:IAMUser/AnomalousBehavior"),
          List.of("iam:AttachUserPolicy"));

  @Override
  public TechniqueInfo info() {
    return INFO;
  }

  @Override
  public Params parameters(Map<String, String> with) {
    Parameters.allowOnly(with, Set.of());
    return new Params();
  }

  @Override
  public List<ApiCall> detonate(AwsSession session, Params p, Ledger ledger) {
    List<ApiCall> calls = new ArrayList<>();
    String self = SelfName.lookUp(session, calls);
    if (self == null) {
      return calls;
    }
    // Attaching what is attached already changes nothing, and cleanup must then detach nothing.
    if (!alreadyAttached(session, self)) {
      ledger.willMake(Change.of(Change.IAM_USER_POLICY_ATTACHED, self, "policyArn", ADMIN));
    }
    calls.add(
        session.call(
            "iam",
            "AttachUserPolicy",
            () -> session.iam().attachUserPolicy(r -> r.userName(self).policyArn(ADMIN))));
    return calls;
  }

  private static boolean alreadyAttached(AwsSession session, String userName) {
    try {
      return session
          .iam()
          .listAttachedUserPolicies(r -> r.userName(userName))
          .attachedPolicies()
          .stream()
          .anyMatch(policy -> ADMIN.equals(policy.policyArn()));
    } catch (RuntimeException unreadable) {
      return false;
    }
  }
}
