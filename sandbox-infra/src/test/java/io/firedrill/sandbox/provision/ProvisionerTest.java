package io.firedrill.sandbox.provision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.firedrill.sandbox.Sandbox;
import io.firedrill.sandbox.baseline.Baseline;
import io.firedrill.sandbox.fault.Telemetry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.Tag;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Provisioning and teardown against an empty embedded sandbox standing in for a real account,
 * through the same SDK calls; the account's full inventory before and after must be equal.
 */
class ProvisionerTest {

  static final Baseline STANDARD =
      Baseline.load(Path.of("..", "scenarios", "baselines", "standard.yaml"));

  @TempDir Path dir;
  private Sandbox sandbox;
  private Target target;
  private final List<String> said = new ArrayList<>();

  @BeforeEach
  void emptyAccount() {
    sandbox = Sandbox.builder().port(0).telemetry(Telemetry.IMMEDIATE).start();
    target =
        new Target(
            sandbox.endpoint(),
            sandbox.region(),
            StaticCredentialsProvider.create(sandbox.adminCredentials()));
  }

  @AfterEach
  void stop() {
    sandbox.close();
  }

  private ProvisionResult provision() {
    return new Provisioner(dir, Clock.systemUTC()).provision(STANDARD, target, null, said::add);
  }

  @Test
  void provisionsTheBaselineAndTeardownLeavesTheAccountAsItWas() {
    Inventory before = Inventory.take(target);

    ProvisionResult result = provision();

    Inventory provisioned = Inventory.take(target);
    assertThat(provisioned.of("iam-user"))
        .contains(
            "iam-user dev-frank",
            "iam-user blue-responder",
            "iam-user dave-ops",
            "iam-user ci-bot");
    assertThat(provisioned.of("iam-role"))
        .contains(
            "iam-role firedrill-sandbox",
            "iam-role firedrill-blue-team",
            "iam-role security-audit",
            "iam-role ops-deploy");
    assertThat(provisioned.of("cloudtrail-trail"))
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .contains("trail/management-events", "bucket=firedrill-trail-logs", "logging");
    assertThat(provisioned.of("guardduty-detector")).hasSize(1);
    assertThat(provisioned.of("events-target"))
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .contains("firedrill-telemetry/firedrill-scorer", ":firedrill-telemetry");
    assertThat(provisioned.of("sqs-queue")).hasSize(1);
    assertThat(provisioned.of("ec2-flow-log")).hasSize(1);
    assertThat(result.created()).extracting(Resource::kind).contains(Kind.values());
    try (IamClient iam = iam()) {
      assertThat(iam.listRoleTags(r -> r.roleName("firedrill-sandbox")).tags())
          .contains(Tag.builder().key("firedrill:sandbox").value("true").build())
          .contains(
              Tag.builder().key("firedrill:provisioning").value(result.record().id()).build());
    }

    TeardownReport teardown =
        Teardown.run(ProvisioningRecord.read(result.recordFile()), target, said::add);

    assertThat(teardown.complete()).as(String.join("\n", said)).isTrue();
    assertThat(teardown.alreadyGone()).isEmpty();
    assertThat(before.differences(Inventory.take(target))).as(String.join("\n", said)).isEmpty();
  }

