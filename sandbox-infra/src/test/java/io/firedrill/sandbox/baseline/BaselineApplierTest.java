package io.firedrill.sandbox.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.firedrill.sandbox.Sandbox;
import io.firedrill.sandbox.SandboxClients;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Tag;
import software.amazon.awssdk.services.cloudtrail.model.Trail;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AttachedPolicy;
import software.amazon.awssdk.services.iam.model.EntityAlreadyExistsException;
import software.amazon.awssdk.services.iam.model.IamException;
import software.amazon.awssdk.services.iam.model.User;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sts.StsClient;

class BaselineApplierTest {

  @Test
  void appliesTheStandardBaselineThroughTheSdk() {
    Baseline standard = Baseline.load(BaselineTest.baselines().resolve("standard.yaml"));
    try (Sandbox sandbox = Sandbox.builder().port(0).start()) {
      AppliedBaseline applied = apply(standard, sandbox);

      assertThat(applied.accountId()).isEqualTo(sandbox.accountId());
      assertThat(applied.accessKeys())
          .containsOnlyKeys("dev-frank", "blue-responder", "dave-ops", "ci-bot");
      assertThat(applied.trailArns())
          .containsExactly("arn:aws:cloudtrail:us-east-1:000000000000:trail/management-events");
      try (IamClient iam = SandboxClients.iam(sandbox, sandbox.adminCredentials());
          CloudTrailClient cloudTrail =
              SandboxClients.cloudTrail(sandbox, sandbox.adminCredentials())) {
        for (String name : List.of("dev-frank", "blue-responder")) {
          User user = iam.getUser(get -> get.userName(name)).user();
          assertThat(user.tags())
              .singleElement()
              .satisfies(
                  tag ->
                      assertThat(tag.key() + "=" + tag.value())
                          .isEqualTo("firedrill:baseline=standard"));
          assertThat(iam.listAccessKeys(list -> list.userName(name)).accessKeyMetadata())
              .singleElement()
              .satisfies(
                  key ->
                      assertThat(key.accessKeyId())
                          .isEqualTo(applied.accessKeys().get(name).accessKeyId()));
        }
        Trail trail =
            cloudTrail.describeTrails(d -> d.trailNameList("management-events")).trailList().get(0);
        assertThat(trail.s3BucketName()).isEqualTo("firedrill-trail-logs");
        assertThat(cloudTrail.getTrailStatus(get -> get.name("management-events")).isLogging())
            .isTrue();
        List<Tag> tags =
            cloudTrail
                .listTags(list -> list.resourceIdList(trail.trailARN()))
                .resourceTagList()
                .get(0)
                .tagsList();
        assertThat(tags)
            .extracting(t -> t.key() + "=" + t.value())
            .containsExactly("firedrill:baseline=standard");
      }
      // The trail's bucket exists, tagged, and lets CloudTrail (and no one else) write to it.
      try (S3Client s3 =
          S3Client.builder()
              .endpointOverride(sandbox.endpoint())
              .forcePathStyle(true)
              .region(Region.US_EAST_1)
              .credentialsProvider(StaticCredentialsProvider.create(sandbox.adminCredentials()))
              .build()) {
        assertThat(s3.getBucketTagging(g -> g.bucket("firedrill-trail-logs")).tagSet())
            .extracting(t -> t.key() + "=" + t.value())
            .containsExactly("firedrill:baseline=standard");
        assertThat(s3.getBucketPolicy(g -> g.bucket("firedrill-trail-logs")).policy())
            .contains("cloudtrail.amazonaws.com");
        assertThat(
                s3.getBucketPolicyStatus(g -> g.bucket("firedrill-trail-logs"))
                    .policyStatus()
                    .isPublic())
            .isFalse();
      }
      AwsBasicCredentials frank = applied.accessKeys().get("dev-frank");
      AwsBasicCredentials blue = applied.accessKeys().get("blue-responder");
      try (StsClient sts = SandboxClients.sts(sandbox, frank);
          IamClient iam = SandboxClients.iam(sandbox, frank);
          CloudTrailClient asFrank = SandboxClients.cloudTrail(sandbox, frank);
          CloudTrailClient asBlue = SandboxClients.cloudTrail(sandbox, blue)) {
        assertThat(sts.getCallerIdentity().arn())
            .isEqualTo("arn:aws:iam::000000000000:user/dev-frank");
        assertThat(iam.listAttachedUserPolicies(l -> l.userName("dev-frank")).attachedPolicies())
            .extracting(AttachedPolicy::policyArn)
            .containsExactly(Sandbox.ADMINISTRATOR_ACCESS);
        // What the exercises need: the developer can blind the trail, the blue team restart it.
        asFrank.stopLogging(stop -> stop.name("management-events"));
        asBlue.startLogging(start -> start.name("management-events"));
        assertThat(asBlue.lookupEvents(l -> l.maxResults(1)).events()).hasSize(1);
      }
      try (Ec2Client ec2 = SandboxClients.ec2(sandbox, sandbox.adminCredentials())) {
        String vpc =
            ec2.describeSecurityGroups(d -> d.groupNames("default"))
                .securityGroups()
                .get(0)
                .vpcId();
        assertThat(ec2.describeFlowLogs().flowLogs())
            .singleElement()
            .satisfies(
                log -> {
                  assertThat(log.resourceId()).isEqualTo(vpc);
                  assertThat(log.trafficTypeAsString()).isEqualTo("ALL");
                  assertThat(log.logDestination()).isEqualTo("arn:aws:s3:::firedrill-flow-logs");
                });
      }
    }
  }

