package io.firedrill.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.firedrill.exercise.journal.EntryTypes;
import io.firedrill.exercise.journal.JournalEntry;
import io.firedrill.exercise.journal.JournalReader;
import io.firedrill.sandbox.Sandbox;
import io.firedrill.sandbox.baseline.Baseline;
import io.firedrill.sandbox.baseline.BaselineApplier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Event;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.ComparisonOperator;
import software.amazon.awssdk.services.cloudwatch.model.StateValue;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.organizations.OrganizationsClient;

/**
 * The guardrails, as a game master meets them: {@code firedrill run --endpoint} against an account
 * that stands in for a real sandbox account (the embedded sandbox with the standard baseline), with
 * the environment's credentials. A refused target exits 3, and CloudTrail shows that not one call
 * that changes state was made after the refusal began; a stop condition's alarm ends a running
 * exercise.
 */
class GuardrailRefusalTest {

  private static final String ACCOUNT = "111122223333";
  private static Sandbox sandbox;

  @TempDir Path dir;

  @BeforeAll
  static void start() throws Exception {
    sandbox = Sandbox.builder().port(0).accountId(ACCOUNT).start();
    BaselineApplier.apply(
        Baseline.load(Firedrill.HOME.resolve("scenarios/baselines/standard.yaml")),
        sandbox.endpoint(),
        sandbox.region(),
        StaticCredentialsProvider.create(sandbox.adminCredentials()));
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @Test
  void anAccountOffTheAllowListIsRefused() throws Exception {
    Set<String> before = writes();

    Firedrill.Result result = run(Map.of(), "leaked-access-key", "999988887777");

    assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(3);
    assertThat(result.err())
        .contains("the target was refused: account 111122223333 is not on the account allow-list");
    assertThat(writes()).isEqualTo(before);
  }

  @Test
  void theManagementAccountOfAnOrganizationIsRefused() throws Exception {
    try (OrganizationsClient orgs = client(OrganizationsClient.builder(), Region.AWS_GLOBAL)) {
      String id = orgs.createOrganization(r -> {}).organization().id();
      try {
        Set<String> before = writes();

        Firedrill.Result result = run(Map.of(), "leaked-access-key", ACCOUNT);

        assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(3);
        assertThat(result.err())
            .contains("account 111122223333 is the management account of AWS Organization " + id);
        assertThat(writes()).isEqualTo(before);
      } finally {
        orgs.deleteOrganization(r -> {});
      }
    }
  }

  @Test
  void anAccountWhoseMarkerRoleLacksTheSandboxTagIsRefused() throws Exception {
    try (IamClient iam = client(IamClient.builder(), Region.AWS_GLOBAL)) {
      iam.untagRole(r -> r.roleName("firedrill-sandbox").tagKeys("firedrill:sandbox"));
      try {
        Set<String> before = writes();

        Firedrill.Result result = run(Map.of(), "leaked-access-key", ACCOUNT);

        assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(3);
        assertThat(result.err())
            .contains("has the role firedrill-sandbox but without the tag firedrill:sandbox");
        assertThat(writes()).isEqualTo(before);
      } finally {
        iam.tagRole(
            r ->
                r.roleName("firedrill-sandbox")
                    .tags(t -> t.key("firedrill:sandbox").value("true")));
      }
    }
  }

  @Test
  void aRunInstancesStepOverTheCapsOrOffTheRegionsIsRefusedAtPlanTime() throws Exception {
    Path scenario = dir.resolve("burst.yaml");
    Files.writeString(
        scenario,
        """
        id: burst
        title: More instances than a sandbox account should pay for
        actors:
          attacker: { leakedKeyOf: dev-frank }
        timeline:
          - at: 0s
            actor: attacker
            technique: aws.impact.ec2-run-instances-burst
            with: { instanceType: t3.micro, count: "8" }
          - at: 1m
            actor: attacker
            technique: aws.discovery.ec2-describe-instances
            with: { regions: "us-east-1,eu-west-1" }
        """);
    Set<String> before = writes();

    Firedrill.Result result =
        run(
            Map.of("FIREDRILL_MAX_INSTANCES_PER_STEP", "5", "FIREDRILL_REGIONS", "us-east-1"),
            scenario.toString(),
            ACCOUNT);

    assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(3);
    assertThat(result.err())
        .contains(
            "burst.yaml:6:5: aws.impact.ec2-run-instances-burst asks for up to 8 instance(s), over"
                + " the cap of 5 a step")
        .contains(
            "burst.yaml:10:5: aws.discovery.ec2-describe-instances calls region eu-west-1, not on"
                + " the region allow-list [us-east-1]")
        .contains("FIREDRILL_REGIONS");
    assertThat(result.out() + result.err()).doesNotContain("Exception", "\tat ");
    assertThat(writes()).isEqualTo(before);
  }

  @Test
  void theStopConditionsAlarmEndsARunningExerciseWithExitCodeThree() throws Exception {
    Path scenario = dir.resolve("long.yaml");
    Files.writeString(
        scenario,
        """
        id: long
        title: An exercise that would run for ten minutes
        actors:
          attacker: { leakedKeyOf: dev-frank }
        timeline:
          - at: 0s
            actor: attacker
            technique: aws.discovery.sts-get-caller-identity
          - at: 10m
            actor: attacker
            technique: aws.discovery.iam-list-users
        """);
    try (CloudWatchClient cloudWatch =
        client(CloudWatchClient.builder(), Region.of(sandbox.region()))) {
      cloudWatch.putMetricAlarm(
          r ->
              r.alarmName("gameday-stop")
                  .namespace("AWS/Billing")
                  .metricName("EstimatedCharges")
                  .statistic("Maximum")
                  .period(300)
                  .evaluationPeriods(1)
                  .threshold(25.0)
                  .comparisonOperator(ComparisonOperator.GREATER_THAN_THRESHOLD));
      Path out = dir.resolve("run.out");
      Map<String, String> env = environment();
      env.put("FIREDRILL_STOP_ALARM", "gameday-stop");
      env.put("FIREDRILL_STOP_ALARM_EVERY", "200ms");
      Process run =
          Firedrill.start(
              dir,
              out,
              dir.resolve("run.err"),
              env,
              "run",
              scenario.toString(),
              "--endpoint",
              sandbox.endpoint().toString(),
              "--allow-account",
              ACCOUNT,
              "--out",
              dir.resolve("reports").toString());
      try {
        await()
            .atMost(Duration.ofSeconds(90))
            .until(() -> Files.readString(out).contains("inject 1 ") || !run.isAlive());
        assertThat(Files.readString(out)).contains("stop condition: the exercise ends if");

        cloudWatch.setAlarmState(
            r ->
                r.alarmName("gameday-stop")
                    .stateValue(StateValue.ALARM)
                    .stateReason("estimated charges over 25 USD"));

        assertThat(run.waitFor(90, TimeUnit.SECONDS)).as(Files.readString(out)).isTrue();
      } finally {
        run.destroyForcibly();
        cloudWatch.deleteAlarms(r -> r.alarmNames("gameday-stop"));
      }
      String reason =
          "stop condition: CloudWatch alarm 'gameday-stop' is in ALARM (estimated charges over 25"
              + " USD)";
      assertThat(run.exitValue()).as(Files.readString(out)).isEqualTo(3);
      assertThat(Files.readString(out)).contains("exercise ended: " + reason);
      List<JournalEntry> journal = JournalReader.read(journal(dir.resolve("reports")));
      assertThat(journal)
          .filteredOn(e -> e.type().equals(EntryTypes.EXERCISE_ENDED))
          .singleElement()
          .satisfies(e -> assertThat(e.text("reason")).isEqualTo(reason));
      // The step due at 10m never fired; cleanup still ran.
      assertThat(journal)
          .extracting(JournalEntry::type)
          .containsOnlyOnce(EntryTypes.INJECT_FIRED)
          .contains(EntryTypes.CLEANUP_DONE);
    }
  }

  private Firedrill.Result run(Map<String, String> extra, String scenario, String allowed)
      throws Exception {
    Map<String, String> env = environment();
    env.putAll(extra);
    return Firedrill.run(
        dir,
        env,
        "run",
        scenario,
        "--endpoint",
        sandbox.endpoint().toString(),
        "--allow-account",
        allowed,
        "--speed",
        "max",
        "--out",
        dir.resolve("reports").toString());
  }

  private static Map<String, String> environment() {
    Map<String, String> env = new HashMap<>();
    env.put("AWS_ACCESS_KEY_ID", sandbox.adminCredentials().accessKeyId());
    env.put("AWS_SECRET_ACCESS_KEY", sandbox.adminCredentials().secretAccessKey());
    env.put("AWS_REGION", sandbox.region());
    // leaked-access-key launches instances in eu-west-1 too.
    env.put("FIREDRILL_REGIONS", "us-east-1,eu-west-1");
    return env;
  }

  /** The ids of every event CloudTrail recorded for a call that changes state. */
  private static Set<String> writes() {
    try (CloudTrailClient trail = client(CloudTrailClient.builder(), Region.of(sandbox.region()))) {
      return trail
          .lookupEventsPaginator(
              r -> r.lookupAttributes(a -> a.attributeKey("ReadOnly").attributeValue("false")))
          .events()
          .stream()
          .map(Event::eventId)
          .collect(Collectors.toSet());
    }
  }

  private static Path journal(Path reports) throws Exception {
    try (Stream<Path> files = Files.walk(reports)) {
      return files.filter(p -> p.endsWith("journal.jsonl")).findFirst().orElseThrow();
    }
  }

  private static <
          B extends
              software.amazon.awssdk.awscore.client.builder.AwsClientBuilder<B, C>
                  & software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder<B, C>,
          C>
      C client(B builder, Region region) {
    return builder
        .endpointOverride(sandbox.endpoint())
        .region(region)
        .credentialsProvider(StaticCredentialsProvider.create(sandbox.adminCredentials()))
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }
}
