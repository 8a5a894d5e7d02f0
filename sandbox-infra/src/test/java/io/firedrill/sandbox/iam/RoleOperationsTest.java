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
import software.amazon.awssdk.services.iam.model.IamException;
import software.amazon.awssdk.services.iam.model.LimitExceededException;
import software.amazon.awssdk.services.iam.model.MalformedPolicyDocumentException;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import software.amazon.awssdk.services.iam.model.Role;
import software.amazon.awssdk.services.iam.model.Tag;

class RoleOperationsTest {

  private static final String TRUST = SandboxClients.trustPolicy("000000000000");

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
  void createsARoleAndReturnsItsTrustPolicyUrlEncoded() {
    Role created =
        iam.createRole(
                c ->
                    c.roleName("deployer")
                        .path("/ci/")
                        .description("runs the pipeline")
                        .maxSessionDuration(7200)
                        .assumeRolePolicyDocument(TRUST)
                        .tags(t -> t.key("team").value("platform")))
            .role();
    Role fetched = iam.getRole(g -> g.roleName("deployer")).role();

    assertThat(created.arn()).isEqualTo("arn:aws:iam::000000000000:role/ci/deployer");
    assertThat(created.roleId()).matches("AROA[A-Z2-7]{17}");
    assertThat(fetched.assumeRolePolicyDocument())
        .startsWith("%7B%22Version%22%3A%222012-10-17%22")
        .doesNotContain("+", " ");
    assertThat(URLDecoder.decode(fetched.assumeRolePolicyDocument(), StandardCharsets.UTF_8))
        .isEqualTo(TRUST);
    assertThat(fetched.description()).isEqualTo("runs the pipeline");
    assertThat(fetched.maxSessionDuration()).isEqualTo(7200);
    assertThat(fetched.tags()).extracting(Tag::key).containsExactly("team");
    assertThat(iam.listRoles(l -> l.pathPrefix("/ci/")).roles())
        .extracting(Role::roleName)
        .containsExactly("deployer");
  }

  @Test
  void updatesTheTrustPolicyAndTags() {
    iam.createRole(c -> c.roleName("retrusted").assumeRolePolicyDocument(TRUST));
    String narrower = SandboxClients.trustPolicy("arn:aws:iam::000000000000:role/retrusted");

    iam.updateAssumeRolePolicy(u -> u.roleName("retrusted").policyDocument(narrower));
    iam.tagRole(t -> t.roleName("retrusted").tags(tag -> tag.key("a").value("1")));
    iam.tagRole(
        t ->
            t.roleName("retrusted")
                .tags(tag -> tag.key("b").value("2"), tag -> tag.key("a").value("3")));
    iam.untagRole(u -> u.roleName("retrusted").tagKeys("b"));

    Role role = iam.getRole(g -> g.roleName("retrusted")).role();
    assertThat(URLDecoder.decode(role.assumeRolePolicyDocument(), StandardCharsets.UTF_8))
        .isEqualTo(narrower);
    assertThat(iam.listRoleTags(l -> l.roleName("retrusted")).tags())
        .extracting(t -> t.key() + "=" + t.value())
        .containsExactly("a=3");
  }

  @Test
  void answersWithIamsErrors() {
    iam.createRole(c -> c.roleName("taken").assumeRolePolicyDocument(TRUST));
    iam.attachRolePolicy(
        a -> a.roleName("taken").policyArn("arn:aws:iam::aws:policy/ReadOnlyAccess"));

    EntityAlreadyExistsException exists =
        catchThrowableOfType(
            EntityAlreadyExistsException.class,
            () -> iam.createRole(c -> c.roleName("Taken").assumeRolePolicyDocument(TRUST)));
    NoSuchEntityException missing =
        catchThrowableOfType(
            NoSuchEntityException.class, () -> iam.getRole(g -> g.roleName("absent")));
    DeleteConflictException attached =
        catchThrowableOfType(
            DeleteConflictException.class, () -> iam.deleteRole(d -> d.roleName("taken")));
    MalformedPolicyDocumentException noJson =
        catchThrowableOfType(
            MalformedPolicyDocumentException.class,
            () -> iam.createRole(c -> c.roleName("bad").assumeRolePolicyDocument("not json")));
    MalformedPolicyDocumentException unknownPrincipal =
        catchThrowableOfType(
            MalformedPolicyDocumentException.class,
            () ->
                iam.createRole(
                    c ->
                        c.roleName("bad")
                            .assumeRolePolicyDocument(
                                SandboxClients.trustPolicy(
                                    "arn:aws:iam::000000000000:user/nobody"))));
    IamException shortSession =
        catchThrowableOfType(
            IamException.class,
            () ->
                iam.createRole(
                    c -> c.roleName("bad").assumeRolePolicyDocument(TRUST).maxSessionDuration(60)));
    LimitExceededException tooLarge =
        catchThrowableOfType(
            LimitExceededException.class,
            () ->
                iam.createRole(
                    c ->
                        c.roleName("bad")
                            .assumeRolePolicyDocument(
                                TRUST.replace(
                                    "\"Effect\"",
                                    "\"Sid\":\"" + "x".repeat(2100) + "\",\"Effect\""))));

    assertThat(exists.awsErrorDetails().errorMessage())
        .isEqualTo("Role with name Taken already exists.");
    assertThat(missing.awsErrorDetails().errorMessage())
        .isEqualTo("The role with name absent cannot be found.");
    assertThat(attached.awsErrorDetails().errorMessage())
        .isEqualTo("Cannot delete entity, must detach all policies first.");
    assertThat(noJson.statusCode()).isEqualTo(400);
    assertThat(noJson.awsErrorDetails().errorCode()).isEqualTo("MalformedPolicyDocument");
    assertThat(unknownPrincipal.awsErrorDetails().errorMessage())
        .isEqualTo(
            "Invalid principal in policy: \"AWS\":\"arn:aws:iam::000000000000:user/nobody\"");
    assertThat(shortSession.awsErrorDetails().errorCode()).isEqualTo("ValidationError");
    assertThat(tooLarge.awsErrorDetails().errorMessage())
        .isEqualTo("Cannot exceed quota for ACLSizePerRole: 2048");

    iam.detachRolePolicy(
        d -> d.roleName("taken").policyArn("arn:aws:iam::aws:policy/ReadOnlyAccess"));
    iam.deleteRole(d -> d.roleName("taken"));
    assertThat(iam.listRoles().roles()).noneMatch(r -> r.roleName().equals("taken"));
  }
}
