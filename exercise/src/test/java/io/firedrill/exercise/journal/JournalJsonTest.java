package io.firedrill.exercise.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JournalJsonTest {

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2026-11-30T01:00:00Z",
        "2026-11-30T01:00:00.120Z",
        "2026-02-28T23:59:59.999999Z",
        "2024-02-29T00:00:00.000000001Z",
        "1970-01-01T00:00:00Z",
        "2026-11-30T01:00:00.5Z",
        "2026-11-30t01:00:00Z",
        "+12026-11-30T01:00:00Z"
      })
  void readsAWallTimeAsInstantParseDoes(String wall) {
    assertThat(JournalJson.instant(wall)).isEqualTo(Instant.parse(wall));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"2026-13-30T01:00:00Z", "2026-02-30T01:00:00Z", "2026-11-30T0a:00:00Z", "now"})
  void refusesWhatInstantParseRefuses(String wall) {
    assertThatThrownBy(() -> Instant.parse(wall)).isInstanceOf(DateTimeException.class);
    assertThatThrownBy(() -> JournalJson.instant(wall)).isInstanceOf(DateTimeException.class);
  }

  @Test
  void theChainHoldsOverTextThatIsNotAscii() {
    Path file = dir.resolve("journal.jsonl");
    Clock wall = Clock.fixed(Instant.parse("2026-11-30T01:00:00.250Z"), ZoneOffset.UTC);
    try (Journal journal = Journal.create(file, wall)) {
      journal.append("exercise.started", Duration.ZERO, Map.of("note", "équipe bleue ✓"));
      journal.append("blue.noted", Duration.ofSeconds(3), Map.of("text", "clé désactivée"));
    }

    List<JournalEntry> entries = JournalReader.read(file);

    assertThat(entries).hasSize(2);
    assertThat(entries.get(1).text("text")).isEqualTo("clé désactivée");
    assertThat(entries.get(1).wall()).isEqualTo(wall.instant());
  }

  @Test
  void aJournalWithWindowsLineEndsReadsAsBefore() throws Exception {
    Path file = dir.resolve("journal.jsonl");
    Clock wall = Clock.fixed(Instant.parse("2026-11-30T01:00:00Z"), ZoneOffset.UTC);
    try (Journal journal = Journal.create(file, wall)) {
      journal.append("exercise.started", Duration.ZERO, Map.of());
      journal.append("exercise.ended", Duration.ofSeconds(3), Map.of("reason", "done"));
    }
    Path crlf = dir.resolve("crlf.jsonl");
    Files.writeString(
        crlf,
        Files.readString(file, StandardCharsets.UTF_8).replace("\n", "\r\n"),
        StandardCharsets.UTF_8);

    assertThat(JournalReader.read(crlf)).extracting(JournalEntry::seq).containsExactly(1L, 2L);
  }
}
