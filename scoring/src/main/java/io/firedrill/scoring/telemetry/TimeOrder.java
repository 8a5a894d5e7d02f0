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
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hands a trail's records over in event-time order with memory that does not grow with the trail.
 * Trail files are written per region and five minutes, so file order is not time order: records are
 * sorted in runs of a bounded size, each run kept in a temporary file as one record per line, and
 * the runs merged. A trail that fits in one run never touches the disk.
 */
final class TimeOrder {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Comparator<JsonNode> BY_TIME =
      Comparator.comparing(r -> r.path("eventTime").asString(""));

  private final int runSize;

  /**
   * @param runSize how many records are held in memory at once
   */
  TimeOrder(int runSize) {
    if (runSize < 1) {
      throw new IllegalArgumentException("a run holds at least one record");
    }
    this.runSize = runSize;
  }

  /**
   * @return how many records the sink was given
   */
  long forEach(List<TrailFile> trail, Consumer<JsonNode> sink) {
    return forEach(trail, sink, (filesDone, files, bytesDone, bytes) -> {});
  }

  /**
   * @param progress told as each file is read, which is most of the work
   * @return how many records the sink was given
   */
  long forEach(
      List<TrailFile> trail, Consumer<JsonNode> sink, CloudTrailFiles.ReadProgress progress) {
    Runs runs = new Runs();
    try {
      long count = CloudTrailFiles.read(trail, runs::add, progress);
      runs.current.sort(BY_TIME);
      if (runs.files.isEmpty()) {
        runs.current.forEach(sink);
      } else {
        merge(runs.files, runs.current, sink);
      }
      return count;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot sort the trail's records by time", e);
    } finally {
      runs.delete();
    }
  }

  /** The records read so far: the run being filled, and the sorted runs spilled to disk. */
  private final class Runs {
    final List<JsonNode> current = new ArrayList<>();
    final List<Path> files = new ArrayList<>();
    Path folder;

    void add(JsonNode record) {
      current.add(record);
      if (current.size() < runSize) {
        return;
      }
      try {
        folder = folder == null ? Files.createTempDirectory("firedrill-trail-") : folder;
        files.add(spill(current, folder.resolve("run-" + files.size() + ".jsonl")));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot keep a sorted run of the trail on disk", e);
      }
      current.clear();
    }

    void delete() {
      try {
        for (Path file : files) {
          Files.deleteIfExists(file);
        }
        if (folder != null) {
          Files.deleteIfExists(folder);
        }
      } catch (IOException e) {
        // A leftover temporary file is not worth failing a replay for.
      }
    }
  }

  private static Path spill(List<JsonNode> run, Path file) throws IOException {
    run.sort(BY_TIME);
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (JsonNode record : run) {
        out.write(JSON.writeValueAsString(record));
        out.write('\n');
      }
    }
    return file;
  }

  /** One run being merged: its next record, and where the rest comes from. */
  private static final class Head {
    JsonNode record;
    final int run;
    final BufferedReader in;
    final Iterator<JsonNode> inMemory;

    Head(int run, BufferedReader in, Iterator<JsonNode> inMemory) {
      this.run = run;
      this.in = in;
      this.inMemory = inMemory;
    }

    boolean advance() throws IOException {
      if (in == null) {
        record = inMemory.hasNext() ? inMemory.next() : null;
      } else {
        String line = in.readLine();
        record = line == null ? null : JSON.readTree(line);
      }
      return record != null;
    }
  }

  private static void merge(List<Path> runs, List<JsonNode> last, Consumer<JsonNode> sink)
      throws IOException {
    // Ties go to the earlier run, so records of one instant keep their file order, as in one sort.
    PriorityQueue<Head> heads =
        new PriorityQueue<>(
            Comparator.comparing((Head h) -> h.record, BY_TIME).thenComparingInt(h -> h.run));
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
        sink.accept(head.record);
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
