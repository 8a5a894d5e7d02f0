package io.firedrill.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sandbox provision | teardown} given what they cannot use: a clear line, exit 2. */
class ProvisionCommandsTest {

  @TempDir Path dir;

  @Test
  void teardownOfAMissingRecordSaysSo() throws Exception {
    Firedrill.Result result =
        Firedrill.run(dir, "sandbox", "teardown", "--record", dir.resolve("nope.json").toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("no such provisioning record").doesNotContain("\tat ");
  }

  @Test
  void anUnknownTargetIsNamedWithTheOnesThereAre() throws Exception {
    Firedrill.Result result = Firedrill.run(dir, "sandbox", "provision", "--target", "gcp");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("--target is aws or localstack, not 'gcp'");
  }

  @Test
  void anEndpointNobodyServesIsAnErrorNotAStackTrace() throws Exception {
    Map<String, String> env =
        Map.of(
            "AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE",
            "AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
            "AWS_REGION", "us-east-1");

    Firedrill.Result result =
        Firedrill.run(
            dir,
            env,
            "sandbox",
            "provision",
            "--endpoint",
            "http://127.0.0.1:1",
            "--record",
            dir.resolve("r.json").toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .contains("firedrill sandbox provision: cannot reach AWS")
        .doesNotContain("\tat ");
    assertThat(dir.resolve("r.json")).doesNotExist();
  }
}
