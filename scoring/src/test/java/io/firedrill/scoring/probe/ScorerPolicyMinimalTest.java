package io.firedrill.scoring.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.firedrill.exercise.clock.ScenarioClock;
import io.firedrill.exercise.clock.Speed;
import io.firedrill.exercise.journal.Journal;
import io.firedrill.exercise.policy.PolicyDocument;
import io.firedrill.sandbox.Sandbox;
import io.firedrill.scoring.policy.ScorerPolicy;
import io.firedrill.scoring.policy.ScorerResources;
import io.firedrill.scoring.telemetry.Accounts;
import io.firedrill.scoring.telemetry.CloudTrailPoller;
import io.firedrill.scoring.telemetry.EventBridgeQueue;
import io.firedrill.scoring.telemetry.EventBridgeRoute;
import io.firedrill.scoring.telemetry.GuardDutyPoller;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
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
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The scorer's policy holds nothing it does not use: with it every source and probe reads without a
 * refusal, and without any one of its actions something the scorer does is refused.
 */
class ScorerPolicyMinimalTest {

  private static final String BUCKET = "trail-bucket";

  @TempDir Path dir;

  @Test
  void everyActionOfTheScorersPolicyIsUsedAndTheyAreEnough() throws Exception {
    try (Sandbox sandbox =
            Sandbox.builder().port(0).trailDeliveryInterval(Duration.ofMillis(200)).start();
        Journal journal = Journal.create(dir.resolve("journal.jsonl"), Clock.systemUTC())) {
      AwsCredentials admin = sandbox.adminCredentials();
      AwsCredentials frank = Accounts.withFrank(sandbox);
      ScenarioClock clock = ScenarioClock.startingNow(Clock.systemUTC(), Speed.REAL_TIME);
      try (GuardDutyClient guardDuty = Accounts.guardDuty(sandbox, admin);
          EventBridgeClient events = client(EventBridgeClient.builder(), sandbox, admin);
          SqsClient sqs = client(SqsClient.builder(), sandbox, admin);
          S3Client s3 = s3(sandbox, admin);
          IamClient attacker = Accounts.iam(sandbox, frank);
          CloudTrailClient attackerTrail = Accounts.cloudTrail(sandbox, frank)) {
        if (guardDuty.listDetectors().detectorIds().isEmpty()) {
          guardDuty.createDetector(r -> r.enable(true));
        }
        String detector = guardDuty.listDetectors().detectorIds().get(0);
        EventBridgeRoute route =
            EventBridgeRoute.create(events, sqs, ScorerResources.DEFAULT_QUEUE);
        // What every read needs to find: a delivered trail file, a finding, a user to probe.
        attacker.createUser(r -> r.userName("svc-backup"));
        await()
            .atMost(Duration.ofSeconds(30))
            .until(() -> !s3.listObjectsV2(r -> r.bucket(BUCKET)).contents().isEmpty());
        attackerTrail.stopLogging(r -> r.name("trail"));
        await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () -> !guardDuty.listFindings(r -> r.detectorId(detector)).findingIds().isEmpty());

        PolicyDocument policy =
            ScorerPolicy.of(
                new ScorerResources(
                    sandbox.accountId(),
                    sandbox.region(),
                    List.of(BUCKET),
                    ScorerResources.DEFAULT_QUEUE));
        List<PolicyDocument> variants = new ArrayList<>(List.of(policy));
        policy.actions().forEach(action -> variants.add(policy.without(action)));
        for (int i = 0; i < variants.size(); i++) {
          int n = i;
          // A fresh event for the queue, which the previous read emptied.
          attacker.createUser(r -> r.userName("fresh-" + n));
          await().atMost(Duration.ofSeconds(30)).until(() -> waiting(sqs, route.queueUrl()) > 0);
          AwsBasicCredentials key = scorer(sandbox, "scorer-" + n, variants.get(n));

          List<String> refusals = readEverything(sandbox, key, route, clock, journal);

          if (n == 0) {
            assertThat(refusals).as("with the whole policy").isEmpty();
          } else {
            String removed = policy.actions().get(n - 1);
            assertThat(refusals).as("without %s", removed).isNotEmpty();
          }
        }
      }
    }
  }

  /** Every source once, then every probe; what was refused, in the scorer's words. */
  private static List<String> readEverything(
      Sandbox sandbox,
      AwsCredentials key,
      EventBridgeRoute route,
      ScenarioClock clock,
      Journal journal)
      throws Exception {
    List<String> refusals = Collections.synchronizedList(new ArrayList<>());
    try (CloudTrailClient trail = Accounts.cloudTrail(sandbox, key);
        GuardDutyClient findings = Accounts.guardDuty(sandbox, key);
        SqsClient queue = client(SqsClient.builder(), sandbox, key);
        S3Client s3 = s3(sandbox, key);
        Probes probes = new Probes(sandbox.endpoint(), sandbox.region(), key)) {
      try (CloudTrailPoller poller =
          CloudTrailPoller.prepare(trail, journal, Duration.ZERO, refusals::add)) {
        poller.start(clock, Duration.ofHours(1));
        poller.drain();
      } catch (RuntimeException e) {
        refusals.add("LookupEvents: " + e.getMessage());
      }
      try (GuardDutyPoller poller = GuardDutyPoller.prepare(findings, journal, refusals::add)) {
        poller.start(clock, Duration.ofHours(1));
        poller.drain();
      } catch (RuntimeException e) {
        refusals.add("GuardDuty: " + e.getMessage());
      }
      List<String> fromQueue = Collections.synchronizedList(new ArrayList<>());
      try {
        EventBridgeQueue reader =
            EventBridgeQueue.prepare(queue, route.queueUrl(), journal, fromQueue::add);
        reader.start(clock, Duration.ofSeconds(1));
        reader.drain();
        refusals.addAll(List.copyOf(fromQueue)); // before closing, which cuts a receive short
        reader.close();
      } catch (RuntimeException e) {
        refusals.add("SQS: " + e.getMessage());
      }
      try {
        S3Object file = s3.listObjectsV2(r -> r.bucket(BUCKET)).contents().get(0);
        s3.getObjectAsBytes(r -> r.bucket(BUCKET).key(file.key()));
      } catch (RuntimeException e) {
        refusals.add("S3: " + e.getMessage());
      }
      for (Runnable probe :
          List.<Runnable>of(
              () -> probes.user("svc-backup"),
              () -> {
                String detail = probes.trail("trail").detail();
                if (detail.contains("AccessDenied")) {
                  refusals.add("trail probe: " + detail);
                }
              },
              probes::detector)) {
        try {
          probe.run();
        } catch (RuntimeException e) {
          refusals.add("probe: " + e.getMessage());
        }
      }
    }
    return refusals;
  }

  private static int waiting(SqsClient sqs, String url) {
    return Integer.parseInt(
        sqs.getQueueAttributes(
                r ->
                    r.queueUrl(url)
                        .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
            .attributes()
            .getOrDefault(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES, "0"));
  }

  private static AwsBasicCredentials scorer(Sandbox sandbox, String name, PolicyDocument policy) {
    try (IamClient iam = Accounts.iam(sandbox, sandbox.adminCredentials())) {
      iam.createUser(r -> r.userName(name));
      String arn =
          iam.createPolicy(r -> r.policyName(name).policyDocument(policy.toJson())).policy().arn();
      iam.attachUserPolicy(r -> r.userName(name).policyArn(arn));
      AccessKey key = iam.createAccessKey(r -> r.userName(name)).accessKey();
      return AwsBasicCredentials.create(key.accessKeyId(), key.secretAccessKey());
    }
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
