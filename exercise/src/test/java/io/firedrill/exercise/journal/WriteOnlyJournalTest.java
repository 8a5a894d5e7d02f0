package io.firedrill.exercise.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The replay's journal: pre-written data, no entries kept, and a file read a block at a time. */
class WriteOnlyJournalTest {

  private static final Clock WALL =
      Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;

  /** Data of every kind a record's observation holds: text to escape, numbers, null, nesting. */
  private static Map<String, Object> data(int i) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("source", "cloudtrail.files");
    data.put("eventId", "e-" + i);
    data.put("userAgent", "aws-cli/2 \"quoted\" \\ tab\t é ✓ \u0001");
    data.put("accessKeyId", null);
    data.put("count", i);
    data.put("ratio", 0.25 * i);
    data.put(
        "requestParameters",
        JournalJson.MAPPER.readTree(
            "{\"userName\":\"eve\",\"tags\":[{\"k\":1},{\"k\":1.5e3}],\"on\":true,\"x\":null}"));
    return data;
  }

  @Test
  void appendJsonWritesTheSameBytesAsAppend() throws Exception {
    Path trees = dir.resolve("trees.jsonl");
    Path text = dir.resolve("text.jsonl");
    try (Journal a = Journal.create(trees, WALL);
        Journal b = Journal.createWriteOnly(text, WALL)) {
      for (int i = 0; i < 5; i++) {
        a.append("telemetry.observed", Duration.ofMillis(1500L * i), data(i));
        b.appendJson(
            "telemetry.observed",
            Duration.ofMillis(1500L * i),
            JournalJson.MAPPER.writeValueAsString(data(i)));
      }
    }

    assertThat(Files.readString(text)).isEqualTo(Files.readString(trees));
    assertThat(JournalReader.read(text)).hasSize(5);
  }

  @Test
  void aWriteOnlyJournalKeepsNoEntries() {
    try (Journal journal = Journal.createWriteOnly(dir.resolve("j.jsonl"), WALL)) {
      journal.append("exercise.started", Duration.ZERO, Map.of());

      assertThatThrownBy(journal::entries)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("keeps no entries in memory");
    }
  }

  @Test
  void appendJsonRefusesWhatIsNotOneLineOfObject() {
    try (Journal journal = Journal.createWriteOnly(dir.resolve("j.jsonl"), WALL)) {
      assertThatThrownBy(() -> journal.appendJson("x", Duration.ZERO, "[1]"))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> journal.appendJson("x", Duration.ZERO, "{\"a\":1}\n{}"))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void readingBlockByBlockGivesWhatReadingTheWholeFileGives() throws Exception {
    Path file = dir.resolve("journal.jsonl");
    try (Journal journal = Journal.createWriteOnly(file, WALL)) {
      for (int i = 0; i < 3000; i++) {
        // Lines of many lengths cross the 64 KiB blocks anywhere; one line is longer than a block.
        String pad = "x".repeat(i == 1234 ? 200_000 : i % 97);
        journal.append("telemetry.observed", Duration.ofSeconds(i), Map.of("i", i, "pad", pad));
      }
    }
    List<JournalEntry> streamed = new ArrayList<>();

    JournalReader.forEach(file, streamed::add);

    assertThat(streamed).isEqualTo(JournalReader.read(Files.readAllBytes(file), "j"));
    assertThat(streamed).hasSize(3000);
    assertThat(streamed.get(1234).text("pad")).hasSize(200_000);
  }

  @Test
  void readingBlockByBlockStillNamesTheEditedEntry() throws Exception {
    Path file = dir.resolve("journal.jsonl");
    try (Journal journal = Journal.createWriteOnly(file, WALL)) {
      for (int i = 0; i < 2000; i++) {
        journal.append("telemetry.observed", Duration.ofSeconds(i), Map.of("eventName", "e" + i));
      }
    }
    String text = Files.readString(file);
    Files.writeString(file, text.replace("\"e1500\"", "\"E1500\""));

    assertThatThrownBy(() -> JournalReader.forEach(file, e -> {}))
        .isInstanceOf(JournalException.class)
        .hasMessageContaining(":1502: hash chain broken at entry 1502");
  }
}
