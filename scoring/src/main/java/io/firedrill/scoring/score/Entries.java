package io.firedrill.scoring.score;

import io.firedrill.exercise.journal.JournalEntry;
import io.firedrill.exercise.journal.JournalReader;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.Predicate;

/**
 * A journal the scorer can read from its first entry as often as it needs: a list already in
 * memory, or a file read again each time, so that a journal of millions of records is never held
 * whole.
 */
@FunctionalInterface
interface Entries {

  /** Hands the entries of the types wanted over, in journal order. */
  void forEach(Predicate<String> wanted, Consumer<JournalEntry> sink);

  /** Hands every entry over, in journal order. */
  default void forEach(Consumer<JournalEntry> sink) {
    forEach(type -> true, sink);
  }

  static Entries of(List<JournalEntry> journal) {
    return (wanted, sink) ->
        journal.forEach(
            e -> {
              if (wanted.test(e.type())) {
                sink.accept(e);
              }
            });
  }

  /**
   * The journal file, read (and its hash chain checked) on each pass.
   *
   * @param bytesRead told the length of each line read, its line break included, on every pass
   */
  static Entries of(Path journalFile, LongConsumer bytesRead) {
    return (wanted, sink) ->
        JournalReader.forEachLine(
            journalFile,
            wanted,
            (entry, bytes, offset, length) -> {
              if (entry != null) {
                sink.accept(entry);
              }
              bytesRead.accept(length + 1L);
            });
  }
}
