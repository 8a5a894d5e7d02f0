package io.firedrill.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Event;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.guardduty.GuardDutyClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.sts.StsClient;

class StateFileTest {

  private static final String LOGGING_DISABLED = "Stealth:IAMUser/CloudTrailLoggingDisabled";

  @TempDir Path dir;

  @Test
  void aRestartedSandboxKeepsEveryStoresContent() throws Exception {
    AwsBasicCredentials admin;
    AwsBasicCredentials alice;
    String callerArn;
    String instanceId;
    String detectorId;
    List<String> eventIds;
    List<String> findingIds;
    try (Sandbox first = Sandbox.builder().port(0).stateDir(dir).start()) {
      admin = first.adminCredentials();
      alice = SandboxClients.newUser(first, "alice", Sandbox.ADMINISTRATOR_ACCESS);
      SandboxClients.newRole(first, "auditor", first.accountId());
      try (IamClient iam = SandboxClients.iam(first, admin);
          CloudTrailClient cloudTrail = SandboxClients.cloudTrail(first, admin);
          CloudTrailClient aliceTrail = SandboxClients.cloudTrail(first, alice);
          Ec2Client ec2 = SandboxClients.ec2(first, admin);
          GuardDutyClient guardDuty = guardDuty(first, admin);
          StsClient sts = SandboxClients.sts(first, alice)) {
        String policyArn =
            iam.createPolicy(c -> c.policyName("read").policyDocument(document("s3:GetObject")))
                .policy()
                .arn();
        iam.createPolicyVersion(
            c -> c.policyArn(policyArn).policyDocument(document("s3:*")).setAsDefault(true));
        detectorId = guardDuty.createDetector(c -> c.enable(true)).detectorId();
        cloudTrail.createTrail(c -> c.name("audit").s3BucketName("audit-logs"));
        cloudTrail.startLogging(s -> s.name("audit"));
        aliceTrail.stopLogging(s -> s.name("audit"));
        instanceId =
            ec2.runInstances(
                    r ->
                        r.imageId("ami-0abcdef1234567890")
                            .instanceType("t3.micro")
                            .minCount(1)
                            .maxCount(1))
                .instances()
                .get(0)
                .instanceId();
        ec2.describeInstances();
        callerArn = sts.getCallerIdentity().arn();
        findingIds = guardDuty.listFindings(l -> l.detectorId(detectorId)).findingIds();
        eventIds = eventIds(cloudTrail);
      }
    }
    Path file = dir.resolve("sandbox-state.json");
    assertThat(file).exists();
    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
          .isEqualTo("rw-------");
    }

    try (Sandbox second = Sandbox.builder().port(0).stateDir(dir).start();
        IamClient iam = SandboxClients.iam(second, admin);
        CloudTrailClient cloudTrail = SandboxClients.cloudTrail(second, admin);
        Ec2Client ec2 = SandboxClients.ec2(second, admin);
        GuardDutyClient guardDuty = guardDuty(second, admin);
        StsClient sts = SandboxClients.sts(second, alice)) {
      assertThat(second.adminCredentials()).isEqualTo(admin);
      assertThat(sts.getCallerIdentity().arn()).isEqualTo(callerArn);
      assertThat(iam.getRole(g -> g.roleName("auditor")).role().roleName()).isEqualTo("auditor");
      assertThat(iam.listPolicies(l -> l.scope("Local")).policies())
          .singleElement()
          .satisfies(p -> assertThat(p.defaultVersionId()).isEqualTo("v2"));
      assertThat(cloudTrail.getTrailStatus(s -> s.name("audit")).isLogging()).isFalse();
      assertThat(
              ec2.describeInstances(d -> d.instanceIds(instanceId))
                  .reservations()
                  .get(0)
                  .instances())
          .singleElement()
          .satisfies(i -> assertThat(i.instanceId()).isEqualTo(instanceId));
      // The findings survived, ids and all.
      List<String> findings = guardDuty.listFindings(l -> l.detectorId(detectorId)).findingIds();
      assertThat(findings).containsExactlyInAnyOrderElementsOf(findingIds);
      assertThat(
              guardDuty.getFindings(g -> g.detectorId(detectorId).findingIds(findings)).findings())
          .anySatisfy(f -> assertThat(f.type()).isEqualTo(LOGGING_DISABLED));

      List<String> after = eventIds(cloudTrail);
      assertThat(after).endsWith(eventIds.toArray(String[]::new));
      assertThat(after.size()).isGreaterThan(eventIds.size());
      assertThat(after.get(0)).isNotIn(eventIds);
    }
  }

  @Test
  void aMissingDirectoryStartsEmptyAndIsCreatedOnClose() {
    Path missing = dir.resolve("not/yet");
    try (Sandbox sandbox = Sandbox.builder().port(0).stateDir(missing).start();
        CloudTrailClient cloudTrail =
            SandboxClients.cloudTrail(sandbox, sandbox.adminCredentials())) {
      assertThat(cloudTrail.describeTrails().trailList()).isEmpty();
    }
    assertThat(missing.resolve("sandbox-state.json")).exists();
  }

  @Test
  void aCorruptFileFailsTheStartNamingTheFile() throws Exception {
    Path file = dir.resolve("sandbox-state.json");
    Files.writeString(file, "{\"version\": 1, \"accountId\": ");

    assertThatThrownBy(() -> Sandbox.builder().port(0).stateDir(dir).start())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(file.toString());
  }

  @Test
  void aFileFromAnotherAccountOrANewerVersionIsRefused() throws Exception {
    Sandbox.builder().port(0).accountId("111111111111").stateDir(dir).start().close();
    Path file = dir.resolve("sandbox-state.json");

    assertThatThrownBy(() -> Sandbox.builder().port(0).stateDir(dir).start())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("belongs to account 111111111111");
    Files.writeString(
        file, Files.readString(file).replaceFirst("\"version\"\\s*:\\s*1", "\"version\":99"));
    assertThatThrownBy(
            () -> Sandbox.builder().port(0).accountId("111111111111").stateDir(dir).start())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("format version 99");
  }

  private static List<String> eventIds(CloudTrailClient cloudTrail) {
    return cloudTrail.lookupEventsPaginator(l -> l.maxResults(50)).events().stream()
        .map(Event::eventId)
        .toList();
  }

  private static String document(String action) {
    return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\""
        + action
        + "\",\"Resource\":\"*\"}]}";
  }

  private static GuardDutyClient guardDuty(Sandbox sandbox, AwsCredentials credentials) {
    return GuardDutyClient.builder()
        .endpointOverride(sandbox.endpoint())
        .region(Region.of(sandbox.region()))
        .credentialsProvider(StaticCredentialsProvider.create(credentials))
        .httpClientBuilder(UrlConnectionHttpClient.builder())
        .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry()))
        .build();
  }
}
