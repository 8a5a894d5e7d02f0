package io.firedrill.sandbox.guardduty;

import static org.assertj.core.api.Assertions.assertThat;

import io.firedrill.sandbox.Sandbox;
import io.firedrill.sandbox.SandboxClients;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.LookupAttributeKey;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.InstanceType;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.guardduty.GuardDutyClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.StatusType;

/**
 * The false-positive test: a day of an administrator's ordinary work, dozens of IAM, EC2 and
 * CloudTrail reads and writes, raises no finding once the same kind of day was the learning window.
 */
class OrdinaryAdminDayTest {

  private static final String OFFICE_IP = "192.0.2.44";
  private static final String READ_ONLY = "arn:aws:iam::aws:policy/ReadOnlyAccess";

  @Test
  void aDayOfOrdinaryAdminWorkAfterTheLearningWindowRaisesNoFinding() {
    try (Sandbox sandbox = Sandbox.builder().port(0).start();
        GuardDutyClient guardDuty = GuardDutyClients.of(sandbox, sandbox.adminCredentials())) {
      String detectorId = guardDuty.createDetector(c -> c.enable(true)).detectorId();
      String detectorArn = "arn:aws:guardduty:us-east-1:000000000000:detector/" + detectorId;
      guardDuty.tagResource(
          t -> t.resourceArn(detectorArn).tags(Map.of("firedrill:anomaly-baseline", "learning")));
      AwsBasicCredentials ops = SandboxClients.newAdmin(sandbox, "ops-alice");
      int warmUp;
      try (Actor alice = new Actor(sandbox, ops, OFFICE_IP, "aws-cli/2.15.30 Linux/6.6.9-amd64")) {
        warmUp = workDay(alice, "mon");
      }
      guardDuty.untagResource(
          u -> u.resourceArn(detectorArn).tagKeys("firedrill:anomaly-baseline"));

      int calls;
      try (Actor alice = new Actor(sandbox, ops, OFFICE_IP, "aws-cli/2.15.30 Linux/6.6.9-amd64")) {
        calls = workDay(alice, "tue");
      }

      assertThat(calls).isEqualTo(warmUp).isGreaterThanOrEqualTo(40);
      assertThat(new Findings(guardDuty, detectorId).all()).isEmpty();
      // The same day by someone the window never saw is not ordinary for them.
      AwsBasicCredentials bob = SandboxClients.newAdmin(sandbox, "ops-bob");
      try (Actor stranger = new Actor(sandbox, bob, OFFICE_IP)) {
        workDay(stranger, "wed");
      }
      assertThat(
              new Findings(guardDuty, detectorId).of("Persistence:IAMUser/AnomalousBehavior", bob))
          .hasSize(1);
    }
  }

