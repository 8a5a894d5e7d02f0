package io.firedrill.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code score --cloudtrail}: a live game day's trail, recorded in a real account, scored later.
 */
class ScoreCommandTest {

  @TempDir Path dir;

  private static String record(String id, String time, String name, String user) {
    return "{\"eventVersion\":\"1.09\",\"eventID\":\""
        + id
        + "\",\"eventTime\":\""
        + time
        + "\","
        + "\"eventSource\":\"cloudtrail.amazonaws.com\",\"eventName\":\""
        + name
        + "\","
        + "\"awsRegion\":\"eu-west-1\",\"recipientAccountId\":\"111122223333\",\"sourceIPAddress\":\"198.51.100.9\","
        + "\"userIdentity\":{\"type\":\"IAMUser\",\"arn\":\"arn:aws:iam::111122223333:user/"
        + user
        + "\","
        + "\"userName\":\""
        + user
        + "\",\"accessKeyId\":\"AKIA"
        + user.toUpperCase().replace("-", "")
        + "\"}}";
  }

  /** Runs {@code score} in this JVM on a trail, against a scenario, with more options. */
  private static Firedrill.Result score(String trail, String scenario, String... options) {
    List<String> args =
        new ArrayList<>(List.of("score", "--cloudtrail", trail, "--scenario", scenario));
    args.addAll(List.of(options));
    return InThisJvm.run(args.toArray(String[]::new));
  }

  /** Writes trail.json, an S3 delivery file of these records, and gives its path. */
  private String trail(String... records) throws java.io.IOException {
    Path file = dir.resolve("trail.json");
    Files.writeString(file, "{\"Records\":[" + String.join(",", records) + "]}");
    return file.toString();
  }

