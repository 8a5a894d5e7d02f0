package io.firedrill.sandbox.iam;

import io.firedrill.sandbox.api.ApiCall;
import io.firedrill.sandbox.api.Operation;
import io.firedrill.sandbox.api.Operation.ResourceNamer;
import io.firedrill.sandbox.api.Outcome;
import io.firedrill.sandbox.api.ResourceRef;
import io.firedrill.sandbox.iam.Permissions.Kind;
import io.firedrill.sandbox.wire.Xml;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Who has which policy, through IAM's API: attaching and detaching managed policies, inline
 * policies, and permissions boundaries, for users, groups and roles alike. Each operation exists
 * once per kind of entity ({@code AttachUserPolicy}, {@code AttachGroupPolicy}, {@code
 * AttachRolePolicy}) and differs only in the entity parameter.
 */
final class PermissionOperations {

  private static final String POLICY = "AWS::IAM::Policy";

  private final IamStore store;
  private final IamResources resources;

  PermissionOperations(IamStore store, IamResources resources) {
    this.store = store;
    this.resources = resources;
  }

  List<Operation> operations() {
    List<Operation> operations = new ArrayList<>();
    for (Kind kind : Kind.values()) {
      String word = noun(kind);
      ResourceNamer entity = entityResource(kind);
      operations.add(
          Operation.write("Attach" + word + "Policy", call -> attach(call, kind)).on(entity));
      operations.add(
          Operation.write("Detach" + word + "Policy", call -> detach(call, kind)).on(entity));
      operations.add(
          Operation.read("ListAttached" + word + "Policies", call -> listAttached(call, kind))
              .on(entity));
      operations.add(
          Operation.write("Put" + word + "Policy", call -> putInline(call, kind)).on(entity));
      operations.add(
          Operation.read("Get" + word + "Policy", call -> getInline(call, kind)).on(entity));
      operations.add(
          Operation.write("Delete" + word + "Policy", call -> deleteInline(call, kind)).on(entity));
      operations.add(
          Operation.read("List" + word + "Policies", call -> listInline(call, kind)).on(entity));
      if (kind != Kind.GROUP) {
        operations.add(
            Operation.write("Put" + word + "PermissionsBoundary", call -> putBoundary(call, kind))
                .on(entity));
        operations.add(
            Operation.write(
                    "Delete" + word + "PermissionsBoundary", call -> deleteBoundary(call, kind))
                .on(entity));
      }
    }
    return operations;
  }

  private Outcome attach(ApiCall call, Kind kind) {
    String name = entity(call, kind);
    String arn = IamParams.policyArn(call, "PolicyArn", "policyArn").arn();
    store.permissions().attach(kind, name, store.policies().attachable(arn).arn());
    return about(kind, name, arn);
  }

  private Outcome detach(ApiCall call, Kind kind) {
    String name = entity(call, kind);
    String arn = IamParams.policyArn(call, "PolicyArn", "policyArn").arn();
    store.permissions().detach(kind, name, arn);
    return about(kind, name, arn);
  }

  private Outcome listAttached(ApiCall call, Kind kind) {
    String name = entity(call, kind);
    String prefix = IamParams.policyPath(call.param("PathPrefix"));
    List<String> matching =
        store.permissions().attached(kind, name).stream()
            .filter(arn -> PolicyArn.parse(arn).path().startsWith(prefix))
            .toList();
    Page<String> page = Page.of(matching, call);
    Xml xml = new Xml();
    IamXml.attached(xml, "AttachedPolicies", page.items());
    page.tail(xml);
    return Outcome.xml(xml.toString());
  }

  private Outcome putInline(ApiCall call, Kind kind) {
    String name = entity(call, kind);
    String policyName = IamParams.policyName(call);
    String document =
        PolicyText.identityPolicy(IamParams.document(call, "PolicyDocument", "policyDocument"));
    store.permissions().putInline(kind, name, policyName, document);
    return Outcome.xml(null).about(entityRef(kind, name));
  }

  private Outcome getInline(ApiCall call, Kind kind) {
    String name = entity(call, kind);
    Map.Entry<String, String> policy =
        store.permissions().inline(kind, name, IamParams.policyName(call));
    Xml xml =
        new Xml()
            .element(noun(kind) + "Name", name)
            .element("PolicyName", policy.getKey())
            .element("PolicyDocument", PolicyText.encoded(policy.getValue()));
    return Outcome.xml(xml.toString());
  }

  private Outcome deleteInline(ApiCall call, Kind kind) {
    String name = entity(call, kind);
    store.permissions().deleteInline(kind, name, IamParams.policyName(call));
    return Outcome.xml(null).about(entityRef(kind, name));
  }

  private Outcome listInline(ApiCall call, Kind kind) {
    String name = entity(call, kind);
    Page<String> page =
        Page.of(new ArrayList<>(store.permissions().inlines(kind, name).keySet()), call);
    Xml xml = new Xml().open("PolicyNames");
    page.items().forEach(policyName -> xml.element("member", policyName));
    xml.close("PolicyNames");
    page.tail(xml);
    return Outcome.xml(xml.toString());
  }

  private Outcome putBoundary(ApiCall call, Kind kind) {
    String name = entity(call, kind);
    String arn = IamParams.policyArn(call, "PermissionsBoundary", "permissionsBoundary").arn();
    store.permissions().setBoundary(kind, name, store.policies().attachable(arn).arn());
    return about(kind, name, arn);
  }

  private Outcome deleteBoundary(ApiCall call, Kind kind) {
    String name = entity(call, kind);
    store.permissions().clearBoundary(kind, name);
    return Outcome.xml(null).about(entityRef(kind, name));
  }

  /** The entity's name as created; NoSuchEntity when it does not exist. */
  private String entity(ApiCall call, Kind kind) {
    return switch (kind) {
      case USER -> store.user(IamParams.name(call, "UserName", "userName", 128, true)).name();
      case GROUP -> store.groups().group(IamParams.groupName(call)).name();
      case ROLE -> store.roles().role(IamParams.roleName(call)).name();
    };
  }

  private ResourceNamer entityResource(Kind kind) {
    return switch (kind) {
      case USER -> resources.user();
      case GROUP -> resources.group();
      case ROLE -> resources.role();
    };
  }

  private static Outcome about(Kind kind, String name, String policyArn) {
    return Outcome.xml(null).about(entityRef(kind, name), new ResourceRef(POLICY, policyArn));
  }

  private static ResourceRef entityRef(Kind kind, String name) {
    return new ResourceRef("AWS::IAM::" + noun(kind), name);
  }

  private static String noun(Kind kind) {
    return switch (kind) {
      case USER -> "User";
      case GROUP -> "Group";
      case ROLE -> "Role";
    };
  }
}
