package io.firedrill.exercise.journal;

import java.time.Duration;
import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * One thing that happened.
 *
 * @param seq 1-based position in the journal
 * @param at scenario time when it happened
 * @param wall wall-clock time when it was written
 * @param type what kind of thing, such as {@code inject.fired} (see {@link EntryTypes})
 * @param data the details; never a secret
 * @param prev SHA-256 (hex) of the previous line, or 64 zeros for the first
 */
public record JournalEntry(
    long seq, Duration at, Instant wall, String type, JsonNode data, String prev) {

  /** A text field of the data, or null when absent. */
  public String text(String field) {
    JsonNode value = data.get(field);
    return value == null || value.isNull() ? null : value.asString();
  }
}