  @Test
  void scoresARecordedTrailAgainstAScenario() throws Exception {
    String trail =
        trail(
            record("e-2", "2026-11-20T10:02:40Z", "StartLogging", "alice-oncall"),
            record("e-1", "2026-11-20T10:00:10Z", "StopLogging", "dev-frank"));

    Firedrill.Result result =
        Firedrill.run(
            dir,
            "score",
            "--cloudtrail",
            trail,
            "--scenario",
            "cloudtrail-tampering",
            "--out",
            dir.resolve("out").toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    // The blue team restarted logging 2m30s after the attacker's StopLogging.
    assertThat(result.out()).contains("2 of 2 expectations met").contains("time to recover 150s");
  }

  @Test
  void aNamedBlueTeamIsScoredAloneAndEveryoneElseIsLeftOut() throws Exception {
    // In a shared account a CI role restarts the trail 20 s after the attacker stopped it; the
    // on-call engineer does so at 2m30s.
    String trail =
        trail(
            record("e-1", "2026-11-20T10:00:10Z", "StopLogging", "dev-frank"),
            record("e-2", "2026-11-20T10:00:30Z", "StartLogging", "ci-deployer"),
            record("e-3", "2026-11-20T10:02:40Z", "StartLogging", "alice-oncall"));

    Firedrill.Result everyone =
        score(trail, "cloudtrail-tampering", "--out", dir.resolve("everyone").toString());
    Firedrill.Result named =
        score(
            trail,
            "cloudtrail-tampering",
            "--blue",
            "arn:aws:iam::111122223333:user/alice-oncall",
            "--out",
            dir.resolve("named").toString());

    assertThat(everyone.out())
        .as(everyone.err())
        .contains("time to recover 20s")
        .contains(
            "blue team: everyone but the actors, 2 principal(s) seen acting: alice-oncall,"
                + " ci-deployer")
        .contains("name the responders with --blue ARN,...");
    assertThat(named.exitCode()).as(named.err()).isZero();
    assertThat(named.out()).contains("time to recover 150s").doesNotContain("blue team:");
    Path report = Files.list(dir.resolve("named")).findFirst().orElseThrow().resolve("report.md");
    assertThat(Files.readString(report))
        .contains("named for the scoring, arn:aws:iam::111122223333:user/alice-oncall")
        .contains("alice-oncall")
        .doesNotContain("ci-deployer");
  }

  @Test
  void guardDutysFindingsCapturedElsewhereAreScoredWithTheTrail() throws Exception {
    String trail = trail(record("e-1", "2026-11-20T10:00:10Z", "StopLogging", "dev-frank"));
    // GuardDuty's S3 export: one finding a line, naming the key the attacker's record signed with.
    Path findings = dir.resolve("findings.jsonl");
    Files.writeString(
        findings,
        "{\"id\":\"f-1\",\"type\":\"Stealth:IAMUser/CloudTrailLoggingDisabled\",\"severity\":2,"
            + "\"accountId\":\"111122223333\",\"createdAt\":\"2026-11-20T10:02:10.000Z\","
            + "\"resource\":{\"accessKeyDetails\":{\"accessKeyId\":\"AKIADEVFRANK\"}},"
            + "\"service\":{\"count\":1,\"eventFirstSeen\":\"2026-11-20T10:00:10.000Z\"}}\n");

    Firedrill.Result result =
        score(
            trail,
            "leaked-access-key",
            "--guardduty",
            findings.toString(),
            "--out",
            dir.resolve("out").toString());

    assertThat(result.out())
        .as(result.err())
        .containsPattern("met +detect +guardduty-logging-disabled +time to detect 120s");
  }

  @Test
  void findingsThatAreNotFindingsAreBadInput() throws Exception {
    String trail = trail(record("e-1", "2026-11-20T10:00:10Z", "StopLogging", "dev-frank"));
    Path findings = dir.resolve("findings.json");
    Files.writeString(findings, "{\"Records\": []}");

    Firedrill.Result result = score(trail, "leaked-access-key", "--guardduty", findings.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .contains("findings.json:1:1: expected a GuardDuty finding")
        .contains("found an object with Records");
  }

  @Test
  void aBlueTeamNamedOtherwiseThanByArnIsBadInput() {
    Firedrill.Result result = score("trail.json", "cloudtrail-tampering", "--blue", "alice-oncall");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .contains("--blue expects principal ARNs separated by commas; got 'alice-oncall'");
  }

  @Test
  void theScenariosOwnWeightsScoreTheReplay() throws Exception {
    String trail = trail(record("e-1", "2026-11-20T10:00:10Z", "StopLogging", "dev-frank"));
    Path scenario = dir.resolve("weighted.yaml");
    Files.writeString(
        scenario,
        Files.readString(Firedrill.HOME.resolve("scenarios/cloudtrail-tampering.yaml"))
            + "scoring:\n  weights: { detect: 50, recover: 50 }\n");

    Firedrill.Result result =
        score(trail, scenario.toString(), "--out", dir.resolve("out").toString());

    assertThat(result.out()).as(result.err()).contains("1 of 2 expectations met");
    Path card = Files.list(dir.resolve("out")).findFirst().orElseThrow().resolve("result.json");
    assertThat(Files.readString(card).replaceAll("\\s", ""))
        .contains("{\"phase\":\"detect\",\"weight\":50,")
        .contains("{\"phase\":\"recover\",\"weight\":50,");
  }

  @Test
  void aFolderOfTrailFilesShowsHowFarReadingHasComeOnStderr() throws Exception {
    Path trail = Files.createDirectories(dir.resolve("trail"));
    for (int i = 0; i < 3; i++) {
      Files.writeString(
          trail.resolve("part-" + i + ".json"),
          "{\"Records\":["
              + record("e-" + i, "2026-11-20T10:0" + i + ":10Z", "DescribeTrails", "dev-frank")
              + "]}");
    }

    Firedrill.Result result =
        Firedrill.run(
            dir,
            "score",
            "--cloudtrail",
            trail.toString(),
            "--scenario",
            "cloudtrail-tampering",
            "--out",
            dir.resolve("out").toString());

    // Not a terminal: plain lines, on stderr, leaving stdout to the summary.
    assertThat(result.err())
        .contains("reading the trail: 0/3 files, 0 B of ")
        .contains("reading the trail: 3/3 files, ")
        .contains("(100%)")
        .contains("writing the report (HTML, Markdown, PDF, JSON, JUnit)...")
        .contains("writing the report: 0% (scoring)")
        .contains("% (PDF)")
        .contains("writing the report: 100% (done)")
        .doesNotContain("\r");
    assertThat(result.out()).doesNotContain("reading the trail").contains("expectations met");
  }

  @Test
  void aMissingOrBrokenTrailIsBadInput() throws Exception {
    Files.writeString(dir.resolve("broken.json"), "{\"Records\": [ {\"eventName\": ");

    Firedrill.Result missing =
        Firedrill.run(
            dir, "score", "--cloudtrail", "nothing-here", "--scenario", "cloudtrail-tampering");
    Firedrill.Result broken =
        Firedrill.run(
            dir,
            "score",
            "--cloudtrail",
            dir.resolve("broken.json").toString(),
            "--scenario",
            "cloudtrail-tampering");

    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("nothing-here: no such file or folder");
    assertThat(broken.exitCode()).isEqualTo(2);
    assertThat(broken.err()).contains("broken.json:1:").contains("not valid JSON");
  }
}
