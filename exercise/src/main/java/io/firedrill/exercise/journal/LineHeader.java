package io.firedrill.exercise.journal;

import java.nio.charset.StandardCharsets;

/**
 * A journal line's seq, type and prev, read from its bytes without parsing its data, for a reader
 * that skips the entries of types it does not want. Only a line in the exact shape {@link Journal}
 * writes, {@code {"seq":N,"t":N,"wall":"...","type":"...","data":...,"prev":"<64 hex>"}}, is read
 * this way; for any other, {@link #of} gives null and the line is parsed whole.
 */
record LineHeader(long seq, String type, String prev) {

  private static final byte[] SEQ = ascii("{\"seq\":");
  private static final byte[] T = ascii(",\"t\":");
  private static final byte[] WALL = ascii(",\"wall\":\"");
  private static final byte[] TYPE = ascii(",\"type\":\"");
  private static final byte[] DATA = ascii(",\"data\":");
  private static final byte[] PREV = ascii(",\"prev\":\"");
  private static final int HASH = 64;

  /** The header of the line from {@code start} up to {@code end}, or null if not in shape. */
  static LineHeader of(byte[] bytes, int start, int end) {
    int prevAt = end - 2 - HASH - PREV.length;
    if (prevAt <= start
        || bytes[end - 1] != '}'
        || bytes[end - 2] != '"'
        || !at(bytes, start, SEQ)
        || !at(bytes, prevAt, PREV)) {
      return null;
    }
    int i = start + SEQ.length;
    long seq = 0;
    int digits = i;
    while (i < prevAt && bytes[i] >= '0' && bytes[i] <= '9' && i - digits < 18) {
      seq = seq * 10 + (bytes[i++] - '0');
    }
    if (i == digits || !at(bytes, i, T)) {
      return null;
    }
    i += T.length;
    if (i < prevAt && bytes[i] == '-') {
      i++;
    }
    while (i < prevAt && bytes[i] >= '0' && bytes[i] <= '9') {
      i++;
    }
    if (!at(bytes, i, WALL)) {
      return null;
    }
    i = closingQuote(bytes, i + WALL.length, prevAt);
    if (i < 0 || !at(bytes, i + 1, TYPE)) {
      return null;
    }
    int typeStart = i + 1 + TYPE.length;
    int typeEnd = closingQuote(bytes, typeStart, prevAt);
    if (typeEnd < 0 || !at(bytes, typeEnd + 1, DATA)) {
      return null;
    }
    for (int h = prevAt + PREV.length; h < end - 2; h++) {
      byte b = bytes[h];
      if (!(b >= '0' && b <= '9') && !(b >= 'a' && b <= 'f')) {
        return null;
      }
    }
    return new LineHeader(
        seq,
        new String(bytes, typeStart, typeEnd - typeStart, StandardCharsets.UTF_8),
        new String(bytes, prevAt + PREV.length, HASH, StandardCharsets.US_ASCII));
  }

  /** Where the text from {@code from} ends at a quote, or -1 at an escape or past {@code to}. */
  private static int closingQuote(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      if (bytes[i] == '"') {
        return i;
      }
      if (bytes[i] == '\\') {
        return -1;
      }
    }
    return -1;
  }

  private static boolean at(byte[] bytes, int offset, byte[] text) {
    if (offset < 0 || offset + text.length > bytes.length) {
      return false;
    }
    for (int i = 0; i < text.length; i++) {
      if (bytes[offset + i] != text[i]) {
        return false;
      }
    }
    return true;
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
