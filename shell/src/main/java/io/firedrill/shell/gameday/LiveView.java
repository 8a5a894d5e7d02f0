package io.firedrill.shell.gameday;

import io.firedrill.shell.command.Summary;
import io.firedrill.shell.exercise.ExerciseHandle;
import io.firedrill.shell.exercise.RunResult;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * What the game master sees while an exercise plays: each thing that happens as a line, and (on a
 * terminal) a status bar that updates in place once a second. When the exercise reaches its end by
 * itself, the view prints the summary.
 */
final class LiveView implements AutoCloseable {

  private static final String[] SPIN = {"|", "/", "-", "\\"};

  private final Consumer<String> print;
  private final TerminalBar status;
  private final AtomicBoolean stopping = new AtomicBoolean();
  private final AtomicBoolean closed = new AtomicBoolean();

  /** Held while writing to the terminal: a line and a bar update never interleave. */
  private final Object screen = new Object();

  private ScheduledExecutorService ticker;
  private int tick;

  /**
   * @param status the terminal's status bar, or null for plain lines
   */
  LiveView(Consumer<String> print, TerminalBar status) {
    this.print = print;
    this.status = status;
  }

  /**
   * Prints a line above the bar: the bar's rows are outside the scroll region, and the lock keeps
   * the ticker from redrawing the bar in the middle of the line (it would land inside the bar).
   */
  void line(String line) {
    synchronized (screen) {
      if (closed.get()) {
        return;
      }
      print.accept(line);
    }
  }

  /** Follows the exercise until it ends: the status bar, and the summary at a natural end. */
  synchronized void follow(ExerciseHandle handle) {
    ticker =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, "firedrill-live-view");
              thread.setDaemon(true);
              return thread;
            });
    ticker.scheduleWithFixedDelay(() -> refresh(handle), 0, 1, TimeUnit.SECONDS);
  }

  private void refresh(ExerciseHandle handle) {
    try {
      tick++;
      if (stopping.get()) {
        bar(
            List.of(
                SPIN[tick % SPIN.length]
                    + " ending: the last polls, cleanup, the journal's end and the report..."));
        return;
      }
      if (!handle.running() && stopping.compareAndSet(false, true)) {
        bar(List.of(SPIN[tick % SPIN.length] + " the exercise reached its end; reporting..."));
        RunResult result = handle.awaitResult(Duration.ofMinutes(5));
        close();
        if (result != null) {
          StringWriter text = new StringWriter();
          Summary.print(new PrintWriter(text), result);
          print.accept("");
          text.toString().lines().forEach(print);
        }
        return;
      }
      handle.status().ifPresent(s -> bar(Board.bar(s)));
    } catch (Exception e) {
      line("live view: " + e.getMessage());
    }
  }

  /** The game master stops the exercise: the bar says so until the report is written. */
  void ending() {
    stopping.set(true);
  }

  void bar(List<String> lines) {
    synchronized (screen) {
      if (status != null && !closed.get()) {
        status.show(lines);
      }
    }
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      if (ticker != null) {
        ticker.shutdownNow();
      }
      synchronized (screen) {
        if (status != null) {
          status.hide();
        }
      }
    }
  }
}
