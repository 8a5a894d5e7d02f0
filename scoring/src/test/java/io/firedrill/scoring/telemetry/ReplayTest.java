package io.firedrill.scoring.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.firedrill.exercise.journal.ExerciseStart;
import io.firedrill.exercise.journal.Journal;
import io.firedrill.exercise.journal.JournalReader;
import io.firedrill.exercise.scenario.Expectation;
import io.firedrill.exercise.scenario.Phase;
import io.firedrill.exercise.scenario.SourceLocation;
import io.firedrill.scoring.score.ExpectationResult;
import io.firedrill.scoring.score.Outcome;
import io.firedrill.scoring.score.Party;
import io.firedrill.scoring.score.Scorecard;
import io.firedrill.scoring.score.Scorer;
import io.firedrill.scoring.score.TimelineEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scores a real hour of trail (../shared/data/real-aws/cloudtrail/invictus-ir: Stratus Red Team
 * detonations among ordinary noise) as a game day recorded elsewhere. Skipped where it is absent.
 */
class ReplayTest {

  private static final Path TRAIL =
      Path.of("..", "..", "shared", "data", "real-aws", "cloudtrail", "invictus-ir", "CloudTrail");
  private static final String ATTACKER = "arn:aws:iam::123837392027:user/bert-jan";
  private static final String EC2_ROLE =
      "arn:aws:iam::123837392027:role/stratus-red-team-ec2lui-role-pcccexdthk";

  @TempDir Path dir;

  @Test
  void attributesTheAttacksToTheirPrincipalsAndTheRestToNoiseOrOthers() {
    assumeTrue(
        Files.isDirectory(TRAIL),
        "no " + TRAIL.toAbsolutePath().normalize() + ": the real trail is not here");
    ExerciseStart start =
        new ExerciseStart(
            "invictus-replay",
            "replay",
            "An hour of Stratus Red Team",
            "0".repeat(64),
            "aws",
            "123837392027",
            "us-east-1",
            "1",
            null,
            List.of(
                new ExerciseStart.ActorKey("attacker", "bert-jan", ATTACKER, null, null),
                new ExerciseStart.ActorKey("ec2-role", null, EC2_ROLE, null, null)),
            List.of(
                new Expectation(
                    Phase.DETECT,
                    "trail-stopped",
                    "StopLogging",
                    null,
                    "attacker",
                    Duration.ofMinutes(5),
                    SourceLocation.unknown("t")),
                new Expectation(
                    Phase.RECOVER,
                    "trail-restarted",
                    "StartLogging",
                    null,
                    "blue",
                    Duration.ofMinutes(15),
                    SourceLocation.unknown("t"))));
    Path file = dir.resolve("journal.jsonl");
    try (Journal journal = Journal.create(file, Clock.systemUTC())) {
      assertThat(Replay.journal(TRAIL, account -> start, journal)).isEqualTo(2900);
    }

    Scorecard card = Scorer.score(JournalReader.read(file));

    Set<String> attacks =
        Set.of("StopLogging", "PutEventSelectors", "CreateUser", "CreateAccessKey", "RunInstances");
    List<TimelineEntry> attackLines =
        card.timeline().stream()
            .filter(t -> attacks.stream().anyMatch(a -> t.what().endsWith(":" + a)))
            .toList();
    assertThat(attackLines).hasSize(3 + 2 + 4 + 2 + 8);
    assertThat(attackLines)
        .filteredOn(t -> !t.what().endsWith(":RunInstances"))
        .allSatisfy(t -> assertThat(t.who()).isEqualTo("attacker (bert-jan)"));
    List<String> runInstances =
        attackLines.stream()
            .filter(t -> t.what().endsWith(":RunInstances"))
            .map(TimelineEntry::who)
            .toList();
    assertThat(runInstances).filteredOn(w -> w.equals("attacker (bert-jan)")).hasSize(6);
    assertThat(runInstances)
        .filteredOn(
            w ->
                w.startsWith(
                    "ec2-role (arn:aws:sts::123837392027:assumed-role/stratus-red-team-ec2lui-role-pcccexdthk/"))
        .hasSize(1);
    // A session of another role is nobody the scenario names: it is counted as someone else's.
    assertThat(runInstances).filteredOn(w -> w.startsWith("blue (")).hasSize(1);
    // AWS services acting on their own are noise, left out of the story.
    assertThat(card.timeline()).noneMatch(t -> t.who().contains("amazonaws.com"));
    assertThat(card.timeline())
        .extracting(TimelineEntry::party)
        .doesNotContain(Party.NOISE, Party.CONTROL);

    ExpectationResult stopped = card.expectations().get(0);
    assertThat(stopped.outcome()).isEqualTo(Outcome.MET);
    assertThat(stopped.evidence().arn()).isEqualTo(ATTACKER);
    assertThat(stopped.latency()).isEqualTo(Duration.ZERO);
  }
}
