package io.firedrill.exercise.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {

  private static final Clock WALL =
      Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;

  @Test
  void readsBackWhatWasWrittenInOrder() {
    Path file = dir.resolve("journal.jsonl");
    try (Journal journal = Journal.create(file, WALL)) {
      journal.append("exercise.started", Duration.ZERO, Map.of("exerciseId", "x-1"));
      journal.append(
          "inject.fired",
          Duration.ofSeconds(30),
          Map.of("step", 2, "calls", List.of(Map.of("requestId", "r-1"))));
    }

    List<JournalEntry> entries = JournalReader.read(file);

    assertThat(entries).extracting(JournalEntry::seq).containsExactly(1L, 2L);
    assertThat(entries.get(1).type()).isEqualTo("inject.fired");
    assertThat(entries.get(1).at()).isEqualTo(Duration.ofSeconds(30));
    assertThat(entries.get(1).wall()).isEqualTo(WALL.instant());
    assertThat(entries.get(1).data().path("calls").get(0).path("requestId").asString())
        .isEqualTo("r-1");
    assertThat(entries.get(0).text("exerciseId")).isEqualTo("x-1");
  }

  @Test
  void eachEntryIsOnDiskAsSoonAsItIsWritten() throws Exception {
    Path file = dir.resolve("journal.jsonl");
    Journal journal = Journal.create(file, WALL);
    journal.append("exercise.started", Duration.ZERO, Map.of());

    // Not closed: what a crash would leave behind.
    assertThat(JournalReader.read(file)).hasSize(1);
    journal.close();
  }

  @Test
  void editingOneByteIsDetectedAndTheEntryNamed() throws Exception {
    Path file = dir.resolve("journal.jsonl");
    try (Journal journal = Journal.create(file, WALL)) {
      journal.append("exercise.started", Duration.ZERO, Map.of());
      journal.append(
          "telemetry.observed", Duration.ofSeconds(31), Map.of("eventName", "StopLogging"));
      journal.append("exercise.ended", Duration.ofSeconds(90), Map.of("reason", "done"));
    }
    String text = Files.readString(file, StandardCharsets.UTF_8);
    Files.writeString(file, text.replace("StopLogging", "StopLoggin_"), StandardCharsets.UTF_8);

    assertThatThrownBy(() -> JournalReader.read(file))
        .isInstanceOf(JournalException.class)
        .hasMessageContaining(":3: hash chain broken at entry 3 (exercise.ended)");
  }

  @Test
  void removingAnEntryIsDetected() throws Exception {
    Path file = dir.resolve("journal.jsonl");
    try (Journal journal = Journal.create(file, WALL)) {
      for (int i = 0; i < 3; i++) {
        journal.append("inject.fired", Duration.ofSeconds(i), Map.of("step", i));
      }
    }
    List<String> lines = Files.readAllLines(file);
    Files.write(file, List.of(lines.get(0), lines.get(2)));

    assertThatThrownBy(() -> JournalReader.read(file)).isInstanceOf(JournalException.class);
  }

  @Test
  void aResumedJournalContinuesTheChain() {
    Path file = dir.resolve("journal.jsonl");
    try (Journal journal = Journal.create(file, WALL)) {
      journal.append("exercise.started", Duration.ZERO, Map.of());
      journal.append("exercise.ended", Duration.ofSeconds(90), Map.of("reason", "crash"));
    }

    try (Journal resumed = Journal.resume(file, WALL)) {
      assertThat(resumed.entries()).hasSize(2);
      resumed.append(
          "cleanup.done", Duration.ofSeconds(90), Map.of("undone", List.of("iam-user x")));
    }

    List<JournalEntry> entries = JournalReader.read(file);
    assertThat(entries)
        .extracting(JournalEntry::type)
        .containsExactly("exercise.started", "exercise.ended", "cleanup.done");
  }

  @Test
  void neverOverwritesAJournal() throws Exception {
    Path file = dir.resolve("journal.jsonl");
    Files.writeString(file, "precious\n");

    assertThatThrownBy(() -> Journal.create(file, WALL))
        .hasMessageContaining("cannot create journal");
    assertThat(Files.readString(file)).isEqualTo("precious\n");
  }
}
