package io.firedrill.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The command line as a process: what it prints and the exit codes scripts rely on. */
class CommandLineTest {

  @TempDir Path dir;

  @Test
  void printsItsVersion() throws Exception {
    Firedrill.Result result = Firedrill.run(dir, "--version");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).matches("firedrill \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R");
  }

  @Test
  void aRunWhereNobodyRespondsMissesRecoveryAndExitsWithOne() throws Exception {
    Firedrill.Result result =
        Firedrill.run(
            dir,
            "run",
            "cloudtrail-tampering",
            "--blue",
            "none",
            "--speed",
            "max",
            "--out",
            dir.toString());

    assertThat(result.exitCode()).as(result.err()).isEqualTo(1);
    assertThat(result.out())
        .contains("1 of 2 expectations met")
        .containsPattern("missed +recover +logging-restored");
    Path report = Path.of(result.out().replaceAll("(?s).*report: +(\\S+).*", "$1"));
    assertThat(report).startsWith(dir).exists();
    assertThat(Files.readString(report)).contains("1 of 2 expectations met");
    assertThat(report.resolveSibling("journal.jsonl")).exists();
  }

  @Test
  void aRunWhereTheBlueTeamRespondsMeetsEveryExpectation() throws Exception {
    Firedrill.Result result =
        Firedrill.run(
            dir,
            "run",
            "cloudtrail-tampering",
            "--blue",
            "auto",
            "--speed",
            "max",
            "--out",
            dir.toString());

    assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
    assertThat(result.out())
        .contains(
            "inject 2 aws.defense-evasion.cloudtrail-stop by attacker: cloudtrail:StopLogging allowed")
        .contains("blue team: restart logging on trail management-events: allowed")
        .contains("2 of 2 expectations met")
        .contains("report:");
    // The journal never holds a secret key (40 characters of base64), only access key ids.
    Path journal = Path.of(result.out().replaceAll("(?s).*journal: +(\\S+).*", "$1"));
    assertThat(Files.readString(journal))
        .contains("\"accessKeyId\":\"AKIA")
        .doesNotContainPattern("(?<![A-Za-z0-9/+])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+])");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "bad YAML         | 'id: x\\ntitle: [oops\\n'                                                    | bad.yaml:3:1: invalid YAML: ",
        "unknown technique | 'id: x\\ntitle: t\\nactors:\\n  a: { leakedKeyOf: dev-frank }\\ntimeline:\\n  - { at: 0s, actor: a, technique: aws.discovery.nope }\\n' | bad.yaml:6:5: unknown technique 'aws.discovery.nope'",
        "negative offset  | 'id: x\\ntitle: t\\nactors:\\n  a: { leakedKeyOf: dev-frank }\\ntimeline:\\n  - { at: -5s, actor: a, technique: aws.discovery.sts-get-caller-identity }\\n' | bad.yaml:6:11: expected the step's offset as a non-negative duration",
      })
  void aMalformedScenarioExitsWithTwoAndSaysWhereWithoutAStackTrace(
      String what, String yaml, String expected) throws Exception {
    Files.writeString(dir.resolve("bad.yaml"), yaml.replace("\\n", "\n"));

    Firedrill.Result result =
        Firedrill.run(dir, "run", "bad.yaml", "--speed", "max", "--out", dir.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).startsWith(expected);
    assertThat(result.out() + result.err()).doesNotContain("Exception", "\tat ");
  }

  @Test
  void aDryRunPrintsThePlanAndStartsNothing() throws Exception {
    Firedrill.Result result =
        Firedrill.run(
            dir, "run", "leaked-access-key", "--dry-run", "--out", dir.resolve("out").toString());

    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .contains("1m  attacker  aws.defense-evasion.cloudtrail-stop")
        .contains("calls CreateUser, AttachUserPolicy, CreateAccessKey")
        .contains("Nothing was started");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void anUnknownScenarioOrBadOptionExitsWithTwo() throws Exception {
    Firedrill.Result unknown = Firedrill.run(dir, "run", "no-such-scenario");
    Firedrill.Result speed = Firedrill.run(dir, "run", "cloudtrail-tampering", "--speed", "fast");

    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("no such scenario 'no-such-scenario'");
    assertThat(speed.exitCode()).isEqualTo(2);
    assertThat(speed.err()).contains("--speed").contains("'max'");
  }
}
