package io.firedrill.reports;

import io.firedrill.exercise.journal.EntryTypes;
import io.firedrill.exercise.journal.JournalEntry;
import io.firedrill.exercise.journal.JournalReader;
import io.firedrill.scoring.score.ExpectationResult;
import io.firedrill.scoring.score.Scorecard;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.DoubleConsumer;
import java.util.stream.Collectors;

/**
 * One read of the bundle's journal: its CloudTrail records and GuardDuty findings written out as
 * evidence files, line for line as journaled, and the entries the report shows kept. A report shows
 * every entry but the CloudTrail records, of which it cites a few, so a replayed trail's million
 * records pass through and are not held.
 *
 * @param shown every entry but the CloudTrail records no result cites, the last entry always
 * @param total how many entries the journal holds
 * @param evidence the two evidence files
 */
record ReportJournal(List<JournalEntry> shown, long total, List<Manifest.Item> evidence) {

  /**
   * @param progress told the fraction of the journal read, from 0 to 1
   */
  static ReportJournal read(
      Path journal,
      Scorecard card,
      Path folder,
      String records,
      String findings,
      DoubleConsumer progress)
      throws IOException {
    double size = Math.max(1, Files.size(journal));
    long[] read = {0};
    Set<String> cited =
        card.expectations().stream()
            .map(ExpectationResult::evidence)
            .filter(e -> e != null && e.eventId() != null)
            .map(e -> e.eventId())
            .collect(Collectors.toSet());
    List<JournalEntry> shown = new ArrayList<>();
    JournalEntry[] last = new JournalEntry[1];
    long[] total = new long[1];
    try (Manifest.Writer recordLines = Manifest.writer(folder.resolve(records));
        Manifest.Writer findingLines = Manifest.writer(folder.resolve(findings))) {
      JournalReader.forEachLine(
          journal,
          (entry, bytes, offset, length) -> {
            total[0]++;
            read[0] += length + 1L;
            progress.accept(Math.min(1, read[0] / size));
            last[0] = entry;
            boolean telemetry = EntryTypes.TELEMETRY_OBSERVED.equals(entry.type());
            String eventId = entry.text("eventId");
            if (telemetry && eventId != null) {
              write(recordLines, bytes, offset, length);
            }
            if (telemetry && entry.text("findingId") != null) {
              write(findingLines, bytes, offset, length);
            }
            if (!telemetry || eventId == null || cited.contains(eventId)) {
              shown.add(entry);
              last[0] = null;
            }
          });
      if (last[0] != null) {
        shown.add(last[0]); // the report tells when the journal ended
      }
      return new ReportJournal(
          List.copyOf(shown),
          total[0],
          List.of(recordLines.item("evidence"), findingLines.item("evidence")));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the evidence into " + folder, e);
    }
  }

  private static void write(Manifest.Writer to, byte[] bytes, int offset, int length) {
    try {
      to.line(bytes, offset, length);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
