package io.firedrill.sandbox.iam;

import io.firedrill.sandbox.api.ApiCall;
import io.firedrill.sandbox.api.Operation;
import io.firedrill.sandbox.api.Outcome;
import io.firedrill.sandbox.api.ResourceRef;
import io.firedrill.sandbox.wire.Xml;
import java.util.List;

/** IAM's role operations: roles, their trust policies and tags. */
final class RoleOperations {

  static final String ROLE = "AWS::IAM::Role";

  /** The largest trust policy, without whitespace: IAM's default quota. */
  static final int MAX_TRUST_POLICY = 2048;

  private final IamStore store;
  private final IamResources resources;

  RoleOperations(IamStore store, IamResources resources) {
    this.store = store;
    this.resources = resources;
  }

  List<Operation> operations() {
    return List.of(
        Operation.write("CreateRole", this::createRole)
            .on(resources.role())
            .alsoNeeds(IamResources.taggingWith("TagRole")),
        Operation.read("GetRole", this::getRole).on(resources.role()),
        Operation.read("ListRoles", this::listRoles).on(resources.listing("role")),
        Operation.write("UpdateRole", this::updateRole).on(resources.role()),
        Operation.write("DeleteRole", this::deleteRole).on(resources.role()),
        Operation.write("UpdateAssumeRolePolicy", this::updateAssumeRolePolicy)
            .on(resources.role()),
        Operation.write("TagRole", this::tagRole).on(resources.role()),
        Operation.write("UntagRole", this::untagRole).on(resources.role()),
        Operation.read("ListRoleTags", this::listRoleTags).on(resources.role()));
  }

  private Outcome createRole(ApiCall call) {
    String name = IamParams.roleName(call);
    String path = IamParams.path(call.param("Path"));
    String trust = trustPolicy(call, "AssumeRolePolicyDocument", "assumeRolePolicyDocument");
    String description = description(call);
    int maxSession = IamParams.integer(call, "MaxSessionDuration", 3600, 43200, 3600);
    List<Tag> tags = IamParams.tags(call);
    String boundary =
        call.param("PermissionsBoundary") == null
            ? null
            : store.policies().attachable(call.param("PermissionsBoundary")).arn();
    IamRole role = store.roles().create(name, path, trust, description, maxSession, tags);
    if (boundary != null) {
      store.permissions().setBoundary(Permissions.Kind.ROLE, role.name(), boundary);
    }
    Xml xml = new Xml();
    IamXml.role(xml, "Role", role, boundary, IamXml.RoleDetail.CREATED);
    return Outcome.xml(xml.toString())
        .recording(IamRecords.createRole(role, boundary))
        .about(new ResourceRef(ROLE, role.name()));
  }

  private Outcome getRole(ApiCall call) {
    IamRole role = store.roles().role(IamParams.roleName(call));
    Xml xml = new Xml();
    IamXml.role(xml, "Role", role, boundaryOf(role), IamXml.RoleDetail.FULL);
    return Outcome.xml(xml.toString());
  }

  private Outcome listRoles(ApiCall call) {
    Page<IamRole> page = Page.of(store.roles().all(IamParams.pathPrefix(call)), call);
    Xml xml = new Xml().open("Roles");
    page.items().forEach(role -> IamXml.role(xml, "member", role, null, IamXml.RoleDetail.LISTED));
    xml.close("Roles");
    page.tail(xml);
    return Outcome.xml(xml.toString());
  }

  private Outcome updateRole(ApiCall call) {
    IamRole role = store.roles().role(IamParams.roleName(call));
    String description = call.param("Description") == null ? role.description() : description(call);
    int maxSession =
        IamParams.integer(call, "MaxSessionDuration", 3600, 43200, role.maxSessionDuration());
    store.roles().update(role.name(), description, maxSession);
    return Outcome.xml(null).about(new ResourceRef(ROLE, role.name()));
  }

  private Outcome deleteRole(ApiCall call) {
    String name = IamParams.roleName(call);
    store.roles().delete(name);
    return Outcome.xml(null).about(new ResourceRef(ROLE, name));
  }

  private Outcome updateAssumeRolePolicy(ApiCall call) {
    String name = IamParams.roleName(call);
    store.roles().role(name);
    IamRole role =
        store.roles().updateTrust(name, trustPolicy(call, "PolicyDocument", "policyDocument"));
    return Outcome.xml(null).about(new ResourceRef(ROLE, role.name()));
  }

  private Outcome tagRole(ApiCall call) {
    String name = IamParams.roleName(call);
    List<Tag> tags = IamParams.tags(call);
    if (tags.isEmpty()) {
      throw IamErrors.missing("tags");
    }
    store.roles().tag(name, tags);
    return Outcome.xml(null).about(new ResourceRef(ROLE, store.roles().role(name).name()));
  }

  private Outcome untagRole(ApiCall call) {
    String name = IamParams.roleName(call);
    List<String> keys = IamParams.list(call, "TagKeys");
    if (keys.isEmpty()) {
      throw IamErrors.missing("tagKeys");
    }
    store.roles().untag(name, keys);
    return Outcome.xml(null).about(new ResourceRef(ROLE, store.roles().role(name).name()));
  }

  private Outcome listRoleTags(ApiCall call) {
    IamRole role = store.roles().role(IamParams.roleName(call));
    Page<Tag> page = Page.of(role.tags(), call);
    Xml xml = new Xml();
    IamXml.tags(xml, page.items());
    page.tail(xml);
    return Outcome.xml(xml.toString());
  }

  private String trustPolicy(ApiCall call, String param, String member) {
    String document = IamParams.document(call, param, member);
    PolicyText.within(
        document, MAX_TRUST_POLICY, "Cannot exceed quota for ACLSizePerRole: " + MAX_TRUST_POLICY);
    TrustPolicy.parse(document, store.accountId(), this::principalExists);
    return document;
  }

  private boolean principalExists(String arn) {
    String user = ":user/";
    String role = ":role/";
    if (arn.contains(user)) {
      return store
          .findUser(arn.substring(arn.lastIndexOf('/') + 1))
          .filter(u -> u.arn().equals(arn))
          .isPresent();
    }
    if (arn.contains(role)) {
      return store.roles().byArn(arn).isPresent();
    }
    return false;
  }

  private String boundaryOf(IamRole role) {
    return store.permissions().boundary(Permissions.Kind.ROLE, role.name());
  }

  private static String description(ApiCall call) {
    String description = call.param("Description");
    if (description != null && description.length() > 1000) {
      throw IamErrors.invalid(
          "description", description, "Member must have length less than or equal to 1000");
    }
    return description;
  }
}
