package io.firedrill.sandbox.guardduty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.firedrill.sandbox.Sandbox;
import io.firedrill.sandbox.SandboxClients;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.InstanceType;
import software.amazon.awssdk.services.guardduty.GuardDutyClient;
import software.amazon.awssdk.services.guardduty.model.Finding;
import software.amazon.awssdk.services.iam.IamClient;

/**
 * Each finding type raised by the calls an attacker makes, through real SDK clients that carry the
 * attacker's user agent and source IP as the injector's do.
 */
class AttackerFindingsTest {

  private static final String ATTACKER_IP = "198.51.100.23";
  private static final String TOR_EXIT = "185.220.101.7";

  private Sandbox sandbox;
  private GuardDutyClient guardDuty;
  private String detectorId;
  private Findings findings;

  @BeforeEach
  void start() {
    sandbox = Sandbox.builder().port(0).start();
    guardDuty = GuardDutyClients.of(sandbox, sandbox.adminCredentials());
    detectorId = guardDuty.createDetector(c -> c.enable(true)).detectorId();
    findings = new Findings(guardDuty, detectorId);
  }

  @AfterEach
  void stop() {
    guardDuty.close();
    sandbox.close();
  }

  @Test
  void aCallFromATorExitNodeRaisesTorIpCallerAndItsRepeatCountsIn() {
    AwsBasicCredentials mallory = SandboxClients.newAdmin(sandbox, "mallory");
    try (Actor attacker = new Actor(sandbox, mallory, TOR_EXIT)) {
      IamClient iam = attacker.iam();
      iam.createUser(c -> c.userName("tor-made-1"));
      Finding first = only("UnauthorizedAccess:IAMUser/TorIPCaller", mallory);
      iam.createUser(c -> c.userName("tor-made-2"));
      Finding repeated = only("UnauthorizedAccess:IAMUser/TorIPCaller", mallory);
      iam.listUsers();

      assertThat(first.severity()).isEqualTo(5.0);
      assertThat(first.service().action().awsApiCallAction().remoteIpDetails().ipAddressV4())
          .isEqualTo(TOR_EXIT);
      assertThat(repeated.id()).isEqualTo(first.id());
      assertThat(repeated.service().count()).isEqualTo(2);
      assertThat(repeated.service().eventLastSeen())
          .isGreaterThanOrEqualTo(first.service().eventLastSeen());
      assertThat(repeated.updatedAt()).isGreaterThanOrEqualTo(first.updatedAt());
      // Reading through Tor is reconnaissance, its own finding.
      assertThat(
              only("Recon:IAMUser/TorIPCaller", mallory)
                  .service()
                  .action()
                  .awsApiCallAction()
                  .api())
          .isEqualTo("ListUsers");
    }
  }

  @Test
  void theTorExitNodesAreConfigurable() {
    try (Sandbox custom =
            Sandbox.builder().port(0).torExitNodes(List.of("203.0.113.0/24")).start();
        GuardDutyClient client = GuardDutyClients.of(custom, custom.adminCredentials())) {
      String id = client.createDetector(c -> c.enable(true)).detectorId();
      AwsBasicCredentials mallory = SandboxClients.newAdmin(custom, "mallory");
      try (Actor fromDefault = new Actor(custom, mallory, TOR_EXIT);
          Actor fromConfigured = new Actor(custom, mallory, "203.0.113.99")) {
        fromDefault.iam().createUser(c -> c.userName("a"));
        assertThat(new Findings(client, id).of("UnauthorizedAccess:IAMUser/TorIPCaller", mallory))
            .isEmpty();
        fromConfigured.iam().createUser(c -> c.userName("b"));
        assertThat(new Findings(client, id).of("UnauthorizedAccess:IAMUser/TorIPCaller", mallory))
            .hasSize(1);
      }
    }
  }

  @Test
  void aPenTestDistributionInTheUserAgentRaisesItsPenTestFinding() {
    AwsBasicCredentials mallory = SandboxClients.newAdmin(sandbox, "mallory");
    for (String userAgent :
        List.of(
            "aws-cli/2.15.30 Python/3.11.8 Linux/6.6.9-amd64-kali1 exe/x86_64.kali.2024",
            "aws-cli/2.13.0 Python/3.11.2 Linux/6.5.0-13parrot1-amd64 source/x86_64.parrot",
            "aws-cli/1.29.0 Python/3.11 Linux/6.1.67-pentoo botocore/1.31.0",
            // A word that merely contains a distribution's name is not one.
            "aws-cli/2.15.30 kalimba/1.0 Linux/6.6.9-amd64")) {
      try (Actor tester = new Actor(sandbox, mallory, ATTACKER_IP, userAgent)) {
        tester.sts().getCallerIdentity();
      }
    }

    Finding kali = only("PenTest:IAMUser/KaliLinux", mallory);
    assertThat(kali.severity()).isEqualTo(5.0);
    assertThat(kali.service().count()).isEqualTo(1);
    assertThat(kali.service().action().awsApiCallAction().userAgent()).contains("kali1");
    assertThat(only("PenTest:IAMUser/ParrotLinux", mallory).severity()).isEqualTo(5.0);
    assertThat(
            only("PenTest:IAMUser/PentooLinux", mallory)
                .service()
                .action()
                .awsApiCallAction()
                .api())
        .isEqualTo("GetCallerIdentity");
  }

