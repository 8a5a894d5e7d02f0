package io.firedrill.exercise.journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** Reads a journal back, checking its hash chain as it goes. */
public final class JournalReader {

  private JournalReader() {}

  /**
   * Every entry of the journal, in order.
   *
   * @throws JournalException naming the first line that is not valid JSON or whose chain is broken
   */
  public static List<JournalEntry> read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read journal " + file, e);
    }
    List<JournalEntry> entries = new ArrayList<>(lines.size());
    String expectedPrev = Journal.FIRST_PREV;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      JournalEntry entry;
      try {
        JsonNode node = JournalJson.MAPPER.readTree(line);
        entry = JournalJson.entry(node);
      } catch (JacksonException | NullPointerException e) {
        throw new JournalException(file + ":" + (i + 1) + ": not a journal entry");
      }
      if (!entry.prev().equals(expectedPrev) || entry.seq() != i + 1) {
        throw new JournalException(
            file
                + ":"
                + (i + 1)
                + ": hash chain broken at entry "
                + entry.seq()
                + " ("
                + entry.type()
                + "): the entry before it was changed, removed or reordered");
      }
      expectedPrev = JournalJson.sha256(line);
      entries.add(entry);
    }
    return entries;
  }
}
