package io.firedrill.scoring.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.firedrill.exercise.clock.ScenarioClock;
import io.firedrill.exercise.clock.Speed;
import io.firedrill.exercise.journal.EntryTypes;
import io.firedrill.exercise.journal.Journal;
import io.firedrill.exercise.journal.JournalEntry;
import io.firedrill.exercise.policy.PolicyDocument;
import io.firedrill.sandbox.Sandbox;
import io.firedrill.scoring.telemetry.Accounts;
import io.firedrill.scoring.telemetry.CloudTrailPoller;
import io.firedrill.scoring.telemetry.EventBridgeQueue;
import io.firedrill.scoring.telemetry.EventBridgeRoute;
import io.firedrill.scoring.telemetry.GuardDutyPoller;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.guardduty.GuardDutyClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AccessKey;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * A scorer identity holding only the scorer's policy reads everything the scorer reads: event
 * history, GuardDuty's findings, its EventBridge queue and the trail's delivered files.
 */
class ScorerPolicyTest {

  static final String BUCKET = "trail-bucket";

  @TempDir Path dir;

  @Test
  void theDocumentScopesWhatItCanAndIsStable() {
    ScorerResources resources =
        new ScorerResources("123456789012", "eu-west-1", List.of(BUCKET), null);
    PolicyDocument document = ScorerPolicy.of(resources);

    assertThat(document.actions())
        .containsExactly(
            "cloudtrail:GetTrailStatus",
            "cloudtrail:LookupEvents",
            "guardduty:GetDetector",
            "guardduty:GetFindings",
            "guardduty:ListDetectors",
            "guardduty:ListFindings",
            "iam:GetUser",
            "s3:GetObject",
            "s3:ListBucket",
            "sqs:DeleteMessage",
            "sqs:GetQueueAttributes",
            "sqs:ReceiveMessage");
    assertThat(document.toJson())
        .contains("\"arn:aws:sqs:eu-west-1:123456789012:firedrill-telemetry\"")
        .contains("\"arn:aws:s3:::trail-bucket/*\"")
        .isEqualTo(ScorerPolicy.of(resources).toJson());
    assertThat(document.actions())
        .noneMatch(
            a ->
                a.matches(".*:(Create|Delete|Put|Update|Stop).*")
                    && !a.equals("sqs:DeleteMessage"));
  }

  /** A user with only {@code document}, and its key. */
  static AwsBasicCredentials scorer(Sandbox sandbox, PolicyDocument document) {
    try (IamClient iam = Accounts.iam(sandbox, sandbox.adminCredentials())) {
      iam.createUser(r -> r.userName("scorer"));
      String arn =
          iam.createPolicy(r -> r.policyName("scorer").policyDocument(document.toJson()))
              .policy()
              .arn();
      iam.attachUserPolicy(r -> r.userName("scorer").policyArn(arn));
      AccessKey key = iam.createAccessKey(r -> r.userName("scorer")).accessKey();
      return AwsBasicCredentials.create(key.accessKeyId(), key.secretAccessKey());
    }
  }

