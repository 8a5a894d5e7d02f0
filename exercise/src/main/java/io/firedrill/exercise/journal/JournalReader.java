package io.firedrill.exercise.journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
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
    try {
      return read(Files.readAllBytes(file), file.toString());
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
    MessageDigest digest = JournalJson.digest();
    HexFormat hex = HexFormat.of();
    String expectedPrev = Journal.FIRST_PREV;
    int start = 0;
    int lineNumber = 0;
    while (start < journal.length) {
      int newline = indexOf(journal, (byte) '\n', start);
      int end = newline < 0 ? journal.length : newline;
      int next = end + 1;
      if (end > start && journal[end - 1] == '\r') {
        end--; // a line ends at CR LF as at LF, as it did when lines were read as text
      }
      lineNumber++;
      JournalEntry entry = parse(journal, start, end - start, name, lineNumber);
      if (!entry.prev().equals(expectedPrev) || entry.seq() != lineNumber) {
        throw new JournalException(
            name
                + ":"
                + lineNumber
                + ": hash chain broken at entry "
                + entry.seq()
                + " ("
                + entry.type()
                + "): the entry before it was changed, removed or reordered");
      }
      digest.update(journal, start, end - start);
      expectedPrev = hex.formatHex(digest.digest());
      entries.add(entry);
      start = next;
    }
    return entries;
  }

  private static JournalEntry parse(byte[] bytes, int offset, int length, String name, int line) {
    try {
      JsonNode node = JournalJson.MAPPER.readTree(bytes, offset, length);
      return JournalJson.entry(node);
    } catch (JacksonException | NullPointerException | DateTimeException e) {
      throw new JournalException(name + ":" + line + ": not a journal entry");
    }
  }

  private static int indexOf(byte[] bytes, byte b, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return -1;
  }
}
