package io.firedrill.sandbox.cloudtrail;

import static org.assertj.core.api.Assertions.catchThrowable;

import io.firedrill.sandbox.Sandbox;
import io.firedrill.sandbox.SandboxClients;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.LookupAttributeKey;
import software.amazon.awssdk.services.cloudtrail.model.LookupEventsResponse;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.FlowLogsResourceType;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.OperationType;
import software.amazon.awssdk.services.ec2.model.SnapshotAttributeName;
import software.amazon.awssdk.services.ec2.model.TrafficType;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.StatusType;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sts.StsClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes, through the SDK, one call of every kind the sandbox records (IAM, CloudTrail, EC2, S3 and
 * role sessions, some failing on purpose) as the IAM user {@code parity}, and returns the records
 * CloudTrail then holds for that user: what {@link EventRecordsTest} holds against real records.
 */
final class EveryOperation {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String ACCOUNT = "000000000000";
  private static final String READ_ONLY = "arn:aws:iam::aws:policy/ReadOnlyAccess";
  private static final String DOCUMENT =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
          + "\"Action\":\"iam:ListUsers\",\"Resource\":\"*\"}]}";

  private EveryOperation() {}

  static List<JsonNode> record() {
    try (Sandbox sandbox = Sandbox.builder().port(0).start()) {
      AwsBasicCredentials user =
          SandboxClients.newUser(sandbox, "parity", Sandbox.ADMINISTRATOR_ACCESS);
      try (StsClient sts = SandboxClients.sts(sandbox, user);
          IamClient iam = SandboxClients.iam(sandbox, user);
          CloudTrailClient cloudTrail = SandboxClients.cloudTrail(sandbox, user);
          Ec2Client ec2 = SandboxClients.ec2(sandbox, user)) {
        sts.getCallerIdentity();
        iam.createUser(c -> c.userName("target").tags(t -> t.key("k").value("v")));
        iam.getUser(g -> g.userName("target"));
        iam.listUsers();
        String keyId = iam.createAccessKey(c -> c.userName("target")).accessKey().accessKeyId();
        iam.listAccessKeys(l -> l.userName("target"));
        iam.updateAccessKey(
            u -> u.userName("target").accessKeyId(keyId).status(StatusType.INACTIVE));
        iam.deleteAccessKey(d -> d.userName("target").accessKeyId(keyId));
        recordIamOperations(iam);
        iam.deleteUser(d -> d.userName("target"));
        cloudTrail.createTrail(c -> c.name("parity-trail").s3BucketName("parity-bucket"));
        cloudTrail.describeTrails();
        cloudTrail.startLogging(s -> s.name("parity-trail"));
        cloudTrail.getTrailStatus(g -> g.name("parity-trail"));
        cloudTrail.putEventSelectors(
            p ->
                p.trailName("parity-trail")
                    .eventSelectors(
                        e -> e.readWriteType("ReadOnly").includeManagementEvents(false)));
        cloudTrail.getEventSelectors(g -> g.trailName("parity-trail"));
        cloudTrail.stopLogging(s -> s.name("parity-trail"));
        cloudTrail.lookupEvents(l -> l.maxResults(5));
        cloudTrail.deleteTrail(d -> d.name("parity-trail"));
        catchThrowable(() -> cloudTrail.startLogging(s -> s.name("parity-trail")));
        catchThrowable(() -> cloudTrail.stopLogging(s -> s.name("parity-trail")));
        catchThrowable(() -> cloudTrail.deleteTrail(d -> d.name("parity-trail")));
        recordEc2Operations(ec2);
        recordS3Operations(sandbox, user);
        recordSessions(sandbox, user, sts);
      }
      return records(sandbox, "parity");
    }
  }

