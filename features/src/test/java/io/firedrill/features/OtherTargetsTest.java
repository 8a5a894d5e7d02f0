package io.firedrill.features;

import static org.assertj.core.api.Assertions.assertThat;

import io.firedrill.sandbox.baseline.Baseline;
import io.firedrill.sandbox.baseline.BaselineApplier;
import io.firedrill.shell.exercise.ScenarioLibrary;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.localstack.LocalStackContainer;
import org.testcontainers.utility.DockerImageName;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * The same features against LocalStack (when a Docker engine and a LocalStack auth token are at
 * hand) and against a configured sandbox account, for what those targets support: the scenarios
 * tagged {@code @guardduty} need GuardDuty's findings, which neither raises in seconds, and are
 * left out. Where a target is missing, its run is skipped and the reason printed.
 */
class OtherTargetsTest {

  private static final String SUPPORTED = "not @guardduty";

  @Test
  void theFeaturesPassOnLocalStack() throws Exception {
    String token = System.getenv("LOCALSTACK_AUTH_TOKEN");
    skipUnless(token != null && !token.isBlank(), "LocalStack: no LOCALSTACK_AUTH_TOKEN set");
    skipUnless(dockerAvailable(), "LocalStack: no Docker engine reachable for Testcontainers");
    try (LocalStackContainer localStack =
        new LocalStackContainer(DockerImageName.parse("localstack/localstack-pro:4"))
            .withEnv("LOCALSTACK_AUTH_TOKEN", token)) {
      localStack.start();
      AwsBasicCredentials admin =
          AwsBasicCredentials.create(localStack.getAccessKey(), localStack.getSecretKey());
      Baseline standard = new ScenarioLibrary(Settings.home()).loadBaseline("standard");
      BaselineApplier.apply(
          standard,
          localStack.getEndpoint(),
          localStack.getRegion(),
          StaticCredentialsProvider.create(admin));
      runFeatures(
          Map.of(
              "firedrill.target", Target.LOCALSTACK,
              "firedrill.endpoint", localStack.getEndpoint().toString(),
              "firedrill.allowed.accounts", "000000000000",
              "aws.accessKeyId", admin.accessKeyId(),
              "aws.secretAccessKey", admin.secretAccessKey()));
    }
  }

  @Test
  void theFeaturesPassOnTheConfiguredSandboxAccount() throws Exception {
    String endpoint = Settings.setting("firedrill.account.endpoint", "FIREDRILL_ACCOUNT_ENDPOINT");
    String accounts = Settings.setting("firedrill.allowed.accounts", "FIREDRILL_ALLOWED_ACCOUNTS");
    skipUnless(
        endpoint != null && accounts != null,
        "sandbox account: FIREDRILL_ACCOUNT_ENDPOINT and FIREDRILL_ALLOWED_ACCOUNTS are not both"
            + " set (the account's baseline applied, its credentials in the environment)");
    runFeatures(
        Map.of(
            "firedrill.target",
            Target.ACCOUNT,
            "firedrill.endpoint",
            URI.create(endpoint).toString(),
            "firedrill.allowed.accounts",
            accounts));
  }

  /** The features, through Cucumber's own command line, with the target's settings. */
  private static void runFeatures(Map<String, String> settings) {
    settings.forEach(System::setProperty);
    try {
      byte status =
          io.cucumber.core.cli.Main.run(
              new String[] {
                "--glue",
                "io.firedrill.features",
                "--tags",
                SUPPORTED,
                "--plugin",
                "summary",
                "exercises"
              },
              OtherTargetsTest.class.getClassLoader());
      assertThat(status).as("the features' exit status").isZero();
    } finally {
      settings.keySet().forEach(System::clearProperty);
    }
  }

  private static boolean dockerAvailable() {
    try {
      return DockerClientFactory.instance().isDockerAvailable();
    } catch (RuntimeException | LinkageError e) {
      return false;
    }
  }

  private static void skipUnless(boolean ready, String reason) {
    if (!ready) {
      System.out.println("skipped: " + reason);
      throw new TestAbortedException(reason);
    }
  }
}
