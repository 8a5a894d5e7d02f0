package io.firedrill.sandbox.iam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.firedrill.sandbox.Sandbox;
import io.firedrill.sandbox.SandboxClients;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.DeleteConflictException;
import software.amazon.awssdk.services.iam.model.EntityAlreadyExistsException;
import software.amazon.awssdk.services.iam.model.InvalidInputException;
import software.amazon.awssdk.services.iam.model.LimitExceededException;
import software.amazon.awssdk.services.iam.model.MalformedPolicyDocumentException;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import software.amazon.awssdk.services.iam.model.Policy;
import software.amazon.awssdk.services.iam.model.PolicyScopeType;
import software.amazon.awssdk.services.iam.model.PolicyVersion;

class PolicyOperationsTest {

  static final String LIST_USERS =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
          + "\"Action\":\"iam:ListUsers\",\"Resource\":\"*\"}]}";
  static final String GET_USER = LIST_USERS.replace("iam:ListUsers", "iam:GetUser");

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
  void createsAPolicyAndReturnsItsDocumentUrlEncoded() {
    Policy created =
        iam.createPolicy(
                c ->
                    c.policyName("list-users")
                        .path("/team/")
                        .description("read the user list")
                        .policyDocument(LIST_USERS))
            .policy();
    Policy fetched = iam.getPolicy(g -> g.policyArn(created.arn())).policy();
    PolicyVersion v1 =
        iam.getPolicyVersion(g -> g.policyArn(created.arn()).versionId("v1")).policyVersion();

    assertThat(created.arn()).isEqualTo("arn:aws:iam::000000000000:policy/team/list-users");
    assertThat(created.policyId()).matches("ANPA[A-Z2-7]{17}");
    assertThat(created.defaultVersionId()).isEqualTo("v1");
    assertThat(created.attachmentCount()).isZero();
    assertThat(fetched.description()).isEqualTo("read the user list");
    assertThat(v1.isDefaultVersion()).isTrue();
    assertThat(v1.document()).contains("%22iam%3AListUsers%22").doesNotContain("\"");
    assertThat(URLDecoder.decode(v1.document(), StandardCharsets.UTF_8)).isEqualTo(LIST_USERS);
  }

  @Test
  void versionsUpToFiveWithADefault() {
    String arn =
        iam.createPolicy(c -> c.policyName("versioned").policyDocument(LIST_USERS)).policy().arn();
    PolicyVersion v2 =
        iam.createPolicyVersion(c -> c.policyArn(arn).policyDocument(GET_USER).setAsDefault(true))
            .policyVersion();
    for (int i = 3; i <= 5; i++) {
      iam.createPolicyVersion(c -> c.policyArn(arn).policyDocument(LIST_USERS));
    }

    LimitExceededException sixth =
        catchThrowableOfType(
            LimitExceededException.class,
            () -> iam.createPolicyVersion(c -> c.policyArn(arn).policyDocument(LIST_USERS)));
    DeleteConflictException deleteDefault =
        catchThrowableOfType(
            DeleteConflictException.class,
            () -> iam.deletePolicyVersion(d -> d.policyArn(arn).versionId("v2")));
    DeleteConflictException deleteWithVersions =
        catchThrowableOfType(
            DeleteConflictException.class, () -> iam.deletePolicy(d -> d.policyArn(arn)));

    assertThat(v2.versionId()).isEqualTo("v2");
    assertThat(v2.isDefaultVersion()).isTrue();
    assertThat(v2.document()).isNull();
    assertThat(iam.getPolicy(g -> g.policyArn(arn)).policy().defaultVersionId()).isEqualTo("v2");
    assertThat(sixth.awsErrorDetails().errorMessage())
        .isEqualTo(
            "A managed policy can have up to 5 versions. Before you create a new version, you"
                + " must delete an existing version.");
    assertThat(deleteDefault.awsErrorDetails().errorMessage())
        .isEqualTo("Cannot delete the default version of a policy.");
    assertThat(deleteWithVersions.statusCode()).isEqualTo(409);
    assertThat(iam.listPolicyVersions(l -> l.policyArn(arn)).versions())
        .extracting(PolicyVersion::versionId)
        .containsExactly("v5", "v4", "v3", "v2", "v1");

    iam.setDefaultPolicyVersion(s -> s.policyArn(arn).versionId("v4"));
    for (String old : new String[] {"v1", "v2", "v3", "v5"}) {
      iam.deletePolicyVersion(d -> d.policyArn(arn).versionId(old));
    }
    // Version ids are never reused.
    assertThat(
            iam.createPolicyVersion(c -> c.policyArn(arn).policyDocument(GET_USER))
                .policyVersion()
                .versionId())
        .isEqualTo("v6");
    iam.deletePolicyVersion(d -> d.policyArn(arn).versionId("v6"));
    iam.deletePolicy(d -> d.policyArn(arn));
    assertThat(
            catchThrowableOfType(
                NoSuchEntityException.class, () -> iam.getPolicy(g -> g.policyArn(arn))))
        .isNotNull();
  }