  private static void recordIamOperations(IamClient iam) {
    iam.createLoginProfile(c -> c.userName("target").password("Parity-Passw0rd!"));
    iam.getLoginProfile(g -> g.userName("target"));
    iam.updateLoginProfile(u -> u.userName("target").password("Parity-Passw0rd!2"));
    iam.deleteLoginProfile(d -> d.userName("target"));
    catchThrowable(() -> iam.deleteLoginProfile(d -> d.userName("target")));
    iam.createGroup(c -> c.groupName("parity-group"));
    iam.addUserToGroup(a -> a.groupName("parity-group").userName("target"));
    iam.listGroupsForUser(l -> l.userName("target"));
    iam.removeUserFromGroup(r -> r.groupName("parity-group").userName("target"));
    iam.deleteGroup(d -> d.groupName("parity-group"));
    iam.attachUserPolicy(a -> a.userName("target").policyArn(READ_ONLY));
    iam.detachUserPolicy(d -> d.userName("target").policyArn(READ_ONLY));
    String policy =
        iam.createPolicy(c -> c.policyName("parity-policy").policyDocument(DOCUMENT))
            .policy()
            .arn();
    iam.getPolicy(g -> g.policyArn(policy));
    iam.getPolicyVersion(g -> g.policyArn(policy).versionId("v1"));
    iam.listPolicyVersions(l -> l.policyArn(policy));
    iam.deletePolicy(d -> d.policyArn(policy));
    iam.createRole(
        c ->
            c.roleName("parity-role")
                .maxSessionDuration(3600)
                .assumeRolePolicyDocument(SandboxClients.trustPolicy(ACCOUNT))
                .tags(t -> t.key("k").value("v")));
    iam.getRole(g -> g.roleName("parity-role"));
    catchThrowable(() -> iam.getRole(g -> g.roleName("no-such-role")));
    iam.updateAssumeRolePolicy(
        u -> u.roleName("parity-role").policyDocument(SandboxClients.trustPolicy(ACCOUNT)));
    iam.attachRolePolicy(a -> a.roleName("parity-role").policyArn(READ_ONLY));
    iam.listAttachedRolePolicies(l -> l.roleName("parity-role"));
    iam.detachRolePolicy(d -> d.roleName("parity-role").policyArn(READ_ONLY));
    iam.putRolePolicy(p -> p.roleName("parity-role").policyName("inline").policyDocument(DOCUMENT));
    iam.getRolePolicy(g -> g.roleName("parity-role").policyName("inline"));
    iam.listRolePolicies(l -> l.roleName("parity-role"));
    iam.deleteRolePolicy(d -> d.roleName("parity-role").policyName("inline"));
    iam.deleteRole(d -> d.roleName("parity-role"));
    iam.getAccountAuthorizationDetails();
  }

  private static void recordEc2Operations(Ec2Client ec2) {
    String group =
        ec2.createSecurityGroup(c -> c.groupName("parity-sg").description("parity")).groupId();
    ec2.describeSecurityGroups(d -> d.groupIds(group));
    catchThrowable(() -> ec2.describeSecurityGroups(d -> d.groupIds("sg-0123456789abcdef0")));
    IpPermission ssh =
        IpPermission.builder()
            .ipProtocol("tcp")
            .fromPort(22)
            .toPort(22)
            .ipRanges(r -> r.cidrIp("0.0.0.0/0"))
            .build();
    ec2.authorizeSecurityGroupIngress(a -> a.groupId(group).ipPermissions(ssh));
    ec2.revokeSecurityGroupIngress(r -> r.groupId(group).ipPermissions(ssh));
    ec2.authorizeSecurityGroupEgress(a -> a.groupId(group).ipPermissions(ssh));
    ec2.revokeSecurityGroupEgress(r -> r.groupId(group).ipPermissions(ssh));
    catchThrowable(() -> ec2.revokeSecurityGroupEgress(r -> r.groupId(group).ipPermissions(ssh)));
    String instance =
        ec2.runInstances(
                r -> r.imageId("ami-12345678").instanceType("t3.micro").minCount(1).maxCount(1))
            .instances()
            .get(0)
            .instanceId();
    catchThrowable(
        () ->
            ec2.runInstances(
                r -> r.imageId("ami-12345678").instanceType("p2.xlarge").minCount(1).maxCount(1)));
    ec2.describeInstances(d -> d.instanceIds(instance));
    ec2.createTags(c -> c.resources(instance).tags(t -> t.key("k").value("v")));
    ec2.describeTags();
    ec2.describeRegions();
    ec2.modifyInstanceAttribute(
        m -> m.instanceId(instance).disableApiTermination(v -> v.value(false)));
    String volume = ec2.describeVolumes().volumes().get(0).volumeId();
    String snapshot = ec2.createSnapshot(c -> c.volumeId(volume)).snapshotId();
    ec2.describeSnapshots(d -> d.snapshotIds(snapshot));
    ec2.modifySnapshotAttribute(
        m ->
            m.snapshotId(snapshot)
                .attribute(SnapshotAttributeName.CREATE_VOLUME_PERMISSION)
                .operationType(OperationType.ADD)
                .userIds("012345678912"));
    ec2.deleteSnapshot(d -> d.snapshotId(snapshot));
    String vpc = ec2.describeSecurityGroups().securityGroups().get(0).vpcId();
    String flowLog =
        ec2.createFlowLogs(
                c ->
                    c.resourceIds(vpc)
                        .resourceType(FlowLogsResourceType.VPC)
                        .trafficType(TrafficType.ALL)
                        .logGroupName("parity"))
            .flowLogIds()
            .get(0);
    ec2.describeFlowLogs(d -> d.flowLogIds(flowLog));
    ec2.deleteFlowLogs(d -> d.flowLogIds(flowLog));
    ec2.stopInstances(s -> s.instanceIds(instance));
    ec2.startInstances(s -> s.instanceIds(instance));
    ec2.terminateInstances(t -> t.instanceIds(instance));
    ec2.deleteSecurityGroup(d -> d.groupId(group));
  }

