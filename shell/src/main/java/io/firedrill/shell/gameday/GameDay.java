package io.firedrill.shell.gameday;

import io.firedrill.shell.cli.KeepAlive;
import io.firedrill.shell.exercise.ExerciseHandle;
import io.firedrill.shell.exercise.ExerciseRunner;
import io.firedrill.shell.exercise.RunOptions;
import io.firedrill.shell.exercise.RunResult;
import io.firedrill.shell.exercise.ScenarioLibrary;
import jakarta.annotation.PreDestroy;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * The game day in progress: at most one exercise at a time, playing in the background of the
 * interactive shell, and its live view.
 */
@Component
public class GameDay implements KeepAlive {

  /** How long ending may take: the last polls, cleanup and the report. */
  private static final Duration ENDING = Duration.ofMinutes(5);

  private final LiveViews views;
  private volatile ExerciseHandle current;
  private volatile LiveView view;

  GameDay(LiveViews views) {
    this.views = views;
  }

  /**
   * Starts an exercise and waits for its scenario time zero.
   *
   * @param options how to run it; its progress consumer is replaced by the live view
   * @throws IllegalStateException when an exercise is already running
   * @throws Exception what kept the exercise from starting
   */
  public synchronized ExerciseHandle start(
      Function<java.util.function.Consumer<String>, RunOptions> options, PrintWriter out)
      throws Exception {
    if (current != null && current.running()) {
      throw new IllegalStateException(
          "an exercise is already running; 'gameday end' or 'gameday abort' stops it first");
    }
    LiveView live = views.open(out);
    ExerciseHandle handle;
    try {
      handle =
          new ExerciseRunner(ScenarioLibrary.fromSystem(), Clock.systemUTC())
              .start(options.apply(live::line));
      handle.awaitStarted();
    } catch (Exception e) {
      live.close();
      throw e;
    }
    current = handle;
    view = live;
    live.follow(handle);
    return handle;
  }

  /** The exercise that is playing, or null. */
  public ExerciseHandle current() {
    ExerciseHandle handle = current;
    return handle != null && handle.running() ? handle : null;
  }

  /** The exercise last started, playing or not, or null. */
  public ExerciseHandle last() {
    return current;
  }

  /** Stops the exercise and waits for its report; null when none was playing. */
  public RunResult stop(String reason) throws Exception {
    ExerciseHandle handle = current();
    if (handle == null) {
      return null;
    }
    handle.stop(reason);
    LiveView live = view;
    if (live != null) {
      live.ending();
    }
    try {
      return handle.awaitResult(ENDING);
    } finally {
      if (live != null) {
        live.close();
      }
    }
  }

  @Override
  public boolean running() {
    return current() != null;
  }

  @Override
  public void awaitStop() throws InterruptedException {
    ExerciseHandle handle = current;
    if (handle == null) {
      return;
    }
    try {
      handle.awaitResult(Duration.ofDays(1));
    } catch (InterruptedException e) {
      throw e;
    } catch (Exception e) {
      // The exercise failed; its failure was shown as it happened.
    }
    LiveView live = view;
    if (live != null) {
      live.close();
    }
  }

  /** Ends a game day still playing when the shell quits: cleanup and the report still happen. */
  @PreDestroy
  void quit() {
    try {
      stop(ExerciseHandle.ABORTED);
    } catch (Exception e) {
      System.err.println("firedrill: the exercise did not end cleanly: " + e.getMessage());
    }
  }
}