  @Test
  void aScorerWithOnlyThePolicyReadsEverySource() throws Exception {
    List<String> problems = Collections.synchronizedList(new java.util.ArrayList<>());
    try (Sandbox sandbox =
            Sandbox.builder().port(0).trailDeliveryInterval(Duration.ofMillis(200)).start();
        Journal journal = Journal.create(dir.resolve("journal.jsonl"), Clock.systemUTC())) {
      AwsCredentials frank = Accounts.withFrank(sandbox);
      AwsCredentials admin = sandbox.adminCredentials();
      EventBridgeRoute route;
      try (GuardDutyClient guardDuty = Accounts.guardDuty(sandbox, admin);
          EventBridgeClient events = client(EventBridgeClient.builder(), sandbox, admin);
          SqsClient sqs = client(SqsClient.builder(), sandbox, admin)) {
        if (guardDuty.listDetectors().detectorIds().isEmpty()) {
          guardDuty.createDetector(r -> r.enable(true));
        }
        route = EventBridgeRoute.create(events, sqs, ScorerResources.DEFAULT_QUEUE);
      }
      AwsBasicCredentials key =
          scorer(
              sandbox,
              ScorerPolicy.of(
                  new ScorerResources(
                      sandbox.accountId(),
                      sandbox.region(),
                      List.of(BUCKET),
                      ScorerResources.DEFAULT_QUEUE)));
      ScenarioClock clock = ScenarioClock.startingNow(Clock.systemUTC(), Speed.REAL_TIME);
      try (CloudTrailClient trail = Accounts.cloudTrail(sandbox, key);
          GuardDutyClient findings = Accounts.guardDuty(sandbox, key);
          SqsClient queue = client(SqsClient.builder(), sandbox, key);
          S3Client s3 = s3(sandbox, key);
          CloudTrailPoller poller =
              CloudTrailPoller.prepare(trail, journal, Duration.ZERO, problems::add);
          GuardDutyPoller guardDutyPoller =
              GuardDutyPoller.prepare(findings, journal, problems::add);
          EventBridgeQueue fromQueue =
              EventBridgeQueue.prepare(queue, route.queueUrl(), journal, problems::add);
          IamClient attacker = Accounts.iam(sandbox, frank);
          CloudTrailClient attackerTrail = Accounts.cloudTrail(sandbox, frank)) {
        poller.start(clock, Duration.ofMillis(50));
        guardDutyPoller.start(clock, Duration.ofMillis(50));
        fromQueue.start(clock, Duration.ofSeconds(1));

        attacker.createUser(r -> r.userName("svc-backup"));
        await()
            .atMost(Duration.ofSeconds(30))
            .until(() -> !s3.listObjectsV2(r -> r.bucket(BUCKET)).contents().isEmpty());
        attackerTrail.stopLogging(r -> r.name("trail"));
        await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () ->
                    observed(journal, "eventName", "StopLogging").size() >= 2
                        && !observed(journal, "source", GuardDutyPoller.SOURCE).isEmpty());
        poller.drain();
        guardDutyPoller.drain();
        fromQueue.drain();
        // Before closing: closing cuts the queue's long poll short, which it reports.
        assertThat(problems).isEmpty();

        S3Object file = s3.listObjectsV2(r -> r.bucket(BUCKET)).contents().get(0);
        byte[] bytes = s3.getObjectAsBytes(r -> r.bucket(BUCKET).key(file.key())).asByteArray();
        // Delivered files are gzipped, as on AWS.
        String text =
            new String(
                new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(bytes))
                    .readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).contains("\"Records\"");
      }
      assertThat(observed(journal, "eventName", "CreateUser"))
          .extracting(e -> e.text("source"))
          .contains(EventBridgeQueue.SOURCE)
          .anyMatch(source -> !source.equals(EventBridgeQueue.SOURCE));
    }
  }

  private static List<JournalEntry> observed(Journal journal, String field, String value) {
    return journal.entries().stream()
        .filter(e -> e.type().equals(EntryTypes.TELEMETRY_OBSERVED))
        .filter(e -> value.equals(e.text(field)))
        .toList();
  }

  private static <
          B extends
              software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder<B, C>
                  & software.amazon.awssdk.awscore.client.builder.AwsClientBuilder<B, C>,
          C>
      C client(B builder, Sandbox sandbox, AwsCredentials credentials) {
    return builder
        .httpClient(UrlConnectionHttpClient.create())
        .endpointOverride(sandbox.endpoint())
        .region(Region.of(sandbox.region()))
        .credentialsProvider(StaticCredentialsProvider.create(credentials))
        .build();
  }

  private static S3Client s3(Sandbox sandbox, AwsCredentials credentials) {
    return S3Client.builder()
        .endpointOverride(sandbox.endpoint())
        .forcePathStyle(true)
        .region(Region.of(sandbox.region()))
        .credentialsProvider(StaticCredentialsProvider.create(credentials))
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }
}