  @Test
  void attachesPoliciesAndCreatesRolesTheirPrincipalsCanAssume() {
    Baseline baseline =
        Baseline.parse(
            """
            name: roles
            users:
              - name: analyst
                accessKey: true
                policies: [arn:aws:iam::aws:policy/ReadOnlyAccess]
              - name: nobody
                accessKey: true
            roles:
              - name: responder
                trust: user/nobody
                policies: [arn:aws:iam::aws:policy/AdministratorAccess]
            """,
            "roles.yaml");
    try (Sandbox sandbox = Sandbox.builder().port(0).start()) {
      AppliedBaseline applied = apply(baseline, sandbox);

      assertThat(applied.roleArns())
          .containsExactly(Map.entry("responder", "arn:aws:iam::000000000000:role/responder"));
      try (IamClient analyst = SandboxClients.iam(sandbox, applied.accessKeys().get("analyst"));
          IamClient nobody = SandboxClients.iam(sandbox, applied.accessKeys().get("nobody"));
          StsClient nobodySts = SandboxClients.sts(sandbox, applied.accessKeys().get("nobody"))) {
        assertThat(analyst.getRole(g -> g.roleName("responder")).role().roleName())
            .isEqualTo("responder");
        assertThat(
                catchThrowableOfType(
                        IamException.class, () -> analyst.createUser(c -> c.userName("x")))
                    .statusCode())
            .isEqualTo(403);
        assertThat(catchThrowableOfType(IamException.class, nobody::listUsers).statusCode())
            .isEqualTo(403);
        // Named in the trust policy, the user needs no policy of its own to assume the role.
        String assumed =
            nobodySts
                .assumeRole(
                    a -> a.roleArn(applied.roleArns().get("responder")).roleSessionName("on-call"))
                .assumedRoleUser()
                .arn();
        assertThat(assumed).isEqualTo("arn:aws:sts::000000000000:assumed-role/responder/on-call");
      }
    }
  }

  @Test
  void createsCustomerManagedPoliciesForTheUsersThatNameThem() {
    Baseline baseline =
        Baseline.parse(
            """
            name: own-policies
            policies:
              - name: read-trails
                document: >-
                  {"Version":"2012-10-17","Statement":[{"Effect":"Allow",
                  "Action":"cloudtrail:DescribeTrails","Resource":"*"}]}
            users:
              - name: auditor
                accessKey: true
                policies: [policy/read-trails]
            """,
            "own-policies.yaml");
    try (Sandbox sandbox = Sandbox.builder().port(0).start()) {
      AppliedBaseline applied = apply(baseline, sandbox);

      AwsBasicCredentials auditor = applied.accessKeys().get("auditor");
      try (IamClient iam = SandboxClients.iam(sandbox, sandbox.adminCredentials());
          CloudTrailClient asAuditor = SandboxClients.cloudTrail(sandbox, auditor);
          IamClient iamAsAuditor = SandboxClients.iam(sandbox, auditor)) {
        assertThat(iam.listAttachedUserPolicies(l -> l.userName("auditor")).attachedPolicies())
            .extracting(AttachedPolicy::policyArn)
            .containsExactly("arn:aws:iam::000000000000:policy/read-trails");
        assertThat(asAuditor.describeTrails().trailList()).isEmpty();
        assertThat(catchThrowableOfType(IamException.class, iamAsAuditor::listUsers).statusCode())
            .isEqualTo(403);
      }
    }
  }

  @Test
  void refusesAPolicyNameNoPolicyHas() {
    assertThat(
            catchThrowableOfType(
                    BaselineException.class,
                    () ->
                        Baseline.parse(
                            """
                            name: dangling
                            users:
                              - name: someone
                                policies: [policy/nowhere]
                            """,
                            "dangling.yaml"))
                .getMessage())
        .startsWith("dangling.yaml:1:")
        .contains("'policy/nowhere' names no policy");
  }

  @Test
  void createsRatherThanAdoptsExistingResources() {
    Baseline baseline =
        new Baseline("again", "", List.of(new BaselineUser("twice", false, List.of())), List.of());
    try (Sandbox sandbox = Sandbox.builder().port(0).start()) {
      apply(baseline, sandbox);

      EntityAlreadyExistsException error =
          catchThrowableOfType(EntityAlreadyExistsException.class, () -> apply(baseline, sandbox));

      assertThat(error.awsErrorDetails().errorMessage())
          .isEqualTo("User with name twice already exists.");
    }
  }

  private static AppliedBaseline apply(Baseline baseline, Sandbox sandbox) {
    return BaselineApplier.apply(
        baseline,
        sandbox.endpoint(),
        sandbox.region(),
        StaticCredentialsProvider.create(sandbox.adminCredentials()));
  }
}
