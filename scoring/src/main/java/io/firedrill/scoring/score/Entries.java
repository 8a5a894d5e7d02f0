package io.firedrill.scoring.score;

import io.firedrill.exercise.journal.JournalEntry;
import io.firedrill.exercise.journal.JournalReader;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * A journal the scorer can read from its first entry as often as it needs: a list already in
 * memory, or a file read again each time, so that a journal of millions of records is never held
 * whole.
 */
@FunctionalInterface
interface Entries {

  /** Hands every entry over, in journal order. */
  void forEach(Consumer<JournalEntry> sink);

  static Entries of(List<JournalEntry> journal) {
    return journal::forEach;
  }

  /**
   * The journal file, read (and its hash chain checked) on each pass.
   *
   * @param bytesRead told the length of each line read, its line break included, on every pass
   */
  static Entries of(Path journalFile, LongConsumer bytesRead) {
    return sink ->
        JournalReader.forEachLine(
            journalFile,
            (entry, bytes, offset, length) -> {
              sink.accept(entry);
              bytesRead.accept(length + 1L);
            });
  }
}
