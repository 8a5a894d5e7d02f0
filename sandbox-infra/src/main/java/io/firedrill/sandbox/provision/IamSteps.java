package io.firedrill.sandbox.provision;

import io.firedrill.sandbox.baseline.Baseline;
import io.firedrill.sandbox.baseline.BaselinePolicy;
import io.firedrill.sandbox.baseline.BaselineRole;
import io.firedrill.sandbox.baseline.BaselineUser;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AccessKey;
import software.amazon.awssdk.services.iam.model.AttachedPolicy;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import software.amazon.awssdk.services.iam.model.Role;

/**
 * The IAM part of provisioning: the sandbox marker role, the baseline's policies, users (with their
 * keys) and roles, and the blue team's role. Each is looked up first and only made when missing.
 */
final class IamSteps {

  private final IamClient iam;
  private final Book book;
  private final Tags tags;
  private final String accountId;

  IamSteps(IamClient iam, Book book, Tags tags, String accountId) {
    this.iam = iam;
    this.book = book;
    this.tags = tags;
    this.accountId = accountId;
  }

  void run(Baseline baseline) {
    String trustAccount =
        new BaselineRole(Provisioner.SANDBOX_ROLE, "account", List.of()).trustPolicy(accountId);
    markerRole(trustAccount);
    for (BaselinePolicy policy : baseline.policies()) {
      policy(policy);
    }
    for (BaselineUser user : baseline.users()) {
      user(user);
    }
    for (BaselineRole role : baseline.roles()) {
      role(role.name(), role.trustPolicy(accountId), tags.map(), role.policies());
    }
    role(Provisioner.BLUE_TEAM_ROLE, trustAccount, tags.map(), BlueTeam.MANAGED_POLICIES);
    inlinePolicy(Provisioner.BLUE_TEAM_ROLE, BlueTeam.CONTAINMENT, BlueTeam.containmentPolicy());
  }

  // The guardrail looks for this role's tag before it lets an exercise change the account.
  private void markerRole(String trust) {
    Role existing = findRole(Provisioner.SANDBOX_ROLE);
    if (existing == null) {
      role(Provisioner.SANDBOX_ROLE, trust, tags.plus(Provisioner.SANDBOX_TAG, "true"), List.of());
      return;
    }
    boolean tagged =
        iam.listRoleTags(r -> r.roleName(Provisioner.SANDBOX_ROLE)).tags().stream()
            .anyMatch(t -> t.key().equals(Provisioner.SANDBOX_TAG) && t.value().equals("true"));
    book.existed(
        "role "
            + Provisioner.SANDBOX_ROLE
            + (tagged
                ? ""
                : " (WITHOUT the tag "
                    + Provisioner.SANDBOX_TAG
                    + "=true: guardrails refuse"
                    + " this account until an administrator tags it)"));
  }

  private void policy(BaselinePolicy policy) {
    String arn = BaselinePolicy.arn("policy/" + policy.name(), accountId);
    try {
      iam.getPolicy(r -> r.policyArn(arn));
      book.existed("managed policy " + arn);
    } catch (NoSuchEntityException missing) {
      iam.createPolicy(
          r ->
              r.policyName(policy.name())
                  .policyDocument(policy.document())
                  .tags(tags.iam(tags.map())));
      book.created(Resource.of(Kind.MANAGED_POLICY, arn));
    }
  }

  private void user(BaselineUser user) {
    String name = user.name();
    try {
      iam.getUser(r -> r.userName(name));
      book.existed("user " + name);
    } catch (NoSuchEntityException missing) {
      iam.createUser(r -> r.userName(name).tags(tags.iam(tags.map())));
      book.created(Resource.of(Kind.USER, name));
    }
    Set<String> attached =
        iam.listAttachedUserPolicies(r -> r.userName(name)).attachedPolicies().stream()
            .map(AttachedPolicy::policyArn)
            .collect(Collectors.toSet());
    for (String entry : user.policies()) {
      String arn = BaselinePolicy.arn(entry, accountId);
      if (attached.contains(arn)) {
        book.existed("policy " + arn + " attached to user " + name);
      } else {
        iam.attachUserPolicy(r -> r.userName(name).policyArn(arn));
        book.created(Resource.of(Kind.USER_POLICY_ATTACHMENT, arn, "user", name));
      }
    }
    if (!user.accessKey()) {
      return;
    }
    int keys = iam.listAccessKeys(r -> r.userName(name)).accessKeyMetadata().size();
    if (keys > 0) {
      book.existed("access key of user " + name + " (" + keys + ")");
      return;
    }
    AccessKey key = iam.createAccessKey(r -> r.userName(name)).accessKey();
    book.created(Resource.of(Kind.ACCESS_KEY, key.accessKeyId(), "user", name));
    book.key(name, AwsBasicCredentials.create(key.accessKeyId(), key.secretAccessKey()));
  }

  private void role(
      String name, String trust, Map<String, String> roleTags, List<String> policies) {
    if (findRole(name) == null) {
      iam.createRole(
          r -> r.roleName(name).assumeRolePolicyDocument(trust).tags(tags.iam(roleTags)));
      book.created(Resource.of(Kind.ROLE, name));
    } else if (!name.equals(Provisioner.SANDBOX_ROLE)) {
      book.existed("role " + name);
    }
    Set<String> attached =
        iam.listAttachedRolePolicies(r -> r.roleName(name)).attachedPolicies().stream()
            .map(AttachedPolicy::policyArn)
            .collect(Collectors.toSet());
    for (String entry : policies) {
      String arn = BaselinePolicy.arn(entry, accountId);
      if (attached.contains(arn)) {
        book.existed("policy " + arn + " attached to role " + name);
      } else {
        iam.attachRolePolicy(r -> r.roleName(name).policyArn(arn));
        book.created(Resource.of(Kind.ROLE_POLICY_ATTACHMENT, arn, "role", name));
      }
    }
  }

  private void inlinePolicy(String role, String policyName, String document) {
    try {
      iam.getRolePolicy(r -> r.roleName(role).policyName(policyName));
      book.existed("inline policy " + policyName + " of role " + role);
    } catch (NoSuchEntityException missing) {
      iam.putRolePolicy(r -> r.roleName(role).policyName(policyName).policyDocument(document));
      book.created(Resource.of(Kind.ROLE_INLINE_POLICY, policyName, "role", role));
    }
  }

  private Role findRole(String name) {
    try {
      return iam.getRole(r -> r.roleName(name)).role();
    } catch (NoSuchEntityException missing) {
      return null;
    }
  }
}