  /** One day's work; answers how many calls it made. */
  private static int workDay(Actor admin, String day) {
    IamClient iam = admin.iam();
    Ec2Client ec2 = admin.ec2();
    CloudTrailClient cloudTrail = admin.cloudTrail();
    GuardDutyClient guardDuty = admin.guardDuty();
    String hire = "hire-" + day;
    String group = "readers-" + day;
    int calls = 0;

    // Morning: who is there, what changed overnight, is logging on.
    admin.sts().getCallerIdentity();
    iam.listUsers();
    iam.listRoles();
    iam.listGroups();
    cloudTrail.describeTrails();
    cloudTrail.lookupEvents(
        l ->
            l.lookupAttributes(
                a -> a.attributeKey(LookupAttributeKey.EVENT_NAME).attributeValue("ConsoleLogin")));
    String detector = guardDuty.listDetectors().detectorIds().get(0);
    guardDuty.listFindings(l -> l.detectorId(detector));
    calls += 8;

    // Onboarding a new hire.
    iam.createUser(c -> c.userName(hire));
    iam.createGroup(c -> c.groupName(group));
    iam.attachGroupPolicy(a -> a.groupName(group).policyArn(READ_ONLY));
    iam.addUserToGroup(a -> a.groupName(group).userName(hire));
    String key = iam.createAccessKey(c -> c.userName(hire)).accessKey().accessKeyId();
    iam.attachUserPolicy(a -> a.userName(hire).policyArn(READ_ONLY));
    iam.getUser(g -> g.userName(hire));
    iam.listAccessKeys(l -> l.userName(hire));
    iam.listAttachedUserPolicies(l -> l.userName(hire));
    iam.listGroupsForUser(l -> l.userName(hire));
    calls += 10;

    // A service role for the team's app.
    String role = "app-" + day;
    iam.createRole(
        c -> c.roleName(role).assumeRolePolicyDocument(SandboxClients.trustPolicy("000000000000")));
    iam.attachRolePolicy(a -> a.roleName(role).policyArn(READ_ONLY));
    iam.getRole(g -> g.roleName(role));
    calls += 3;

    // A web server for the team, behind a group that lets the office in on 443.
    String groupId =
        ec2.createSecurityGroup(c -> c.groupName("web-" + day).description("team web")).groupId();
    ec2.authorizeSecurityGroupIngress(
        a ->
            a.groupId(groupId)
                .ipPermissions(
                    p ->
                        p.ipProtocol("tcp")
                            .fromPort(443)
                            .toPort(443)
                            .ipRanges(r -> r.cidrIp("192.0.2.0/24"))));
    String instance =
        ec2.runInstances(
                r ->
                    r.imageId("ami-0abcdef1234567890")
                        .instanceType(InstanceType.T3_MICRO)
                        .minCount(1)
                        .maxCount(1)
                        .securityGroupIds(groupId)
                        .tagSpecifications(
                            t ->
                                t.resourceType(ResourceType.INSTANCE)
                                    .tags(g -> g.key("team").value("web"))))
            .instances()
            .get(0)
            .instanceId();
    ec2.createTags(t -> t.resources(instance).tags(g -> g.key("owner").value("alice")));
    ec2.describeInstances(d -> d.instanceIds(instance));
    ec2.describeSecurityGroups(d -> d.groupIds(groupId));
    ec2.describeRegions();
    ec2.describeVolumes();
    String volume =
        ec2.describeVolumes().volumes().stream()
            .filter(v -> v.attachments().stream().anyMatch(a -> a.instanceId().equals(instance)))
            .findFirst()
            .orElseThrow()
            .volumeId();
    String snapshot =
        ec2.createSnapshot(c -> c.volumeId(volume).description("nightly")).snapshotId();
    ec2.describeSnapshots(d -> d.snapshotIds(snapshot));
    ec2.describeKeyPairs();
    calls += 12;

    // The audit trail for the new project.
    String trail = "project-" + day;
    cloudTrail.createTrail(c -> c.name(trail).s3BucketName("audit-" + day));
    cloudTrail.startLogging(s -> s.name(trail));
    cloudTrail.getTrailStatus(g -> g.name(trail));
    cloudTrail.getEventSelectors(g -> g.trailName(trail));
    calls += 4;

    // Evening: the hire's first key was pasted in a chat, so rotate it; the trial ends.
    iam.updateAccessKey(u -> u.userName(hire).accessKeyId(key).status(StatusType.INACTIVE));
    iam.deleteAccessKey(d -> d.userName(hire).accessKeyId(key));
    iam.detachUserPolicy(d -> d.userName(hire).policyArn(READ_ONLY));
    iam.removeUserFromGroup(r -> r.groupName(group).userName(hire));
    iam.deleteUser(d -> d.userName(hire));
    iam.detachGroupPolicy(d -> d.groupName(group).policyArn(READ_ONLY));
    iam.deleteGroup(d -> d.groupName(group));
    ec2.stopInstances(s -> s.instanceIds(instance));
    ec2.terminateInstances(t -> t.instanceIds(instance));
    ec2.deleteSnapshot(d -> d.snapshotId(snapshot));
    iam.getAccountAuthorizationDetails();
    calls += 11;
    return calls;
  }
}