  @Test
  void theRootUsersCallsRaiseRootCredentialUsage() {
    try (Actor root = new Actor(sandbox, sandbox.rootCredentials(), ATTACKER_IP)) {
      root.iam().listUsers();
      root.ec2().describeRegions();
    }
    Finding finding = only("Policy:IAMUser/RootCredentialUsage", sandbox.rootCredentials());

    assertThat(finding.severity()).isEqualTo(2.0);
    assertThat(finding.resource().accessKeyDetails().userType()).isEqualTo("Root");
    assertThat(finding.resource().accessKeyDetails().principalId()).isEqualTo("000000000000");
    assertThat(finding.service().count()).isEqualTo(2);
    assertThat(findings.of("Policy:IAMUser/RootCredentialUsage", sandbox.adminCredentials()))
        .isEmpty();
  }

  @Test
  void instanceCredentialsUsedFromOutsideAwsRaiseInstanceCredentialExfiltration() {
    SandboxClients.newRole(
        sandbox, "web", "arn:aws:iam::000000000000:root", "arn:aws:iam::aws:policy/ReadOnlyAccess");
    Instance instance;
    try (Ec2Client ec2 = SandboxClients.ec2(sandbox, sandbox.adminCredentials())) {
      instance =
          ec2.runInstances(
                  r ->
                      r.imageId("ami-0abcdef1234567890")
                          .instanceType(InstanceType.T3_MICRO)
                          .minCount(1)
                          .maxCount(1)
                          .iamInstanceProfile(p -> p.name("web")))
              .instances()
              .get(0);
    }
    AwsSessionCredentials stolen = sandbox.instanceCredentials(instance.instanceId());

    try (Actor onTheInstance = new Actor(sandbox, stolen, instance.privateIpAddress())) {
      assertThat(onTheInstance.sts().getCallerIdentity().arn())
          .isEqualTo("arn:aws:sts::000000000000:assumed-role/web/" + instance.instanceId());
      onTheInstance.iam().listRoles();
    }
    String exfiltration = "UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration.OutsideAWS";
    assertThat(findings.of(exfiltration, stolen)).isEmpty();

    try (Actor attacker = new Actor(sandbox, stolen, ATTACKER_IP)) {
      attacker.sts().getCallerIdentity();
      attacker.iam().listUsers();
    }
    Finding finding = only(exfiltration, stolen);

    assertThat(finding.severity()).isEqualTo(8.0);
    assertThat(finding.resource().accessKeyDetails().userType()).isEqualTo("AssumedRole");
    assertThat(finding.resource().accessKeyDetails().userName()).isEqualTo("web");
    assertThat(finding.resource().accessKeyDetails().principalId())
        .endsWith(":" + instance.instanceId());
    assertThat(finding.resource().instanceDetails().instanceId()).isEqualTo(instance.instanceId());
    assertThat(finding.resource().instanceDetails().iamInstanceProfile().arn())
        .isEqualTo("arn:aws:iam::000000000000:instance-profile/web");
    assertThat(finding.service().action().awsApiCallAction().remoteIpDetails().ipAddressV4())
        .isEqualTo(ATTACKER_IP);
    assertThat(finding.service().count()).isEqualTo(2);
  }

  @Test
  void anInstanceWithoutAProfileHasNoCredentialsToSteal() {
    String id;
    try (Ec2Client ec2 = SandboxClients.ec2(sandbox, sandbox.adminCredentials())) {
      id =
          ec2.runInstances(
                  r ->
                      r.imageId("ami-0abcdef1234567890")
                          .instanceType("t3.micro")
                          .minCount(1)
                          .maxCount(1))
              .instances()
              .get(0)
              .instanceId();
    }
    assertThat(catchThrowable(() -> sandbox.instanceCredentials(id)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(id);
  }

  @Test
  void aRunInstancesBurstRaisesImpactWhileAFewLaunchesDoNot() {
    AwsBasicCredentials frank = SandboxClients.newAdmin(sandbox, "dev-frank");
    try (Actor attacker = new Actor(sandbox, frank, ATTACKER_IP)) {
      Ec2Client ec2 = attacker.ec2();
      ec2.runInstances(r -> r.imageId("ami-1").instanceType("c5.4xlarge").minCount(1).maxCount(2));
      assertThat(findings.of("Impact:IAMUser/AnomalousBehavior", frank)).isEmpty();
      // 32 vCPUs of c5.4xlarge are two instances: the rest of the burst is refused, and counts.
      for (int i = 0; i < 3; i++) {
        catchThrowable(
            () ->
                ec2.runInstances(
                    r -> r.imageId("ami-1").instanceType("c5.4xlarge").minCount(1).maxCount(2)));
      }
    }
    Finding impact = only("Impact:IAMUser/AnomalousBehavior", frank);

    assertThat(impact.severity()).isEqualTo(8.0);
    assertThat(impact.service().action().awsApiCallAction().api()).isEqualTo("RunInstances");
    assertThat(impact.service().action().awsApiCallAction().errorCode()).contains("VcpuLimit");
  }

  @Test
  void aDeletedDetectorRaisesNothingAndItsSuccessorSeesOnlyWhatFollows() {
    guardDuty.deleteDetector(d -> d.detectorId(detectorId));
    AwsBasicCredentials mallory = SandboxClients.newAdmin(sandbox, "mallory");
    try (Actor attacker = new Actor(sandbox, mallory, TOR_EXIT)) {
      attacker.iam().createUser(c -> c.userName("unseen"));
      String successor = guardDuty.createDetector(c -> c.enable(true)).detectorId();
      Findings now = new Findings(guardDuty, successor);
      assertThat(now.all()).isEmpty();
      attacker.iam().createUser(c -> c.userName("seen"));
      assertThat(now.of("UnauthorizedAccess:IAMUser/TorIPCaller", mallory)).hasSize(1);
    }
  }

  private Finding only(String type, AwsCredentials key) {
    List<Finding> found = findings.of(type, key);
    assertThat(found).as(type).hasSize(1);
    return found.get(0);
  }
}
