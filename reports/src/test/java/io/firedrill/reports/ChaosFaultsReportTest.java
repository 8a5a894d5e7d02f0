package io.firedrill.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.firedrill.exercise.journal.EntryTypes;
import io.firedrill.exercise.journal.Journal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chaos faults a run journaled appear among the report's deviations, with their times. */
class ChaosFaultsReportTest {

  @TempDir Path dir;

  @Test
  void faultsSetAndLiftedAreListedWhereTheReaderLooksForConditions() throws Exception {
    Path file = Recorded.copy("blue-absent", dir);
    try (Journal journal = Journal.resume(file, Clock.systemUTC())) {
      journal.append(
          EntryTypes.FAULT_APPLIED,
          Duration.ofSeconds(20),
          Map.of("kind", "throttle", "summary", "throttle ec2:Describe* rate 0.5"));
      journal.append(
          EntryTypes.FAULT_LIFTED,
          Duration.ofSeconds(100),
          Map.of(
              "kind", "throttle", "summary", "throttle ec2:Describe* rate 0.5", "reason", "until"));
    }

    ReportFiles files = ReportWriter.write(file, ReportSettings.draft(Recorded.ATTACK_IDS), dir);

    String md = Files.readString(files.markdown());
    assertThat(md)
        .contains("- T+0m20s chaos fault set: throttle ec2:Describe* rate 0.5")
        .contains("- T+1m40s chaos fault lifted: throttle ec2:Describe* rate 0.5 (until)");
  }
}
