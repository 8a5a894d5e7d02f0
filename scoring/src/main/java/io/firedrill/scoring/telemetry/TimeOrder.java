package io.firedrill.scoring.telemetry;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.BiConsumer;

/**
 * Hands a trail's records over in event-time order with memory that does not grow with the trail.
 * Trail files are written per region and five minutes, so file order is not time order: what is
 * kept of each record (a line of text, not its JSON tree) is sorted in runs of a bounded size, each
 * run kept in a temporary file, and the runs merged. A trail that fits in one run never touches the
 * disk. Records of the same instant keep the order they were added in.
 */
final class TimeOrder implements AutoCloseable {

  /** Compares two lines by their time, the text before the first tab. */
  private static final Comparator<String> BY_TIME =
      (a, b) -> {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
          char x = a.charAt(i);
          char y = b.charAt(i);
          if (x != y) {
            // The tab ends a time: a time that ends first sorts first, as a shorter string does.
            return x == '\t' ? -1 : y == '\t' ? 1 : Character.compare(x, y);
          }
          if (x == '\t') {
            return 0;
          }
        }
        return 0; // every line has its tab: one cannot end before the other's time does
      };

  private final int runSize;
  private final List<String> current = new ArrayList<>();
  private final List<Path> runs = new ArrayList<>();
  private Path folder;
  private long count;

  /**
   * @param runSize how many lines are held in memory at once
   */
  TimeOrder(int runSize) {
    if (runSize < 1) {
      throw new IllegalArgumentException("a run holds at least one record");
    }
    this.runSize = runSize;
  }

  /**
   * @param time the record's eventTime as written; times are compared as text
   * @param payload what to hand back with it, on one line
   */
  void add(String time, String payload) {
    if (time.indexOf('\t') >= 0 || time.indexOf('\n') >= 0 || time.indexOf('\r') >= 0) {
      throw new IllegalArgumentException("a time of one line, without tabs");
    }
    if (payload.indexOf('\n') >= 0 || payload.indexOf('\r') >= 0) {
      throw new IllegalArgumentException("a payload of one line");
    }
    current.add(time + '\t' + payload);
    count++;
    if (current.size() < runSize) {
      return;
    }
    try {
      folder = folder == null ? Files.createTempDirectory("firedrill-trail-") : folder;
      runs.add(spill(current, folder.resolve("run-" + runs.size() + ".txt")));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep a sorted run of the trail on disk", e);
    }
    current.clear();
  }

  /**
   * Hands every line added over, in time order, as its time and its payload.
   *
   * @return how many were handed over
   */
  long forEach(BiConsumer<String, String> sink) {
    current.sort(BY_TIME);
    try {
      if (runs.isEmpty()) {
        current.forEach(line -> give(line, sink));
      } else {
        merge(runs, current, sink);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot sort the trail's records by time", e);
    } finally {
      close();
    }
    return count;
  }

  private static void give(String line, BiConsumer<String, String> sink) {
    int tab = line.indexOf('\t');
    sink.accept(line.substring(0, tab), line.substring(tab + 1));
  }

  /** Deletes the runs on disk; a leftover temporary file is not worth failing a replay for. */
  @Override
  public void close() {
    try {
      for (Path file : runs) {
        Files.deleteIfExists(file);
      }
      if (folder != null) {
        Files.deleteIfExists(folder);
      }
    } catch (IOException e) {
      // left for the system's cleaning of its temporary folder
    }
  }

  private static Path spill(List<String> run, Path file) throws IOException {
    run.sort(BY_TIME);
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (String line : run) {
        out.write(line);
        out.write('\n');
      }
    }
    return file;
  }

  /** One run being merged: its next line, and where the rest comes from. */
  private static final class Head {
    String line;
    final int run;
    final BufferedReader in;
    final Iterator<String> inMemory;

    Head(int run, BufferedReader in, Iterator<String> inMemory) {
      this.run = run;
      this.in = in;
      this.inMemory = inMemory;
    }

    boolean advance() throws IOException {
      if (in == null) {
        line = inMemory.hasNext() ? inMemory.next() : null;
      } else {
        line = in.readLine();
      }
      return line != null;
    }
  }

  private static void merge(List<Path> runs, List<String> last, BiConsumer<String, String> sink)
      throws IOException {
    // Ties go to the earlier run, so lines of one instant keep their order, as in one sort.
    PriorityQueue<Head> heads =
        new PriorityQueue<>(
            Comparator.comparing((Head h) -> h.line, BY_TIME).thenComparingInt(h -> h.run));
    List<BufferedReader> open = new ArrayList<>();
    try {
      for (Path run : runs) {
        BufferedReader in = Files.newBufferedReader(run, StandardCharsets.UTF_8);
        open.add(in);
        Head head = new Head(open.size() - 1, in, null);
        if (head.advance()) {
          heads.add(head);
        }
      }
      Head memory = new Head(runs.size(), null, last.iterator());
      if (memory.advance()) {
        heads.add(memory);
      }
      while (!heads.isEmpty()) {
        Head head = heads.poll();
        give(head.line, sink);
        if (head.advance()) {
          heads.add(head);
        }
      }
    } finally {
      for (BufferedReader in : open) {
        in.close();
      }
    }
  }
}
