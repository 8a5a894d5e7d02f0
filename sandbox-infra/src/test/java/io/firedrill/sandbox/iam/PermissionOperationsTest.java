package io.firedrill.sandbox.iam;

import static io.firedrill.sandbox.iam.PolicyOperationsTest.GET_USER;
import static io.firedrill.sandbox.iam.PolicyOperationsTest.LIST_USERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.firedrill.sandbox.Sandbox;
import io.firedrill.sandbox.SandboxClients;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AttachedPolicy;
import software.amazon.awssdk.services.iam.model.DeleteConflictException;
import software.amazon.awssdk.services.iam.model.GetRolePolicyResponse;
import software.amazon.awssdk.services.iam.model.LimitExceededException;
import software.amazon.awssdk.services.iam.model.MalformedPolicyDocumentException;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;

class PermissionOperationsTest {

  private static final String READ_ONLY = "arn:aws:iam::aws:policy/ReadOnlyAccess";
  private static final String VIEW_ONLY = "arn:aws:iam::aws:policy/job-function/ViewOnlyAccess";

  private static Sandbox sandbox;
  private static IamClient iam;

  @BeforeAll
  static void start() {
    sandbox = Sandbox.builder().port(0).start();
    iam = SandboxClients.iam(sandbox, sandbox.adminCredentials());
  }

  @AfterAll
  static void stop() {
    iam.close();
    sandbox.close();
  }

  @Test
  void attachesAndDetachesManagedPoliciesToUsersGroupsAndRoles() {
    iam.createUser(c -> c.userName("attached-user"));
    iam.createGroup(c -> c.groupName("attached-group"));
    iam.createRole(
        c ->
            c.roleName("attached-role")
                .assumeRolePolicyDocument(SandboxClients.trustPolicy("000000000000")));
    String local =
        iam.createPolicy(c -> c.policyName("local").path("/mine/").policyDocument(LIST_USERS))
            .policy()
            .arn();

    iam.attachUserPolicy(a -> a.userName("attached-user").policyArn(READ_ONLY));
    iam.attachUserPolicy(a -> a.userName("attached-user").policyArn(local));
    iam.attachUserPolicy(a -> a.userName("attached-user").policyArn(local));
    iam.attachGroupPolicy(a -> a.groupName("attached-group").policyArn(VIEW_ONLY));
    iam.attachRolePolicy(a -> a.roleName("attached-role").policyArn(local));

    assertThat(iam.listAttachedUserPolicies(l -> l.userName("attached-user")).attachedPolicies())
        .extracting(AttachedPolicy::policyName, AttachedPolicy::policyArn)
        .containsExactly(tuple("ReadOnlyAccess", READ_ONLY), tuple("local", local));
    assertThat(
            iam.listAttachedUserPolicies(l -> l.userName("attached-user").pathPrefix("/mine/"))
                .attachedPolicies())
        .extracting(AttachedPolicy::policyArn)
        .containsExactly(local);
    assertThat(iam.listAttachedGroupPolicies(l -> l.groupName("attached-group")).attachedPolicies())
        .extracting(AttachedPolicy::policyName)
        .containsExactly("ViewOnlyAccess");
    assertThat(iam.getPolicy(g -> g.policyArn(local)).policy().attachmentCount()).isEqualTo(2);
    DeleteConflictException inUse =
        catchThrowableOfType(
            DeleteConflictException.class, () -> iam.deletePolicy(d -> d.policyArn(local)));
    assertThat(inUse.awsErrorDetails().errorMessage())
        .isEqualTo("Cannot delete a policy attached to entities.");

    iam.detachUserPolicy(d -> d.userName("attached-user").policyArn(local));
    iam.detachRolePolicy(d -> d.roleName("attached-role").policyArn(local));
    assertThat(iam.listAttachedRolePolicies(l -> l.roleName("attached-role")).attachedPolicies())
        .isEmpty();
    NoSuchEntityException notAttached =
        catchThrowableOfType(
            NoSuchEntityException.class,
            () -> iam.detachUserPolicy(d -> d.userName("attached-user").policyArn(local)));
    assertThat(notAttached.awsErrorDetails().errorMessage())
        .isEqualTo("Policy " + local + " was not found.");
  }

  @Test
  void attachingAnUnknownPolicyOrTooManyFails() {
    iam.createUser(c -> c.userName("collector"));
    NoSuchEntityException unknown =
        catchThrowableOfType(
            NoSuchEntityException.class,
            () ->
                iam.attachUserPolicy(
                    a ->
                        a.userName("collector")
                            .policyArn("arn:aws:iam::aws:policy/NotAManagedPolicy")));
    for (int i = 1; i <= 10; i++) {
      String name = "p" + i;
      String arn =
          iam.createPolicy(c -> c.policyName(name).policyDocument(LIST_USERS)).policy().arn();
      iam.attachUserPolicy(a -> a.userName("collector").policyArn(arn));
    }
    LimitExceededException eleventh =
        catchThrowableOfType(
            LimitExceededException.class,
            () -> iam.attachUserPolicy(a -> a.userName("collector").policyArn(READ_ONLY)));

    assertThat(unknown.awsErrorDetails().errorMessage())
        .isEqualTo(
            "Policy arn:aws:iam::aws:policy/NotAManagedPolicy does not exist or is not attachable.");
    assertThat(eleventh.awsErrorDetails().errorMessage())
        .isEqualTo("Cannot exceed quota for PoliciesPerUser: 10");
  }