  // A role session named like the user, so that one Username lookup finds both.
  private static void recordS3Operations(Sandbox sandbox, AwsBasicCredentials user) {
    try (S3Client s3 =
        S3Client.builder()
            .endpointOverride(sandbox.endpoint())
            .forcePathStyle(true)
            .region(Region.of(sandbox.region()))
            .credentialsProvider(StaticCredentialsProvider.create(user))
            .build()) {
      s3.createBucket(c -> c.bucket("parity-bucket"));
      s3.listBuckets();
      catchThrowable(() -> s3.getBucketPolicy(g -> g.bucket("parity-bucket")));
      catchThrowable(() -> s3.getBucketTagging(g -> g.bucket("parity-bucket")));
      s3.putBucketTagging(
          p -> p.bucket("parity-bucket").tagging(t -> t.tagSet(x -> x.key("k").value("v"))));
      s3.putBucketPolicy(
          p ->
              p.bucket("parity-bucket")
                  .policy(
                      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                          + "\"Principal\":{\"Service\":\"cloudtrail.amazonaws.com\"},"
                          + "\"Action\":\"s3:GetBucketAcl\","
                          + "\"Resource\":\"arn:aws:s3:::parity-bucket\"}]}"));
      s3.deleteBucketPolicy(d -> d.bucket("parity-bucket"));
      s3.getBucketAcl(g -> g.bucket("parity-bucket"));
      s3.getBucketLocation(g -> g.bucket("parity-bucket"));
      s3.deleteBucket(d -> d.bucket("parity-bucket"));
    }
  }

  private static void recordSessions(Sandbox sandbox, AwsBasicCredentials user, StsClient sts) {
    String role = SandboxClients.newRole(sandbox, "parity-session-role", ACCOUNT, READ_ONLY);
    String closed =
        SandboxClients.newRole(
            sandbox, "parity-closed-role", "arn:aws:iam::000000000000:role/parity-session-role");
    AwsSessionCredentials session = SandboxClients.assume(sandbox, user, role, "parity");
    catchThrowable(() -> sts.assumeRole(a -> a.roleArn(closed).roleSessionName("refused")));
    try (StsClient asRole = SandboxClients.sts(sandbox, session);
        IamClient iamAsRole = SandboxClients.iam(sandbox, session)) {
      asRole.getCallerIdentity();
      iamAsRole.listRoles();
      catchThrowable(() -> iamAsRole.createUser(c -> c.userName("denied")));
    }
    try (Ec2Client ec2AsRole = SandboxClients.ec2(sandbox, session)) {
      ec2AsRole.describeInstances();
      catchThrowable(
          () ->
              ec2AsRole.runInstances(
                  r ->
                      r.imageId("ami-12345678")
                          .instanceType("p2.xlarge")
                          .minCount(1)
                          .maxCount(10)));
    }
  }

  private static List<JsonNode> records(Sandbox sandbox, String username) {
    try (CloudTrailClient admin = SandboxClients.cloudTrail(sandbox, sandbox.adminCredentials())) {
      List<JsonNode> records = new ArrayList<>();
      String token = null;
      do {
        String next = token;
        LookupEventsResponse page =
            admin.lookupEvents(
                l ->
                    l.lookupAttributes(
                            a ->
                                a.attributeKey(LookupAttributeKey.USERNAME)
                                    .attributeValue(username))
                        .nextToken(next));
        page.events().forEach(e -> records.add(JSON.readTree(e.cloudTrailEvent())));
        token = page.nextToken();
      } while (token != null);
      return records;
    }
  }
}
