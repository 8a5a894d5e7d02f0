package io.firedrill.benchmarks;

import io.firedrill.exercise.journal.EntryTypes;
import io.firedrill.exercise.journal.JournalReader;
import io.firedrill.scoring.score.Scorecard;
import io.firedrill.scoring.score.Scorer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * Reading a large journal (a replay's, as {@code score --cloudtrail} writes it): every entry
 * parsed, the observations skipped (what the scorer's first pass does), and the whole scorecard,
 * beside {@code sha256sum} of the same file, for scale (the chain is a SHA-256 of every line;
 * Java's SHA-256 runs on the CPU's SHA instructions where it has them, and can beat coreutils').
 * Best of three each, in one JVM after a warm-up. Run: benchmarks/run-main JournalReading JOURNAL
 */
public final class JournalReading {

  private JournalReading() {}

  public static void main(String[] args) throws Exception {
    Path journal = Path.of(args[0]);
    long bytes = Files.size(journal);
    long[] lines = {0};
    long[] parsed = {0};
    System.out.printf("%s: %,d bytes%n", journal, bytes);
    report("sha256sum (for scale)", bytes, () -> shell("sha256sum " + journal + " > /dev/null"));
    best(() -> every(journal, lines)); // warm-up
    report("every entry parsed", bytes, () -> every(journal, lines));
    report(
        "observations skipped",
        bytes,
        () -> {
          parsed[0] = 0;
          JournalReader.forEachLine(
              journal,
              type -> !EntryTypes.TELEMETRY_OBSERVED.equals(type),
              (entry, line, offset, length) -> parsed[0] += entry == null ? 0 : 1);
          return parsed[0];
        });
    Scorecard[] card = new Scorecard[1];
    report(
        "the scorecard (two passes)",
        bytes,
        () -> {
          card[0] = Scorer.score(journal);
          return card[0].timeline().size();
        });
    System.out.printf(
        "%,d lines, %,d parsed when skipping; score %d%n", lines[0], parsed[0], card[0].score());
  }

  private static long every(Path journal, long[] lines) {
    lines[0] = 0;
    JournalReader.forEach(journal, e -> lines[0]++);
    return lines[0];
  }

  private static void report(String what, long bytes, Callable<?> run) throws Exception {
    double seconds = best(run);
    System.out.printf("  %-28s %6.2f s  %7.1f MB/s%n", what, seconds, bytes / seconds / 1e6);
  }

  private static double best(Callable<?> run) throws Exception {
    double best = Double.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      long t0 = System.nanoTime();
      run.call();
      best = Math.min(best, (System.nanoTime() - t0) / 1e9);
    }
    return best;
  }

  private static Object shell(String command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("bash", "-c", command).inheritIO().start();
    if (p.waitFor() != 0) {
      throw new IOException("failed: " + command);
    }
    return null;
  }
}