  @Test
  void awsManagedPoliciesResolveByArnAndListByScope() {
    String admin = "arn:aws:iam::aws:policy/AdministratorAccess";
    Policy policy = iam.getPolicy(g -> g.policyArn(admin)).policy();
    PolicyVersion version =
        iam.getPolicyVersion(g -> g.policyArn(admin).versionId(policy.defaultVersionId()))
            .policyVersion();
    iam.createPolicy(c -> c.policyName("local-only").policyDocument(LIST_USERS));

    assertThat(policy.policyName()).isEqualTo("AdministratorAccess");
    assertThat(policy.path()).isEqualTo("/");
    // firedrill-admin has it attached from the start.
    assertThat(policy.attachmentCount()).isEqualTo(1);
    assertThat(URLDecoder.decode(version.document(), StandardCharsets.UTF_8))
        .contains("\"Action\": \"*\"");
    assertThat(iam.listPolicies(l -> l.scope(PolicyScopeType.AWS)).policies())
        .extracting(Policy::arn)
        .contains(admin, "arn:aws:iam::aws:policy/AWSCompromisedKeyQuarantineV3")
        .noneMatch(arn -> arn.contains("local-only"));
    assertThat(iam.listPolicies(l -> l.scope(PolicyScopeType.LOCAL)).policies())
        .extracting(Policy::policyName)
        .contains("local-only")
        .doesNotContain("AdministratorAccess");
    assertThat(iam.listPolicies(l -> l.onlyAttached(true)).policies())
        .extracting(Policy::arn)
        .containsExactly(admin);
    assertThat(
            iam.getPolicy(g -> g.policyArn("arn:aws:iam::aws:policy/job-function/ViewOnlyAccess"))
                .policy()
                .path())
        .isEqualTo("/job-function/");
  }

  @Test
  void answersWithIamsErrors() {
    iam.createPolicy(c -> c.policyName("unique").policyDocument(LIST_USERS));

    EntityAlreadyExistsException exists =
        catchThrowableOfType(
            EntityAlreadyExistsException.class,
            () -> iam.createPolicy(c -> c.policyName("unique").policyDocument(LIST_USERS)));
    MalformedPolicyDocumentException principal =
        catchThrowableOfType(
            MalformedPolicyDocumentException.class,
            () ->
                iam.createPolicy(
                    c ->
                        c.policyName("with-principal")
                            .policyDocument(
                                LIST_USERS.replace(
                                    "\"Effect\"", "\"Principal\":{\"AWS\":\"*\"},\"Effect\""))));
    MalformedPolicyDocumentException notJson =
        catchThrowableOfType(
            MalformedPolicyDocumentException.class,
            () -> iam.createPolicy(c -> c.policyName("broken").policyDocument("{\"Statement\":")));
    InvalidInputException badArn =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> iam.getPolicy(g -> g.policyArn("arn:aws:s3:::not-a-policy-at-all")));
    NoSuchEntityException unknown =
        catchThrowableOfType(
            NoSuchEntityException.class,
            () -> iam.getPolicy(g -> g.policyArn("arn:aws:iam::aws:policy/NoSuchPolicy")));
    NoSuchEntityException noVersion =
        catchThrowableOfType(
            NoSuchEntityException.class,
            () ->
                iam.getPolicyVersion(
                    g -> g.policyArn("arn:aws:iam::000000000000:policy/unique").versionId("v9")));
    LimitExceededException tooBig =
        catchThrowableOfType(
            LimitExceededException.class,
            () ->
                iam.createPolicy(
                    c ->
                        c.policyName("huge")
                            .policyDocument(
                                LIST_USERS.replace(
                                    "\"iam:ListUsers\"",
                                    "[" + "\"iam:ListUsers\",".repeat(400) + "\"iam:GetUser\"]"))));

    assertThat(exists.awsErrorDetails().errorMessage())
        .isEqualTo("A policy called unique already exists. Duplicate names are not allowed.");
    assertThat(principal.awsErrorDetails().errorMessage())
        .isEqualTo("Policy document should not specify a principal.");
    assertThat(notJson.awsErrorDetails().errorMessage()).isEqualTo("Syntax errors in policy.");
    assertThat(badArn.awsErrorDetails().errorMessage())
        .isEqualTo("ARN arn:aws:s3:::not-a-policy-at-all is not valid.");
    assertThat(unknown.awsErrorDetails().errorMessage())
        .isEqualTo("Policy arn:aws:iam::aws:policy/NoSuchPolicy was not found.");
    assertThat(noVersion.statusCode()).isEqualTo(404);
    assertThat(tooBig.awsErrorDetails().errorMessage())
        .isEqualTo("Cannot exceed quota for PolicySize: 6144");
  }
}
