package io.firedrill.exercise.journal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads a journal back, checking its hash chain as it goes. It works on the file's bytes: each line
 * is parsed once, straight from the bytes, and hashed as written with one digest, since a journal
 * of an exercise's whole CloudTrail can hold a hundred thousand lines.
 */
public final class JournalReader {

  private JournalReader() {}

  /**
   * Every entry of the journal, in order.
   *
   * @throws JournalException naming the first line that is not valid JSON or whose chain is broken
   */
  public static List<JournalEntry> read(Path file) {
    List<JournalEntry> entries = new ArrayList<>();
    forEach(file, entries::add);
    return entries;
  }

  /**
   * Hands every entry of the journal over in order, reading the file a block at a time, so that
   * only the entries the caller keeps stay in memory.
   *
   * @throws JournalException naming the first line that is not valid JSON or whose chain is broken
   */
  public static void forEach(Path file, Consumer<JournalEntry> sink) {
    forEachLine(file, (entry, bytes, offset, length) -> sink.accept(entry));
  }

  /** An entry, with the bytes of its line as journaled (the line break left out). */
  @FunctionalInterface
  public interface LineSink {
    /**
     * @param entry the entry, or null for a line of a type the reader was told is not wanted
     */
    void accept(JournalEntry entry, byte[] bytes, int offset, int length);
  }

  /**
   * As {@link #forEach(Path, Consumer)}, handing over each entry's line as well, for a caller that
   * copies lines exactly as journaled; the bytes are valid only during the call.
   */
  public static void forEachLine(Path file, LineSink sink) {
    forEachLine(file, type -> true, sink);
  }

  /**
   * As {@link #forEachLine(Path, LineSink)}, parsing only the entries of the types wanted: a line
   * of another type is handed over with a null entry, its hash chain checked but its data not
   * parsed, when it has the shape the journal writes. Reading a replay's million records to find
   * its few injects and probes costs the hashing, not the parsing.
   */
  public static void forEachLine(Path file, Predicate<String> wanted, LineSink sink) {
    Chain chain = new Chain(file.toString(), wanted);
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[1 << 16];
      int filled = 0;
      int start = 0;
      for (int read = in.read(buffer, filled, buffer.length - filled);
          read >= 0;
          read = in.read(buffer, filled, buffer.length - filled)) {
        int scanFrom = filled;
        filled += read;
        for (int newline = indexOf(buffer, (byte) '\n', scanFrom, filled);
            newline >= 0;
            newline = indexOf(buffer, (byte) '\n', start, filled)) {
          chain.next(buffer, start, newline, sink);
          start = newline + 1;
        }
        // Keep the unfinished line at the front, in a bigger buffer if it fills this one.
        int rest = filled - start;
        byte[] next = rest * 2 > buffer.length ? new byte[buffer.length * 2] : buffer;
        System.arraycopy(buffer, start, next, 0, rest);
        buffer = next;
        filled = rest;
        start = 0;
      }
      if (filled > 0) {
        chain.next(buffer, 0, filled, sink);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read journal " + file, e);
    }
  }

  /**
   * Every entry of a journal already read into memory, for a caller that needs its bytes too.
   *
   * @param name the journal's file, for messages
   * @throws JournalException naming the first line that is not valid JSON or whose chain is broken
   */
  public static List<JournalEntry> read(byte[] journal, String name) {
    List<JournalEntry> entries = new ArrayList<>(journal.length / 400 + 16);
    Chain chain = new Chain(name);
    int start = 0;
    while (start < journal.length) {
      int newline = indexOf(journal, (byte) '\n', start, journal.length);
      int end = newline < 0 ? journal.length : newline;
      chain.next(journal, start, end, (entry, bytes, offset, length) -> entries.add(entry));
      start = end + 1;
    }
    return entries;
  }

  /** The hash chain, checked line by line with one digest. */
  private static final class Chain {
    private final String name;
    private final MessageDigest digest = JournalJson.digest();
    private final HexFormat hex = HexFormat.of();
    private final Predicate<String> wanted;
    private String expectedPrev = Journal.FIRST_PREV;
    private int lineNumber;

    Chain(String name) {
      this(name, type -> true);
    }

    Chain(String name, Predicate<String> wanted) {
      this.name = name;
      this.wanted = wanted;
    }

    /**
     * Hands over the entry on the line from {@code start} up to {@code end}, its break excluded.
     */
    void next(byte[] bytes, int start, int end, LineSink sink) {
      if (end > start && bytes[end - 1] == '\r') {
        end--; // a line ends at CR LF as at LF, as it did when lines were read as text
      }
      lineNumber++;
      LineHeader header = LineHeader.of(bytes, start, end);
      if (header != null && !wanted.test(header.type())) {
        check(header.seq(), header.type(), header.prev());
        chain(bytes, start, end);
        sink.accept(null, bytes, start, end - start);
        return;
      }
      JournalEntry entry = parse(bytes, start, end - start, name, lineNumber);
      check(entry.seq(), entry.type(), entry.prev());
      chain(bytes, start, end);
      sink.accept(entry, bytes, start, end - start);
    }

    private void check(long seq, String type, String prev) {
      if (!prev.equals(expectedPrev) || seq != lineNumber) {
        throw new JournalException(
            name
                + ":"
                + lineNumber
                + ": hash chain broken at entry "
                + seq
                + " ("
                + type
                + "): the entry before it was changed, removed or reordered");
      }
    }

    private void chain(byte[] bytes, int start, int end) {
      digest.update(bytes, start, end - start);
      expectedPrev = hex.formatHex(digest.digest());
    }
  }

  private static JournalEntry parse(byte[] bytes, int offset, int length, String name, int line) {
    try {
      JsonNode node = JournalJson.MAPPER.readTree(bytes, offset, length);
      return JournalJson.entry(node);
    } catch (JacksonException | NullPointerException | DateTimeException e) {
      throw new JournalException(name + ":" + line + ": not a journal entry");
    }
  }

  private static int indexOf(byte[] bytes, byte b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return -1;
  }
}
