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
 *
 * <p>A journal made by {@link #create} keeps its entries in memory too, for watching an exercise
 * while it runs; one made by {@link #createWriteOnly} keeps none, so that a replay of a million
 * records costs no more memory than one of ten.
 */
public final class Journal implements AutoCloseable {

  static final String FIRST_PREV = "0".repeat(64);

  private final Path file;
  private final Clock wall;
  private final BufferedWriter out;
  private static final java.util.HexFormat HEX = java.util.HexFormat.of();
  private final java.security.MessageDigest digest = JournalJson.digest();
  private long seq;
  private String prev = FIRST_PREV;
  // Null when the journal keeps no entries in memory.
  private final List<JournalEntry> written;

  private Journal(Path file, Clock wall, BufferedWriter out, boolean keep) {
    this.file = file;
    this.wall = wall;
    this.out = out;
    this.written = keep ? new ArrayList<>() : null;
  }

  /** Starts a new journal that also keeps its entries; refuses to overwrite one that exists. */
  public static Journal create(Path file, Clock wall) {
    return create(file, wall, true);
  }

  /**
   * Starts a new journal that keeps nothing in memory: {@link #entries()} refuses, and the journal
   * is read back from its file. For replays, whose journals grow with the trail.
   */
  public static Journal createWriteOnly(Path file, Clock wall) {
    return create(file, wall, false);
  }

  private static Journal create(Path file, Clock wall, boolean keep) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      BufferedWriter out =
          Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
      return new Journal(file, wall, out, keep);
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
      Journal journal = new Journal(file, wall, out, true);
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
    write(JournalJson.MAPPER.writeValueAsString(line));
    JournalEntry entry = JournalJson.entry(line);
    if (written != null) {
      written.add(entry);
    }
    return entry;
  }

  /**
   * Writes one entry whose data is already JSON, the same line {@link #append} writes for that
   * data, without building a tree of it: a replay journals hundreds of thousands of records.
   *
   * @param data one JSON object as Jackson writes it, compact (no line breaks)
   */
  public synchronized void appendJson(String type, Duration at, String data) {
    if (data.isEmpty() || data.charAt(0) != '{' || data.indexOf('\n') >= 0) {
      throw new IllegalArgumentException("journal data must be one compact JSON object");
    }
    StringBuilder line = new StringBuilder(data.length() + 200);
    line.append("{\"seq\":").append(++seq);
    line.append(",\"t\":").append(at.toMillis());
    line.append(",\"wall\":\"").append(wall.instant()).append('"');
    line.append(",\"type\":").append(JournalJson.MAPPER.writeValueAsString(type));
    line.append(",\"data\":").append(data);
    line.append(",\"prev\":\"").append(prev).append("\"}");
    String text = line.toString();
    write(text);
    if (written != null) {
      written.add(JournalJson.entry(JournalJson.MAPPER.readTree(text)));
    }
  }

  private void write(String text) {
    try {
      out.write(text);
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write journal " + file, e);
    }
    prev = HEX.formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * The entries written so far, for watching an exercise while it runs.
   *
   * @throws IllegalStateException for a journal made by {@link #createWriteOnly}
   */
  public synchronized List<JournalEntry> entries() {
    if (written == null) {
      throw new IllegalStateException(
          "journal " + file + " keeps no entries in memory: read it with JournalReader");
    }
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