  @Test
  void keepsInlinePoliciesAndReturnsThemUrlEncoded() {
    iam.createUser(c -> c.userName("inline-user"));
    iam.createGroup(c -> c.groupName("inline-group"));
    iam.createRole(
        c ->
            c.roleName("inline-role")
                .assumeRolePolicyDocument(SandboxClients.trustPolicy("000000000000")));

    iam.putUserPolicy(
        p -> p.userName("inline-user").policyName("b-list").policyDocument(LIST_USERS));
    iam.putUserPolicy(p -> p.userName("inline-user").policyName("a-get").policyDocument(GET_USER));
    iam.putUserPolicy(
        p -> p.userName("inline-user").policyName("a-get").policyDocument(LIST_USERS));
    iam.putGroupPolicy(p -> p.groupName("inline-group").policyName("g").policyDocument(GET_USER));
    iam.putRolePolicy(p -> p.roleName("inline-role").policyName("r").policyDocument(GET_USER));
    GetRolePolicyResponse rolePolicy =
        iam.getRolePolicy(g -> g.roleName("inline-role").policyName("r"));

    assertThat(iam.listUserPolicies(l -> l.userName("inline-user")).policyNames())
        .containsExactly("a-get", "b-list");
    assertThat(
            URLDecoder.decode(
                iam.getUserPolicy(g -> g.userName("inline-user").policyName("a-get"))
                    .policyDocument(),
                StandardCharsets.UTF_8))
        .isEqualTo(LIST_USERS);
    assertThat(iam.listGroupPolicies(l -> l.groupName("inline-group")).policyNames())
        .containsExactly("g");
    assertThat(rolePolicy.roleName()).isEqualTo("inline-role");
    assertThat(rolePolicy.policyDocument()).startsWith("%7B");
    DeleteConflictException userHasPolicies =
        catchThrowableOfType(
            DeleteConflictException.class, () -> iam.deleteUser(d -> d.userName("inline-user")));
    assertThat(userHasPolicies.awsErrorDetails().errorMessage())
        .isEqualTo("Cannot delete entity, must delete policies first.");

    iam.deleteUserPolicy(d -> d.userName("inline-user").policyName("a-get"));
    iam.deleteUserPolicy(d -> d.userName("inline-user").policyName("b-list"));
    iam.deleteGroupPolicy(d -> d.groupName("inline-group").policyName("g"));
    iam.deleteRolePolicy(d -> d.roleName("inline-role").policyName("r"));
    NoSuchEntityException gone =
        catchThrowableOfType(
            NoSuchEntityException.class,
            () -> iam.getRolePolicy(g -> g.roleName("inline-role").policyName("r")));
    assertThat(gone.awsErrorDetails().errorMessage())
        .isEqualTo("The role policy with name r cannot be found.");
    iam.deleteUser(d -> d.userName("inline-user"));
  }

  @Test
  void inlinePoliciesAreValidatedAndLimitedInSize() {
    iam.createUser(c -> c.userName("inline-limits"));
    String large =
        LIST_USERS.replace(
            "\"iam:ListUsers\"", "[" + "\"iam:ListUsers\",".repeat(150) + "\"iam:GetUser\"]");

    MalformedPolicyDocumentException malformed =
        catchThrowableOfType(
            MalformedPolicyDocumentException.class,
            () ->
                iam.putUserPolicy(
                    p ->
                        p.userName("inline-limits")
                            .policyName("bad")
                            .policyDocument(LIST_USERS.replace("Allow", "allow"))));
    LimitExceededException tooLarge =
        catchThrowableOfType(
            LimitExceededException.class,
            () ->
                iam.putUserPolicy(
                    p -> p.userName("inline-limits").policyName("big").policyDocument(large)));

    assertThat(malformed.awsErrorDetails().errorMessage())
        .isEqualTo("The policy failed legacy parsing");
    assertThat(tooLarge.awsErrorDetails().errorMessage())
        .isEqualTo("Maximum policy size of 2048 bytes exceeded for user inline-limits");
    // A role's inline policies may be five times larger.
    iam.createRole(
        c ->
            c.roleName("roomy")
                .assumeRolePolicyDocument(SandboxClients.trustPolicy("000000000000")));
    iam.putRolePolicy(p -> p.roleName("roomy").policyName("big").policyDocument(large));
  }

  @Test
  void setsAndRemovesPermissionsBoundaries() {
    iam.createUser(c -> c.userName("bounded"));
    iam.createRole(
        c ->
            c.roleName("bounded-role")
                .assumeRolePolicyDocument(SandboxClients.trustPolicy("000000000000"))
                .permissionsBoundary(READ_ONLY));

    iam.putUserPermissionsBoundary(p -> p.userName("bounded").permissionsBoundary(VIEW_ONLY));

    assertThat(
            iam.getUser(g -> g.userName("bounded"))
                .user()
                .permissionsBoundary()
                .permissionsBoundaryArn())
        .isEqualTo(VIEW_ONLY);
    assertThat(
            iam.getRole(g -> g.roleName("bounded-role"))
                .role()
                .permissionsBoundary()
                .permissionsBoundaryTypeAsString())
        .isEqualTo("Policy");
    assertThat(iam.getPolicy(g -> g.policyArn(VIEW_ONLY)).policy().permissionsBoundaryUsageCount())
        .isEqualTo(1);

    iam.deleteUserPermissionsBoundary(d -> d.userName("bounded"));
    iam.deleteRolePermissionsBoundary(d -> d.roleName("bounded-role"));
    assertThat(iam.getUser(g -> g.userName("bounded")).user().permissionsBoundary()).isNull();
    assertThat(iam.getRole(g -> g.roleName("bounded-role")).role().permissionsBoundary()).isNull();
    assertThat(
            catchThrowableOfType(
                NoSuchEntityException.class,
                () -> iam.deleteUserPermissionsBoundary(d -> d.userName("bounded"))))
        .isNotNull();
  }
}
