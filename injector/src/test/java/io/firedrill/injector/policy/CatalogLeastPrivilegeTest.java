package io.firedrill.injector.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.firedrill.exercise.policy.PolicyDocument;
import io.firedrill.injector.aws.AwsSession;
import io.firedrill.injector.plan.Plan;
import io.firedrill.injector.plan.Planner;
import io.firedrill.injector.technique.Technique;
import io.firedrill.injector.technique.TechniqueCatalog;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.InstanceType;

/**
 * Every technique of the catalog, played alone as a one-step scenario: its generated policy is
 * enough, and each of its actions is needed. The shipped scenarios leave some techniques out; this
 * is where their permission lists are checked.
 */
class CatalogLeastPrivilegeTest {

  /** How a technique is played alone: whose key, with what, in an account holding what. */
  record Setting(String user, Map<String, String> with, Consumer<AwsSession> setup) {}

  private static final Consumer<AwsSession> NOTHING = control -> {};

  private static final Map<String, Setting> SETTINGS =
      Map.ofEntries(
          Map.entry("aws.defense-evasion.cloudtrail-stop", trail()),
          Map.entry("aws.defense-evasion.cloudtrail-delete", trail()),
          Map.entry("aws.defense-evasion.cloudtrail-event-selectors", trail()),
          Map.entry(
              "aws.defense-evasion.cloudtrail-redirect-bucket",
              new Setting(
                  "dev-frank",
                  Map.of("trail", "management-events", "bucket", "loot"),
                  CatalogLeastPrivilegeTest::lootBucket)),
          Map.entry(
              "aws.exfiltration.s3-bucket-policy-public",
              new Setting(
                  "dev-frank", Map.of("bucket", "loot"), CatalogLeastPrivilegeTest::lootBucket)),
          Map.entry(
              "aws.collection.s3-get-object-sweep",
              new Setting(
                  "dev-frank",
                  Map.of("bucket", "loot", "max", "2"),
                  CatalogLeastPrivilegeTest::lootBucket)),
          Map.entry(
              "aws.exfiltration.ec2-share-snapshot",
              new Setting("dev-frank", Map.of(), CatalogLeastPrivilegeTest::aSnapshot)),
          Map.entry(
              "aws.persistence.iam-backdoor-user",
              new Setting("dev-frank", Map.of("userName", "blue-responder"), NOTHING)),
          Map.entry(
              "aws.persistence.iam-create-user-login-profile",
              new Setting("dev-frank", Map.of("userName", "blue-responder"), NOTHING)),
          Map.entry(
              "aws.persistence.iam-backdoor-role-trust",
              new Setting("dev-frank", Map.of("roleName", "security-audit"), NOTHING)),
          // ci-bot has a customer managed policy of its own to rewrite; dev-frank has none.
          Map.entry(
              "aws.privilege-escalation.iam-create-policy-version",
              new Setting("ci-bot", Map.of(), NOTHING)),
          Map.entry(
              "aws.impact.ec2-run-instances-burst",
              new Setting("dev-frank", Map.of("count", "1"), NOTHING)),
          Map.entry(
              "aws.impact.ec2-compute-hijack",
              new Setting("dev-frank", Map.of("count", "1"), NOTHING)));

  @TempDir Path dir;

  private static Setting trail() {
    return new Setting("dev-frank", Map.of("trail", "management-events"), NOTHING);
  }

  static Stream<String> techniques() {
    return TechniqueCatalog.all().stream().map(Technique::id);
  }

  @ParameterizedTest
  @MethodSource("techniques")
  void eachTechniquesPolicyIsEnoughAndEachOfItsActionsNeeded(String id) throws Exception {
    Setting setting = SETTINGS.getOrDefault(id, new Setting("dev-frank", Map.of(), NOTHING));
    Plan plan = alone(id, setting);
    Map<String, PolicyDocument> policies = new LinkedHashMap<>();
    LeastPrivilege.of(plan, "*", "*").forEach(p -> policies.put(p.attachTo(), p.document()));

    List<Drill.Outcome> asBaseline = Drill.withBaselineRights(dir, plan, setting.setup());
    List<Drill.Outcome> leastPrivilege = Drill.withOnly(dir, plan, policies, setting.setup());

    assertThat(asBaseline).as("with the baseline's rights").noneMatch(Drill.Outcome::denied);
    assertThat(leastPrivilege).containsExactlyElementsOf(asBaseline);
    for (Map.Entry<String, PolicyDocument> identity : policies.entrySet()) {
      for (String action : identity.getValue().actions()) {
        Map<String, PolicyDocument> less = new LinkedHashMap<>(policies);
        less.put(identity.getKey(), identity.getValue().without(action));

        assertThat(Drill.withOnly(dir, plan, less, setting.setup()))
            .as("%s without %s", id, action)
            .anyMatch(Drill.Outcome::denied);
      }
    }
  }

  private static Plan alone(String id, Setting setting) {
    String with =
        setting.with().entrySet().stream()
            .map(e -> e.getKey() + ": \"" + e.getValue() + "\"")
            .collect(Collectors.joining(", "));
    String yaml =
        "id: alone\ntitle: one technique\nactors:\n  attacker: { leakedKeyOf: "
            + setting.user()
            + " }\ntimeline:\n  - { at: 0s, actor: attacker, technique: "
            + id
            + (with.isEmpty() ? "" : ", with: { " + with + " }")
            + " }\n";
    return Planner.load(yaml, id + ".yaml");
  }

  private static void lootBucket(AwsSession control) {
    control.s3().createBucket(r -> r.bucket("loot"));
    // New buckets block public policies, as on AWS: this one is an old one that does not.
    control.s3().deletePublicAccessBlock(r -> r.bucket("loot"));
    for (String key : List.of("customers.csv", "payroll.csv")) {
      control.s3().putObject(r -> r.bucket("loot").key(key), RequestBody.fromString(key));
    }
  }

  private static void aSnapshot(AwsSession control) {
    Ec2Client ec2 = control.ec2(control.region());
    String instance =
        ec2.runInstances(
                r ->
                    r.imageId("ami-0abcdef1234567890")
                        .instanceType(InstanceType.T3_MICRO)
                        .minCount(1)
                        .maxCount(1))
            .instances()
            .get(0)
            .instanceId();
    String volume =
        ec2.describeVolumes(r -> r.filters(f -> f.name("attachment.instance-id").values(instance)))
            .volumes()
            .get(0)
            .volumeId();
    ec2.createSnapshot(r -> r.volumeId(volume).description("nightly backup"));
  }
}
