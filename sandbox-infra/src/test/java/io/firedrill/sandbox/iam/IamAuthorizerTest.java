package io.firedrill.sandbox.iam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.firedrill.sandbox.Sandbox;
import io.firedrill.sandbox.SandboxClients;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.CloudTrailException;
import software.amazon.awssdk.services.cloudtrail.model.Event;
import software.amazon.awssdk.services.cloudtrail.model.LookupAttributeKey;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.IamException;
import software.amazon.awssdk.services.sts.StsClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** IAM policies decide every call, through the real wire, as on AWS. */
class IamAuthorizerTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String ADMIN = Sandbox.ADMINISTRATOR_ACCESS;
  private static final String READ_ONLY = "arn:aws:iam::aws:policy/ReadOnlyAccess";
  private static final String QUARANTINE = "arn:aws:iam::aws:policy/AWSCompromisedKeyQuarantineV3";

  private static Sandbox sandbox;
  private static IamClient admin;

  @BeforeAll
  static void start() {
    sandbox = Sandbox.builder().port(0).start();
    admin = SandboxClients.iam(sandbox, sandbox.adminCredentials());
    try (CloudTrailClient cloudTrail =
        SandboxClients.cloudTrail(sandbox, sandbox.adminCredentials())) {
      cloudTrail.createTrail(c -> c.name("trail-a").s3BucketName("bucket-a"));
      cloudTrail.createTrail(c -> c.name("trail-b").s3BucketName("bucket-b"));
    }
  }

  @AfterAll
  static void stop() {
    admin.close();
    sandbox.close();
  }

  @Test
  void aNewUserMayOnlyAskWhoItIsAndItsDenialsAreRecorded() {
    AwsBasicCredentials fresh = SandboxClients.newUser(sandbox, "fresh");
    try (StsClient sts = SandboxClients.sts(sandbox, fresh);
        IamClient iam = SandboxClients.iam(sandbox, fresh);
        CloudTrailClient cloudTrail = SandboxClients.cloudTrail(sandbox, fresh)) {
      assertThat(sts.getCallerIdentity().arn()).endsWith(":user/fresh");
      IamException iamDenied = catchThrowableOfType(IamException.class, iam::listUsers);
      CloudTrailException trailDenied =
          catchThrowableOfType(
              CloudTrailException.class, () -> cloudTrail.stopLogging(s -> s.name("trail-a")));

      assertThat(iamDenied.statusCode()).isEqualTo(403);
      assertThat(iamDenied.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
      assertThat(iamDenied.awsErrorDetails().errorMessage())
          .isEqualTo(
              "User: arn:aws:iam::000000000000:user/fresh is not authorized to perform:"
                  + " iam:ListUsers on resource: arn:aws:iam::000000000000:user/ because no"
                  + " identity-based policy allows the iam:ListUsers action");
      assertThat(trailDenied.statusCode()).isEqualTo(400);
      assertThat(trailDenied.awsErrorDetails().errorCode()).isEqualTo("AccessDeniedException");
      assertThat(trailDenied.awsErrorDetails().errorMessage())
          .contains("on resource: arn:aws:cloudtrail:us-east-1:000000000000:trail/trail-a");
    }
    List<JsonNode> records = records("fresh");
    assertThat(records)
        .extracting(r -> r.get("eventName").asString())
        .containsExactly("StopLogging", "ListUsers", "GetCallerIdentity");
    assertThat(records.get(0).get("errorCode").asString()).isEqualTo("AccessDenied");
    assertThat(records.get(0).get("errorMessage").asString())
        .startsWith("User: arn:aws:iam::000000000000:user/fresh is not authorized");
    assertThat(records.get(0).get("requestParameters").get("name").asString()).isEqualTo("trail-a");
  }

  @Test
  void groupsGrantTheirMembers() {
    AwsBasicCredentials member = SandboxClients.newUser(sandbox, "member");
    admin.createGroup(c -> c.groupName("readers"));
    admin.attachGroupPolicy(a -> a.groupName("readers").policyArn(READ_ONLY));
    try (IamClient iam = SandboxClients.iam(sandbox, member)) {
      assertThat(catchThrowableOfType(IamException.class, iam::listUsers)).isNotNull();

      admin.addUserToGroup(a -> a.groupName("readers").userName("member"));
      assertThat(iam.listUsers().users()).isNotEmpty();

      admin.removeUserFromGroup(r -> r.groupName("readers").userName("member"));
      assertThat(catchThrowableOfType(IamException.class, iam::listUsers)).isNotNull();
    }
  }

  @Test
  void anExplicitDenyWinsAndIsNamedInTheMessage() {
    AwsBasicCredentials leaked = SandboxClients.newAdmin(sandbox, "leaked");
    try (IamClient iam = SandboxClients.iam(sandbox, leaked)) {
      iam.createUser(c -> c.userName("before-quarantine"));

      admin.attachUserPolicy(a -> a.userName("leaked").policyArn(QUARANTINE));
      IamException managedDeny =
          catchThrowableOfType(
              IamException.class, () -> iam.createUser(c -> c.userName("after-quarantine")));
      admin.putUserPolicy(
          p ->
              p.userName("leaked")
                  .policyName("no-reading")
                  .policyDocument(
                      PolicyOperationsTest.LIST_USERS
                          .replace("\"Allow\"", "\"Deny\"")
                          .replace("iam:ListUsers", "iam:ListRoles")));
      IamException inlineDeny = catchThrowableOfType(IamException.class, iam::listRoles);

      assertThat(managedDeny.awsErrorDetails().errorMessage())
          .isEqualTo(
              "User: arn:aws:iam::000000000000:user/leaked is not authorized to perform:"
                  + " iam:CreateUser on resource: arn:aws:iam::000000000000:user/after-quarantine"
                  + " with an explicit deny in an identity-based policy: "
                  + QUARANTINE);
      assertThat(inlineDeny.awsErrorDetails().errorMessage())
          .endsWith("with an explicit deny in an identity-based policy");
      // Not every action is in the quarantine policy.
      assertThat(iam.getUser().user().userName()).isEqualTo("leaked");
    }
  }

  @Test
  void aPermissionsBoundaryCapsWhatPoliciesGrant() {
    AwsBasicCredentials capped = SandboxClients.newAdmin(sandbox, "capped-admin");
    admin.putUserPermissionsBoundary(
        p -> p.userName("capped-admin").permissionsBoundary(READ_ONLY));
    try (IamClient iam = SandboxClients.iam(sandbox, capped)) {
      assertThat(iam.listRoles().roles()).isNotNull();
      IamException denied =
          catchThrowableOfType(IamException.class, () -> iam.createGroup(c -> c.groupName("g")));

      assertThat(denied.awsErrorDetails().errorMessage())
          .endsWith("because no permissions boundary allows the iam:CreateGroup action");
    }
  }

  @Test
  void resourcesConditionsAndVariablesAreEvaluated() {
    AwsBasicCredentials scoped = SandboxClients.newUser(sandbox, "scoped");
    admin.putUserPolicy(
        p ->
            p.userName("scoped")
                .policyName("scoped")
                .policyDocument(
                    """
                    {"Version": "2012-10-17", "Statement": [
                      {"Effect": "Allow", "Action": "cloudtrail:StopLogging",
                       "Resource": "arn:aws:cloudtrail:*:*:trail/trail-a",
                       "Condition": {"IpAddress": {"aws:SourceIp": "10.0.0.0/8"}}},
                      {"Effect": "Allow", "Action": "iam:GetUser",
                       "Resource": "arn:aws:iam::*:user/${aws:username}"}
                    ]}
                    """));
    try (CloudTrailClient inside = SandboxClients.cloudTrail(sandbox, scoped, "10.1.2.3");
        CloudTrailClient outside = SandboxClients.cloudTrail(sandbox, scoped, "203.0.113.9");
        IamClient iam = SandboxClients.iam(sandbox, scoped)) {
      inside.stopLogging(s -> s.name("trail-a"));
      CloudTrailException otherTrail =
          catchThrowableOfType(
              CloudTrailException.class, () -> inside.stopLogging(s -> s.name("trail-b")));
      CloudTrailException otherPlace =
          catchThrowableOfType(
              CloudTrailException.class, () -> outside.stopLogging(s -> s.name("trail-a")));
      assertThat(iam.getUser().user().userName()).isEqualTo("scoped");
      IamException someoneElse =
          catchThrowableOfType(
              IamException.class, () -> iam.getUser(g -> g.userName(Sandbox.ADMIN_USER)));

      assertThat(otherTrail.awsErrorDetails().errorMessage()).contains("trail/trail-b");
      assertThat(otherPlace.awsErrorDetails().errorCode()).isEqualTo("AccessDeniedException");
      assertThat(someoneElse.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
    }
  }

  @Test
  void aNewDefaultVersionChangesPermissionsAtOnce() {
    AwsBasicCredentials versioned = SandboxClients.newUser(sandbox, "versioned");
    String arn =
        admin
            .createPolicy(c -> c.policyName("moving").policyDocument(PolicyOperationsTest.GET_USER))
            .policy()
            .arn();
    admin.attachUserPolicy(a -> a.userName("versioned").policyArn(arn));
    try (IamClient iam = SandboxClients.iam(sandbox, versioned)) {
      assertThat(catchThrowableOfType(IamException.class, iam::listUsers)).isNotNull();

      admin.createPolicyVersion(
          c -> c.policyArn(arn).policyDocument(PolicyOperationsTest.LIST_USERS).setAsDefault(true));

      assertThat(iam.listUsers().users()).isNotEmpty();
    }
  }

  private static List<JsonNode> records(String userName) {
    try (CloudTrailClient cloudTrail =
        SandboxClients.cloudTrail(sandbox, sandbox.adminCredentials())) {
      return cloudTrail
          .lookupEvents(
              l ->
                  l.lookupAttributes(
                      a -> a.attributeKey(LookupAttributeKey.USERNAME).attributeValue(userName)))
          .events()
          .stream()
          .map(Event::cloudTrailEvent)
          .map(JSON::readTree)
          .toList();
    }
  }
}
