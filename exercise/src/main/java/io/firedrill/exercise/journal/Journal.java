package io.firedrill.exercise.journal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * Appends entries to a journal file. Thread-safe; each entry is flushed as it is written, so a
 * crash loses nothing that was journaled.
 */
public final class Journal implements AutoCloseable {

  static final String FIRST_PREV = "0".repeat(64);

  private final Path file;
  private final Clock wall;
  private final BufferedWriter out;
  private long seq;
  private String prev = FIRST_PREV;
  private final List<JournalEntry> written = new ArrayList<>();

  private Journal(Path file, Clock wall, BufferedWriter out) {
    this.file = file;
    this.wall = wall;
    this.out = out;
  }

  /** Starts a new journal; refuses to overwrite one that exists. */
  public static Journal create(Path file, Clock wall) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      BufferedWriter out =
          Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
      return new Journal(file, wall, out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create journal " + file, e);
    }
  }

  /**
   * Reopens a journal to add to it (a cleanup after a crash, say), after checking its chain: the
   * new entries continue the chain from its last entry.
   *
   * @throws JournalException when the journal was edited
   */
  public static Journal resume(Path file, Clock wall) {
    List<JournalEntry> existing = JournalReader.read(file);
    try {
      BufferedWriter out =
          Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
      Journal journal = new Journal(file, wall, out);
      journal.written.addAll(existing);
      journal.seq = existing.size();
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      journal.prev = lines.isEmpty() ? FIRST_PREV : JournalJson.sha256(lines.get(lines.size() - 1));
      return journal;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot reopen journal " + file, e);
    }
  }

  public Path file() {
    return file;
  }

  /** Writes one entry and returns it as it was written. */
  public synchronized JournalEntry append(String type, Duration at, Map<String, ?> data) {
    ObjectNode line = JournalJson.MAPPER.createObjectNode();
    line.put("seq", ++seq);
    line.put("t", at.toMillis());
    line.put("wall", wall.instant().toString());
    line.put("type", type);
    line.set("data", JournalJson.MAPPER.valueToTree(data));
    line.put("prev", prev);
    String text = JournalJson.MAPPER.writeValueAsString(line);
    try {
      out.write(text);
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write journal " + file, e);
    }
    prev = JournalJson.sha256(text);
    JournalEntry entry = JournalJson.entry(line);
    written.add(entry);
    return entry;
  }

  /** The entries written so far, for watching an exercise while it runs. */
  public synchronized List<JournalEntry> entries() {
    return List.copyOf(written);
  }

  @Override
  public synchronized void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close journal " + file, e);
    }
  }
}
