package io.firedrill.sandbox.iam;

import io.firedrill.sandbox.api.ApiCall;
import io.firedrill.sandbox.api.Operation;
import io.firedrill.sandbox.api.Outcome;
import io.firedrill.sandbox.iam.Permissions.Kind;
import io.firedrill.sandbox.wire.Xml;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * GetAccountAuthorizationDetails: every user, group, role and managed policy with what is attached
 * to it, in one answer, as an attacker's or auditor's first enumeration call gets it. AWS managed
 * policies are included only when something uses them, as IAM does. Answers in one page: a sandbox
 * account is small.
 */
final class AuthorizationDetails {

  private static final Set<String> FILTERS =
      Set.of("User", "Role", "Group", "LocalManagedPolicy", "AWSManagedPolicy");

  private final IamStore store;

  AuthorizationDetails(IamStore store) {
    this.store = store;
  }

  Operation operation() {
    return Operation.read("GetAccountAuthorizationDetails", this::handle);
  }

  private Outcome handle(ApiCall call) {
    List<String> filter = IamParams.listOf(call, "Filter", FILTERS);
    IamParams.maxItems(call);
    Set<String> wanted = filter.isEmpty() ? FILTERS : Set.copyOf(filter);
    Xml xml = new Xml().open("UserDetailList");
    if (wanted.contains("User")) {
      store.users("/").forEach(user -> user(xml, user));
    }
    xml.close("UserDetailList").open("GroupDetailList");
    if (wanted.contains("Group")) {
      store.groups().all("/").forEach(group -> group(xml, group));
    }
    xml.close("GroupDetailList").open("RoleDetailList");
    if (wanted.contains("Role")) {
      store.roles().all("/").forEach(role -> role(xml, role));
    }
    xml.close("RoleDetailList").open("Policies");
    List<String> inUse = store.permissions().inUse();
    for (ManagedPolicy policy : store.policies().all()) {
      boolean listed =
          policy.awsManaged()
              ? wanted.contains("AWSManagedPolicy") && inUse.contains(policy.arn())
              : wanted.contains("LocalManagedPolicy");
      if (listed) {
        policy(xml, policy);
      }
    }
    xml.close("Policies").element("IsTruncated", false);
    return Outcome.xml(xml.toString());
  }

  private void user(Xml xml, IamUser user) {
    xml.open("member")
        .element("Path", user.path())
        .element("UserName", user.name())
        .element("UserId", user.userId())
        .element("Arn", user.arn())
        .element("CreateDate", user.created());
    inline(xml, "UserPolicyList", Kind.USER, user.name());
    xml.open("GroupList");
    store.groups().groupsOf(user.name()).forEach(group -> xml.element("member", group.name()));
    xml.close("GroupList");
    IamXml.attached(
        xml, "AttachedManagedPolicies", store.permissions().attached(Kind.USER, user.name()));
    IamXml.boundary(xml, store.permissions().boundary(Kind.USER, user.name()));
    IamXml.tags(xml, user.tags());
    xml.close("member");
  }

  private void group(Xml xml, IamGroup group) {
    xml.open("member")
        .element("Path", group.path())
        .element("GroupName", group.name())
        .element("GroupId", group.groupId())
        .element("Arn", group.arn())
        .element("CreateDate", group.created());
    inline(xml, "GroupPolicyList", Kind.GROUP, group.name());
    IamXml.attached(
        xml, "AttachedManagedPolicies", store.permissions().attached(Kind.GROUP, group.name()));
    xml.close("member");
  }

  private void role(Xml xml, IamRole role) {
    xml.open("member")
        .element("Path", role.path())
        .element("RoleName", role.name())
        .element("RoleId", role.roleId())
        .element("Arn", role.arn())
        .element("CreateDate", role.created())
        .element("AssumeRolePolicyDocument", PolicyText.encoded(role.trustPolicy()))
        .raw("<InstanceProfileList/>");
    inline(xml, "RolePolicyList", Kind.ROLE, role.name());
    IamXml.attached(
        xml, "AttachedManagedPolicies", store.permissions().attached(Kind.ROLE, role.name()));
    IamXml.boundary(xml, store.permissions().boundary(Kind.ROLE, role.name()));
    IamXml.tags(xml, role.tags());
    xml.raw("<RoleLastUsed/>").close("member");
  }

  private void policy(Xml xml, ManagedPolicy policy) {
    xml.open("member")
        .element("PolicyName", policy.name())
        .element("PolicyId", policy.policyId())
        .element("Arn", policy.arn())
        .element("Path", policy.path())
        .element("DefaultVersionId", policy.defaultVersionId())
        .element("AttachmentCount", store.permissions().attachmentCount(policy.arn()))
        .element("PermissionsBoundaryUsageCount", store.permissions().boundaryCount(policy.arn()))
        .element("IsAttachable", true)
        .element("Description", policy.description())
        .element("CreateDate", policy.created())
        .element("UpdateDate", policy.updated())
        .open("PolicyVersionList");
    for (ManagedPolicy.PolicyVersion version : policy.versions()) {
      IamXml.version(
          xml, "member", version, version.versionId().equals(policy.defaultVersionId()), true);
    }
    xml.close("PolicyVersionList").close("member");
  }

  private void inline(Xml xml, String element, Kind kind, String name) {
    xml.open(element);
    for (Map.Entry<String, String> policy : store.permissions().inlines(kind, name).entrySet()) {
      xml.open("member")
          .element("PolicyName", policy.getKey())
          .element("PolicyDocument", PolicyText.encoded(policy.getValue()))
          .close("member");
    }
    xml.close(element);
  }
}
