package io.firedrill.sandbox.iam;

import io.firedrill.sandbox.wire.Xml;
import java.util.List;

/** IAM's XML result elements, each with the members the operation that returns it answers. */
final class IamXml {

  /** How much of a role an answer carries: IAM's operations differ. */
  enum RoleDetail {
    /** ListRoles: no tags, boundary or last use. */
    LISTED,
    /** CreateRole: tags and boundary, but not the description or session duration. */
    CREATED,
    /** GetRole: everything. */
    FULL
  }

  private IamXml() {}

  static void user(Xml xml, String element, IamUser user, String boundaryArn, boolean full) {
    xml.open(element)
        .element("Path", user.path())
        .element("UserName", user.name())
        .element("UserId", user.userId())
        .element("Arn", user.arn())
        .element("CreateDate", user.created());
    if (full) {
      boundary(xml, boundaryArn);
      if (!user.tags().isEmpty()) {
        tags(xml, user.tags());
      }
    }
    xml.close(element);
  }

  static void group(Xml xml, String element, IamGroup group) {
    xml.open(element)
        .element("Path", group.path())
        .element("GroupName", group.name())
        .element("GroupId", group.groupId())
        .element("Arn", group.arn())
        .element("CreateDate", group.created())
        .close(element);
  }

  static void role(Xml xml, String element, IamRole role, String boundaryArn, RoleDetail detail) {
    xml.open(element)
        .element("Path", role.path())
        .element("RoleName", role.name())
        .element("RoleId", role.roleId())
        .element("Arn", role.arn())
        .element("CreateDate", role.created())
        .element("AssumeRolePolicyDocument", PolicyText.encoded(role.trustPolicy()));
    if (detail != RoleDetail.CREATED) {
      xml.element("Description", role.description())
          .element("MaxSessionDuration", role.maxSessionDuration());
    }
    if (detail != RoleDetail.LISTED) {
      boundary(xml, boundaryArn);
      if (!role.tags().isEmpty()) {
        tags(xml, role.tags());
      }
    }
    if (detail == RoleDetail.FULL) {
      // The sandbox does not track when a role's sessions were last used.
      xml.raw("<RoleLastUsed/>");
    }
    xml.close(element);
  }

  /** A managed policy; {@code full} adds the description and tags, as GetPolicy answers. */
  static void policy(
      Xml xml,
      String element,
      ManagedPolicy policy,
      int attachments,
      int boundaries,
      boolean full) {
    xml.open(element)
        .element("PolicyName", policy.name())
        .element("PolicyId", policy.policyId())
        .element("Arn", policy.arn())
        .element("Path", policy.path())
        .element("DefaultVersionId", policy.defaultVersionId())
        .element("AttachmentCount", attachments)
        .element("PermissionsBoundaryUsageCount", boundaries)
        .element("IsAttachable", true);
    if (full) {
      xml.element("Description", policy.description());
    }
    xml.element("CreateDate", policy.created()).element("UpdateDate", policy.updated());
    if (full && !policy.tags().isEmpty()) {
      tags(xml, policy.tags());
    }
    xml.close(element);
  }

  /** A policy version; the document only where IAM returns it (GetPolicyVersion). */
  static void version(
      Xml xml,
      String element,
      ManagedPolicy.PolicyVersion version,
      boolean isDefault,
      boolean withDocument) {
    xml.open(element);
    if (withDocument) {
      xml.element("Document", PolicyText.encoded(version.document()));
    }
    xml.element("VersionId", version.versionId())
        .element("IsDefaultVersion", isDefault)
        .element("CreateDate", version.created())
        .close(element);
  }

  static void attached(Xml xml, String element, List<String> policyArns) {
    xml.open(element);
    for (String arn : policyArns) {
      xml.open("member")
          .element("PolicyName", arn.substring(arn.lastIndexOf('/') + 1))
          .element("PolicyArn", arn)
          .close("member");
    }
    xml.close(element);
  }

  static void loginProfile(Xml xml, LoginProfile profile) {
    xml.open("LoginProfile")
        .element("UserName", profile.userName())
        .element("CreateDate", profile.created())
        .element("PasswordResetRequired", profile.passwordResetRequired())
        .close("LoginProfile");
  }

  static void boundary(Xml xml, String boundaryArn) {
    if (boundaryArn != null) {
      xml.open("PermissionsBoundary")
          .element("PermissionsBoundaryType", "Policy")
          .element("PermissionsBoundaryArn", boundaryArn)
          .close("PermissionsBoundary");
    }
  }

  static void tags(Xml xml, List<Tag> tags) {
    xml.open("Tags");
    for (Tag tag : tags) {
      xml.open("member").element("Key", tag.key()).element("Value", tag.value()).close("member");
    }
    xml.close("Tags");
  }

  /** The AccessKey element; the secret only when the key has just been created. */
  static void accessKey(Xml xml, String element, AccessKey key, boolean withSecret) {
    xml.open(element)
        .element("UserName", key.userName())
        .element("AccessKeyId", key.accessKeyId())
        .element("Status", key.status());
    if (withSecret) {
      xml.element("SecretAccessKey", key.secretAccessKey());
    }
    xml.element("CreateDate", key.created()).close(element);
  }
}
