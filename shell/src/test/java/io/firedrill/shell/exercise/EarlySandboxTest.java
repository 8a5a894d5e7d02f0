package io.firedrill.shell.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import io.firedrill.sandbox.Sandbox;
import io.firedrill.sandbox.baseline.Baseline;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.sts.StsClient;

class EarlySandboxTest {

  private static final ScenarioLibrary LIBRARY = ScenarioLibrary.fromSystem();

  @Test
  void startsOnlyForARunOnTheEmbeddedSandbox() {
    assertThat(scenarioOf("run leaked-access-key")).isEqualTo("leaked-access-key");
    assertThat(scenarioOf("run leaked-access-key --speed max --out /tmp/x --blue auto"))
        .isEqualTo("leaked-access-key");
    assertThat(scenarioOf("run my.yaml --sandbox embedded --playbook p")).isEqualTo("my.yaml");

    assertThat(scenarioOf("run leaked-access-key --sandbox aws")).isNull();
    assertThat(scenarioOf("run leaked-access-key --endpoint http://127.0.0.1:4566")).isNull();
    assertThat(scenarioOf("run leaked-access-key --sandbox localstack")).isNull();
    assertThat(scenarioOf("run leaked-access-key --dry-run")).isNull();
    assertThat(scenarioOf("run leaked-access-key --speed")).isNull();
    assertThat(scenarioOf("run leaked-access-key --speed=max")).isNull();
    assertThat(scenarioOf("run --help")).isNull();
    assertThat(scenarioOf("run")).isNull();
    assertThat(scenarioOf("gameday start leaked-access-key")).isNull();
    assertThat(scenarioOf("sandbox up")).isNull();
  }

  @Test
  void theRunTakesTheSandboxWithItsBaselineAppliedThroughTheApi() throws Exception {
    EarlySandbox.startFor(new String[] {"run", "leaked-access-key", "--speed", "max"});
    Baseline standard = LIBRARY.loadBaseline("standard");

    EarlySandbox.Started started = EarlySandbox.claim(standard);

    assertThat(started).isNotNull();
    try (Sandbox sandbox = started.sandbox()) {
      assertThat(started.baseline()).isEqualTo(standard);
      // The keys the baseline made answer as their users, over the API.
      try (StsClient sts = sts(started, "dev-frank")) {
        assertThat(sts.getCallerIdentity().arn()).endsWith(":user/dev-frank");
      }
      try (IamClient iam = iam(started)) {
        assertThat(iam.listUsers().users())
            .extracting(u -> u.userName())
            .contains("dev-frank", "blue-responder");
      }
      // Taken once: a second exercise in the same process starts its own.
      assertThat(EarlySandbox.claim(standard)).isNull();
    }
  }

  @Test
  void aSandboxWithAnotherBaselineIsClosedAndNotTaken() {
    EarlySandbox.startFor(new String[] {"run", "leaked-access-key"});
    Baseline standard = LIBRARY.loadBaseline("standard");
    Baseline other =
        new Baseline(
            "other",
            standard.description(),
            standard.users(),
            List.of(),
            standard.roles(),
            standard.guardDuty(),
            standard.vpcFlowLogBucket(),
            standard.policies());

    assertThat(EarlySandbox.claim(other)).isNull();
  }

  @Test
  void aScenarioThatCannotBeLoadedLeavesTheRunToSayWhy() {
    EarlySandbox.startFor(new String[] {"run", "no-such-scenario"});

    assertThat(EarlySandbox.claim(LIBRARY.loadBaseline("standard"))).isNull();
  }

  private static String scenarioOf(String commandLine) {
    return EarlySandbox.embeddedRunScenario(commandLine.split(" "));
  }

  private static StsClient sts(EarlySandbox.Started started, String user) {
    return StsClient.builder()
        .endpointOverride(started.sandbox().endpoint())
        .region(Region.of(started.sandbox().region()))
        .credentialsProvider(
            StaticCredentialsProvider.create(started.applied().accessKeys().get(user)))
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }

  private static IamClient iam(EarlySandbox.Started started) {
    return IamClient.builder()
        .endpointOverride(started.sandbox().endpoint())
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(started.sandbox().adminCredentials()))
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }
}
