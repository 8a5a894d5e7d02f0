package io.firedrill.scoring.telemetry;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;

/**
 * Reads a trail's records on a thread of its own and hands them over in the order read, so that
 * parsing the next records (a third of a replay's time) overlaps matching and writing down the last
 * ones. The order is that of one thread reading alone: a replay's journal does not depend on how
 * the two threads ran.
 */
final class ReadAhead {

  private static final int BATCH = 256;
  private static final List<JsonNode> END = List.of();

  private final BlockingQueue<List<JsonNode>> queue = new ArrayBlockingQueue<>(8);
  private volatile boolean cancelled;
  private volatile Throwable failure;
  private long count;

  private ReadAhead() {}

  /**
   * Hands every record of the files to the sink, on the calling thread, in file order.
   *
   * @return how many records were read
   * @throws TelemetryException as {@link CloudTrailFiles#read} throws it
   */
  static long read(
      List<TrailFile> trail, Consumer<JsonNode> sink, CloudTrailFiles.ReadProgress progress) {
    return new ReadAhead().run(trail, sink, progress);
  }

  private long run(
      List<TrailFile> trail, Consumer<JsonNode> sink, CloudTrailFiles.ReadProgress progress) {
    Thread reader = new Thread(() -> produce(trail, progress), "trail-reader");
    reader.setDaemon(true);
    reader.start();
    try {
      for (List<JsonNode> batch = queue.take(); batch != END; batch = queue.take()) {
        batch.forEach(sink);
      }
      reader.join();
    } catch (InterruptedException e) {
      cancel(reader);
      Thread.currentThread().interrupt();
      throw new CancellationException("the replay was interrupted");
    } catch (RuntimeException | Error e) {
      cancel(reader);
      throw e;
    }
    if (failure instanceof RuntimeException e) {
      throw e;
    }
    if (failure instanceof Error e) {
      throw e;
    }
    return count;
  }

  private void cancel(Thread reader) {
    cancelled = true;
    reader.interrupt();
  }

  private void produce(List<TrailFile> trail, CloudTrailFiles.ReadProgress progress) {
    try {
      List<List<JsonNode>> batch = new ArrayList<>(List.of(new ArrayList<>(BATCH)));
      count =
          CloudTrailFiles.read(
              trail,
              record -> {
                batch.get(0).add(record);
                if (batch.get(0).size() == BATCH) {
                  hand(batch.get(0));
                  batch.set(0, new ArrayList<>(BATCH));
                }
              },
              progress);
      hand(batch.get(0));
    } catch (RuntimeException | Error e) {
      failure = e;
    } finally {
      if (!cancelled) {
        try {
          queue.put(END);
        } catch (InterruptedException e) {
          // cancelled: nobody is waiting for the end
        }
      }
    }
  }

  private void hand(List<JsonNode> batch) {
    if (batch.isEmpty()) {
      return;
    }
    try {
      queue.put(batch);
    } catch (InterruptedException e) {
      throw new CancellationException("the reader of the trail was stopped");
    }
  }
}
