package io.firedrill.injector.technique.privilegeescalation;

import io.firedrill.injector.aws.ApiCall;
import io.firedrill.injector.aws.AwsSession;
import io.firedrill.injector.cleanup.Change;
import io.firedrill.injector.cleanup.Ledger;
import io.firedrill.injector.technique.Arns;
import io.firedrill.injector.technique.Grant;
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
          "Finds its own user name with sts:GetCallerIdentity, reads what is attached to it"
              + " (iam:ListAttachedUserPolicies, so that cleanup detaches only what it attached),"
              + " then calls iam:AttachUserPolicy with AdministratorAccess on it.",
          List.of("T1098.003"),
          IncidentType.PRIVILEGE_ESCALATION,
          List.of("GetCallerIdentity", "ListAttachedUserPolicies", "AttachUserPolicy"),
          List.of("PrivilegeEscalation:IAMUser/AnomalousBehavior"),
          List.of("iam:ListAttachedUserPolicies", "iam:AttachUserPolicy"));

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
  public List<Grant> grants(Params p, Arns arns) {
    // sts:GetCallerIdentity needs no permission: AWS lets every caller ask who it is.
    return arns.roleSession()
        ? List.of() // a role session has no user of its own: the detonation stops there
        : Grant.on(arns.selfUser(), "iam:ListAttachedUserPolicies", "iam:AttachUserPolicy");
  }

  @Override
  public List<ApiCall> detonate(AwsSession session, Params p, Ledger ledger) {
    List<ApiCall> calls = new ArrayList<>();
    String self = SelfName.lookUp(session, calls);
    if (self == null) {
      return calls;
    }
    // Attaching what is attached already changes nothing, and cleanup must then detach nothing;
    // without knowing which, cleanup could take away what the user had, so nothing is attached.
    boolean[] attached = {false};
    ApiCall listed =
        session.call(
            "iam",
            "ListAttachedUserPolicies",
            () -> {
              var policies = session.iam().listAttachedUserPolicies(r -> r.userName(self));
              attached[0] =
                  policies.attachedPolicies().stream()
                      .anyMatch(policy -> ADMIN.equals(policy.policyArn()));
              return policies;
            });
    calls.add(listed);
    if (!"allowed".equals(listed.outcome())) {
      return calls;
    }
    if (!attached[0]) {
      ledger.willMake(Change.of(Change.IAM_USER_POLICY_ATTACHED, self, "policyArn", ADMIN));
    }
    calls.add(
        session.call(
            "iam",
            "AttachUserPolicy",
            () -> session.iam().attachUserPolicy(r -> r.userName(self).policyArn(ADMIN))));
    return calls;
  }
}