  @Test
  void theQueueReceivesTheAccountsCloudTrailCalls() {
    ProvisionResult result = provision();
    String url =
        result.created().stream()
            .filter(r -> r.kind() == Kind.QUEUE)
            .findFirst()
            .orElseThrow()
            .id();
    try (IamClient iam = iam();
        SqsClient sqs =
            SqsClient.builder()
                .endpointOverride(sandbox.endpoint())
                .region(Region.of(sandbox.region()))
                .credentialsProvider(target.credentials())
                .httpClient(UrlConnectionHttpClient.create())
                .build()) {
      sqs.purgeQueue(r -> r.queueUrl(url));
      iam.createUser(r -> r.userName("mallory"));
      List<String> bodies = new ArrayList<>();
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () -> {
                sqs.receiveMessage(r -> r.queueUrl(url).maxNumberOfMessages(10))
                    .messages()
                    .forEach(m -> bodies.add(m.body()));
                return bodies.stream().anyMatch(b -> b.contains("\"CreateUser\""));
              });
      assertThat(bodies).anyMatch(b -> b.contains("AWS API Call via CloudTrail"));
    }
  }

  @Test
  void provisioningTwiceCreatesNothingTheSecondTime() throws Exception {
    ProvisionResult first = provision();
    Inventory once = Inventory.take(target);
    String recordText = Files.readString(first.recordFile());
    said.clear();

    ProvisionResult second = provision();

    assertThat(second.created()).isEmpty();
    assertThat(second.existed()).contains("user dev-frank", "role firedrill-sandbox");
    assertThat(said).allMatch(line -> !line.startsWith("created "));
    assertThat(once.differences(Inventory.take(target))).isEmpty();
    assertThat(Files.readString(second.recordFile())).isEqualTo(recordText);
    assertThat(second.credentialsFile()).isNull();
  }

  @Test
  void teardownOfAHalfDeletedAccountRemovesTheRestAndSaysWhatWasGone() {
    Inventory before = Inventory.take(target);
    ProvisionResult result = provision();
    // Someone cleaned up part of it by hand: a user with its key and policies, the trail, the
    // queue.
    Target admin = target;
    ProvisioningRecord record = result.record();
    Teardown.run(
        new ProvisioningRecord(
            record.id(),
            record.accountId(),
            record.region(),
            record.endpoint(),
            record.baseline(),
            record.startedAt(),
            null,
            record.resources().stream()
                .filter(
                    r ->
                        (r.kind() == Kind.USER && r.id().equals("ci-bot"))
                            || r.kind() == Kind.TRAIL
                            || r.kind() == Kind.QUEUE
                            || r.kind() == Kind.DETECTOR)
                .toList()),
        admin,
        line -> {});

    TeardownReport teardown = Teardown.run(record, target, said::add);

    assertThat(teardown.complete()).as(String.join("\n", said)).isTrue();
    assertThat(teardown.alreadyGone())
        .extracting(Resource::kind)
        .containsExactlyInAnyOrder(
            Kind.ACCESS_KEY, // ci-bot's
            Kind.USER_POLICY_ATTACHMENT, // ci-bot's
            Kind.USER,
            Kind.TRAIL,
            Kind.QUEUE,
            Kind.DETECTOR);
    assertThat(said).anyMatch(line -> line.startsWith("already gone: user ci-bot"));
    assertThat(before.differences(Inventory.take(target))).isEmpty();
  }

  @Test
  void theRecordHoldsNoSecretAndTheSecretsFileIsTheOwnersAlone() throws Exception {
    ProvisionResult result = provision();

    assertThat(result.keyUsers())
        .containsExactlyInAnyOrder("dev-frank", "blue-responder", "dave-ops", "ci-bot");
    String credentials = Files.readString(result.credentialsFile());
    assertThat(credentials)
        .contains("[firedrill-dev-frank]", "endpoint_url = " + sandbox.endpoint());
    assertThat(Files.getPosixFilePermissions(result.credentialsFile()))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    String record = Files.readString(result.recordFile());
    for (String line : credentials.lines().toList()) {
      if (line.startsWith("aws_secret_access_key")) {
        String secret = line.substring(line.indexOf('=') + 1).strip();
        assertThat(record).doesNotContain(secret);
        assertThat(String.join("\n", said)).doesNotContain(secret);
      }
    }
    assertThat(record).contains(result.credentialsFile().toString());
  }

  @Test
  void teardownRefusesARecordOfAnotherAccount() {
    ProvisionResult result = provision();
    ProvisioningRecord record = result.record();
    ProvisioningRecord elsewhere =
        new ProvisioningRecord(
            record.id(),
            "111122223333",
            record.region(),
            null,
            record.baseline(),
            record.startedAt(),
            null,
            record.resources());

    assertThatThrownBy(() -> Teardown.run(elsewhere, target, said::add))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("111122223333")
        .hasMessageContaining("nothing was removed");
    assertThat(Inventory.take(target).of("iam-user")).contains("iam-user dev-frank");
  }

  private IamClient iam() {
    return IamClient.builder()
        .endpointOverride(sandbox.endpoint())
        .region(Region.US_EAST_1)
        .credentialsProvider(target.credentials())
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }
}
