package io.firedrill.sandbox.iam;

import io.firedrill.sandbox.api.ApiCall;
import io.firedrill.sandbox.api.Operation;
import io.firedrill.sandbox.api.Outcome;
import io.firedrill.sandbox.api.ResourceRef;
import io.firedrill.sandbox.wire.Xml;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** IAM's managed-policy operations: policies and their versions. */
final class PolicyOperations {

  private static final String POLICY = "AWS::IAM::Policy";

  private final IamStore store;
  private final IamResources resources;

  PolicyOperations(IamStore store, IamResources resources) {
    this.store = store;
    this.resources = resources;
  }

  List<Operation> operations() {
    return List.of(
        Operation.write("CreatePolicy", this::createPolicy)
            .on(resources.newPolicy())
            .alsoNeeds(IamResources.taggingWith("TagPolicy")),
        Operation.read("GetPolicy", this::getPolicy).on(resources.policy()),
        Operation.read("ListPolicies", this::listPolicies).on(resources.listing("policy")),
        Operation.write("DeletePolicy", this::deletePolicy).on(resources.policy()),
        Operation.write("CreatePolicyVersion", this::createPolicyVersion).on(resources.policy()),
        Operation.read("GetPolicyVersion", this::getPolicyVersion).on(resources.policy()),
        Operation.read("ListPolicyVersions", this::listPolicyVersions).on(resources.policy()),
        Operation.write("SetDefaultPolicyVersion", this::setDefaultPolicyVersion)
            .on(resources.policy()),
        Operation.write("DeletePolicyVersion", this::deletePolicyVersion).on(resources.policy()));
  }

  /** A managed policy document: valid, and within IAM's size quota. */
  static String document(ApiCall call) {
    String document = IamParams.document(call, "PolicyDocument", "policyDocument");
    PolicyText.within(
        document,
        Policies.MAX_DOCUMENT,
        "Cannot exceed quota for PolicySize: " + Policies.MAX_DOCUMENT);
    return PolicyText.identityPolicy(document);
  }

  private Outcome createPolicy(ApiCall call) {
    String name = IamParams.policyName(call);
    String path = IamParams.policyPath(call.param("Path"));
    String description = call.param("Description");
    if (description != null && description.length() > 1000) {
      throw IamErrors.invalid(
          "description", description, "Member must have length less than or equal to 1000");
    }
    String document = document(call);
    List<Tag> tags = IamParams.tags(call);
    ManagedPolicy policy =
        store
            .policies()
            .create(
                name,
                path,
                description == null || description.isEmpty() ? null : description,
                document,
                tags);
    Xml xml = new Xml();
    IamXml.policy(xml, "Policy", policy, 0, 0, false);
    return Outcome.xml(xml.toString())
        .recording(IamRecords.createPolicy(policy))
        .about(new ResourceRef(POLICY, policy.arn()));
  }

  private Outcome getPolicy(ApiCall call) {
    ManagedPolicy policy = store.policies().policy(arn(call));
    Xml xml = new Xml();
    writePolicy(xml, "Policy", policy, true);
    return Outcome.xml(xml.toString());
  }

  private Outcome listPolicies(ApiCall call) {
    String scope = IamParams.oneOf(call, "Scope", List.of("All", "AWS", "Local"), "All");
    boolean onlyAttached = IamParams.bool(call, "OnlyAttached", false);
    String prefix = IamParams.policyPath(call.param("PathPrefix"));
    String usage =
        IamParams.oneOf(
            call, "PolicyUsageFilter", List.of("PermissionsPolicy", "PermissionsBoundary"), null);
    Permissions permissions = store.permissions();
    List<ManagedPolicy> matching = new ArrayList<>();
    for (ManagedPolicy policy : store.policies().all()) {
      boolean scoped = scope.equals("All") || (scope.equals("AWS") == policy.awsManaged());
      int attached = permissions.attachmentCount(policy.arn());
      int boundaries = permissions.boundaryCount(policy.arn());
      boolean used =
          usage == null
              ? attached + boundaries > 0
              : usage.equals("PermissionsPolicy") ? attached > 0 : boundaries > 0;
      if (scoped && policy.path().startsWith(prefix) && (!onlyAttached || used)) {
        matching.add(policy);
      }
    }
    Page<ManagedPolicy> page = Page.of(matching, call);
    Xml xml = new Xml().open("Policies");
    page.items().forEach(policy -> writePolicy(xml, "member", policy, false));
    xml.close("Policies");
    page.tail(xml);
    return Outcome.xml(xml.toString());
  }

  private Outcome deletePolicy(ApiCall call) {
    String arn = arn(call);
    store.policies().delete(arn);
    return Outcome.xml(null).about(new ResourceRef(POLICY, arn));
  }

  private Outcome createPolicyVersion(ApiCall call) {
    String arn = arn(call);
    String document = document(call);
    boolean setAsDefault = IamParams.bool(call, "SetAsDefault", false);
    ManagedPolicy.PolicyVersion version =
        store.policies().createVersion(arn, document, setAsDefault);
    Xml xml = new Xml();
    IamXml.version(xml, "PolicyVersion", version, setAsDefault, false);
    return Outcome.xml(xml.toString())
        .recording(IamRecords.createPolicyVersion(version, setAsDefault))
        .about(new ResourceRef(POLICY, arn));
  }

  private Outcome getPolicyVersion(ApiCall call) {
    String arn = arn(call);
    String versionId = IamParams.versionId(call);
    ManagedPolicy.PolicyVersion version = store.policies().version(arn, versionId);
    boolean isDefault = store.policies().policy(arn).defaultVersionId().equals(versionId);
    Xml xml = new Xml();
    IamXml.version(xml, "PolicyVersion", version, isDefault, true);
    return Outcome.xml(xml.toString());
  }

  // Newest first, as IAM lists them.
  private Outcome listPolicyVersions(ApiCall call) {
    ManagedPolicy policy = store.policies().policy(arn(call));
    List<ManagedPolicy.PolicyVersion> newestFirst = new ArrayList<>(policy.versions());
    Collections.reverse(newestFirst);
    Page<ManagedPolicy.PolicyVersion> page = Page.of(newestFirst, call);
    Xml xml = new Xml().open("Versions");
    for (ManagedPolicy.PolicyVersion version : page.items()) {
      IamXml.version(
          xml, "member", version, version.versionId().equals(policy.defaultVersionId()), false);
    }
    xml.close("Versions");
    page.tail(xml);
    return Outcome.xml(xml.toString());
  }

  private Outcome setDefaultPolicyVersion(ApiCall call) {
    String arn = arn(call);
    store.policies().setDefault(arn, IamParams.versionId(call));
    return Outcome.xml(null).about(new ResourceRef(POLICY, arn));
  }

  private Outcome deletePolicyVersion(ApiCall call) {
    String arn = arn(call);
    store.policies().deleteVersion(arn, IamParams.versionId(call));
    return Outcome.xml(null).about(new ResourceRef(POLICY, arn));
  }

  private void writePolicy(Xml xml, String element, ManagedPolicy policy, boolean full) {
    IamXml.policy(
        xml,
        element,
        policy,
        store.permissions().attachmentCount(policy.arn()),
        store.permissions().boundaryCount(policy.arn()),
        full);
  }

  private static String arn(ApiCall call) {
    return IamParams.policyArn(call, "PolicyArn", "policyArn").arn();
  }
}
