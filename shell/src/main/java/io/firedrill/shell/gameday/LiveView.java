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
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.jline.utils.Status;

/**
 * What the game master sees while an exercise plays: each thing that happens as a line, and (on a
 * terminal) a status bar that updates in place once a second. When the exercise reaches its end by
 * itself, the view prints the summary.
 */
final class LiveView implements AutoCloseable {

  private static final String[] SPIN = {"|", "/", "-", "\\"};

  private final Consumer<String> print;
  private final Status status;
  private final AtomicBoolean stopping = new AtomicBoolean();
  private final AtomicBoolean closed = new AtomicBoolean();
  private ScheduledExecutorService ticker;
  private int tick;

  /**
   * @param status the terminal's status bar, or null for plain lines
   */
  LiveView(Consumer<String> print, Status status) {
    this.print = print;
    this.status = status;
  }

  void line(String line) {
    if (!closed.get()) {
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

  private void bar(List<String> lines) {
    if (status != null && !closed.get()) {
      status.update(
          lines.stream().map(l -> new AttributedString(l, AttributedStyle.INVERSE)).toList());
    }
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      if (ticker != null) {
        ticker.shutdownNow();
      }
      if (status != null) {
        status.update(List.of());
      }
    }
  }
}
