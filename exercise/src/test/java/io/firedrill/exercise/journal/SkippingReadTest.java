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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading only the entries of some types: the others are not parsed, but their place in the hash
 * chain is checked all the same, so an edit anywhere is still found.
 */
class SkippingReadTest {

  private static final Clock WALL =
      Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC);
  private static final String OBSERVED = "telemetry.observed";

  @TempDir Path dir;

  private Path journal() {
    Path file = dir.resolve("journal.jsonl");
    try (Journal journal = Journal.createWriteOnly(file, WALL)) {
      journal.append("exercise.started", Duration.ZERO, Map.of("exerciseId", "x-1"));
      journal.appendJson(OBSERVED, Duration.ofSeconds(-2), "{\"eventId\":\"e-1\"}");
      journal.append("inject.fired", Duration.ofSeconds(30), Map.of("step", 1));
      journal.appendJson(OBSERVED, Duration.ofSeconds(31), "{\"eventId\":\"e-2\"}");
      journal.append("exercise.ended", Duration.ofSeconds(60), Map.of("reason", "end"));
    }
    return file;
  }

  @Test
  void theWantedEntriesAreParsedAndTheOthersHandedOverAsLinesOnly() {
    Path file = journal();
    List<String> seen = new ArrayList<>();

    JournalReader.forEachLine(
        file,
        type -> !type.equals(OBSERVED),
        (entry, bytes, offset, length) ->
            seen.add(
                entry == null
                    ? "skipped " + new String(bytes, offset, length, StandardCharsets.UTF_8)
                    : entry.seq() + " " + entry.type()));

    assertThat(seen).hasSize(5);
    assertThat(seen.get(0)).isEqualTo("1 exercise.started");
    assertThat(seen.get(1)).startsWith("skipped {\"seq\":2,\"t\":-2000,").contains("e-1");
    assertThat(seen.get(2)).isEqualTo("3 inject.fired");
    assertThat(seen.get(3)).startsWith("skipped {\"seq\":4,");
    assertThat(seen.get(4)).isEqualTo("5 exercise.ended");
  }

  @Test
  void anEditInsideASkippedEntryBreaksTheChainAtTheNextEntry() throws Exception {
    Path file = journal();
    String text = Files.readString(file);
    Files.writeString(file, text.replace("\"e-1\"", "\"e-9\""));

    assertThatThrownBy(
            () ->
                JournalReader.forEachLine(file, type -> !type.equals(OBSERVED), (e, b, o, l) -> {}))
        .isInstanceOf(JournalException.class)
        .hasMessageContaining(":3: hash chain broken at entry 3 (inject.fired)");
  }

  @Test
  void aSkippedEntryOutOfPlaceIsNamed() throws Exception {
    Path file = journal();
    List<String> lines = new ArrayList<>(Files.readAllLines(file));
    lines.set(1, lines.get(1).replace("{\"seq\":2,", "{\"seq\":7,"));
    Files.write(file, lines);

    assertThatThrownBy(
            () ->
                JournalReader.forEachLine(file, type -> !type.equals(OBSERVED), (e, b, o, l) -> {}))
        .isInstanceOf(JournalException.class)
        .hasMessageContaining(":2: hash chain broken at entry 7 (telemetry.observed)");
  }

  @Test
  void onlyALineInTheShapeTheJournalWritesIsReadWithoutParsing() {
    String prev = "ab".repeat(32);
    byte[] line =
        ("{\"seq\":12,\"t\":-5,\"wall\":\"2026-11-22T12:00:00Z\",\"type\":\"telemetry.observed\","
                + "\"data\":{\"x\":\"}\"},\"prev\":\""
                + prev
                + "\"}")
            .getBytes(StandardCharsets.UTF_8);

    assertThat(LineHeader.of(line, 0, line.length))
        .isEqualTo(new LineHeader(12, "telemetry.observed", prev));
    assertThat(
            header(
                "{\"seq\": 12,\"t\":0,\"wall\":\"w\",\"type\":\"a\",\"data\":{},\"prev\":\""
                    + prev
                    + "\"}"))
        .isNull();
    assertThat(
            header(
                "{\"seq\":1,\"t\":0,\"wall\":\"w\",\"type\":\"a\\\"b\",\"data\":{},\"prev\":\""
                    + prev
                    + "\"}"))
        .isNull();
    assertThat(
            header(
                "{\"seq\":1,\"t\":0,\"wall\":\"w\",\"type\":\"a\",\"data\":{},\"prev\":\""
                    + "AB".repeat(32)
                    + "\"}"))
        .isNull();
    assertThat(
            header(
                "{\"t\":0,\"seq\":1,\"wall\":\"w\",\"type\":\"a\",\"data\":{},\"prev\":\""
                    + prev
                    + "\"}"))
        .isNull();
  }

  private static LineHeader header(String line) {
    byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
    return LineHeader.of(bytes, 0, bytes.length);
  }
}
