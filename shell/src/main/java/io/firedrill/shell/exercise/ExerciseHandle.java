package io.firedrill.shell.exercise;

import io.firedrill.exercise.clock.ScenarioClock;
import io.firedrill.exercise.journal.EntryTypes;
import io.firedrill.exercise.journal.Journal;
import io.firedrill.exercise.journal.JournalEntry;
import io.firedrill.exercise.scenario.Scenario;
import io.firedrill.injector.timeline.Timeline;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The game master's hold on an exercise while it plays: pause, resume, abort or end it, add to its
 * journal, and see where it stands. {@code run} plays with one nobody touches; {@code gameday}
 * plays in the background with one the shell's commands use.
 */
public final class ExerciseHandle {

  /** Why an exercise the game master aborted ended; scored, but exits as interrupted. */
  public static final String ABORTED = "aborted by the game master";

  /** Why an exercise the game master ended ended; scored as a complete exercise. */
  public static final String ENDED = "ended by the game master";

  private final CountDownLatch started = new CountDownLatch(1);
  private final CountDownLatch finished = new CountDownLatch(1);
  private volatile Consumer<String> progress = line -> {};
  private volatile Journal journal;
  private volatile ScenarioClock clock;
  private volatile Timeline timeline;
  private volatile Scenario scenario;
  private volatile String exerciseId;
  private volatile String stopReason;
  private volatile RunResult result;
  private volatile Exception failure;
  private volatile boolean open;

  /** Called by the runner once play has begun: from now on the handle acts on the exercise. */
  void attach(
      Scenario scenario,
      String exerciseId,
      Journal journal,
      ScenarioClock clock,
      Timeline timeline,
      Consumer<String> progress) {
    this.scenario = scenario;
    this.exerciseId = exerciseId;
    this.journal = journal;
    this.clock = clock;
    this.timeline = timeline;
    this.progress = progress;
    this.open = true;
    started.countDown();
  }

  /** Called by the runner when play is over: cleanup and the report are still to come. */
  void closing() {
    open = false;
  }

  /** Called by the runner when the exercise is over, with its result or what went wrong. */
  void finish(RunResult result, Exception failure) {
    this.result = result;
    this.failure = failure;
    // Once play is over nothing in it can be paused or written to any more.
    this.timeline = null;
    this.open = false;
    started.countDown();
    finished.countDown();
  }

  /** Why the game master stopped the exercise, or null while nobody has. */
  String stopReason() {
    return stopReason;
  }

  /**
   * Waits until play has begun (scenario time zero) or the exercise could not start.
   *
   * @throws Exception what kept it from starting: a scenario problem, a refused target
   */
  public void awaitStarted() throws Exception {
    started.await();
    if (failure != null) {
      throw failure;
    }
  }

  /** Waits for the result, or returns null when the timeout passes first. */
  public RunResult awaitResult(Duration timeout) throws Exception {
    if (!finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      return null;
    }
    if (failure != null) {
      throw failure;
    }
    return result;
  }

  /** Whether play goes on: the handle can pause it, stop it and add to its journal. */
  public boolean running() {
    return open;
  }

  public boolean paused() {
    ScenarioClock current = clock;
    return current != null && current.paused();
  }

  /** Stops scenario time and the timeline; false when there was nothing running to pause. */
  public synchronized boolean pause() {
    if (!running() || clock.paused()) {
      return false;
    }
    clock.pause();
    Timeline playing = timeline;
    if (playing != null) {
      playing.pause();
    }
    journal.append(EntryTypes.EXERCISE_PAUSED, clock.now(), Map.of("by", "game master"));
    progress.accept("paused by the game master");
    return true;
  }

  /** Lets scenario time run on; false when it was not paused. */
  public synchronized boolean resume() {
    if (!running() || !clock.paused()) {
      return false;
    }
    Duration lasted = clock.resume();
    Timeline playing = timeline;
    if (playing != null) {
      playing.resume(lasted);
    }
    journal.append(
        EntryTypes.EXERCISE_RESUMED, clock.now(), Map.of("pausedForMillis", lasted.toMillis()));
    progress.accept("resumed after a pause of " + lasted.toSeconds() + "s");
    return true;
  }

  /** Asks the exercise to stop: its timeline stops, cleanup runs, the report is written. */
  public void stop(String reason) {
    if (stopReason == null) {
      stopReason = reason;
    }
  }

  /** A game master's message to the players, journaled as the scenario's own notices are. */
  public synchronized void notice(String text) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("from", "game master");
    data.put("subject", text);
    data.put("text", "");
    record(EntryTypes.NOTICE_DELIVERED, data);
    progress.accept("notice from game master: " + text);
  }

  /** Adds an entry at the current scenario time; the entry as written. */
  public synchronized JournalEntry record(String type, Map<String, ?> data) {
    if (!running()) {
      throw new IllegalStateException("no exercise is running");
    }
    return journal.append(type, clock.now(), data);
  }

  /** Tells the people watching, stamped with the scenario time. */
  public void say(String line) {
    progress.accept(line);
  }

  /** Where the exercise stands now, from its journal. */
  public Optional<ExerciseStatus> status() {
    if (clock == null || journal == null) {
      return Optional.empty();
    }
    List<JournalEntry> entries = journal.entries();
    Timeline playing = timeline;
    return Optional.of(
        ExerciseStatus.of(
            exerciseId,
            scenario,
            clock.now(),
            clock.paused(),
            running(),
            playing == null ? Optional.empty() : playing.upcoming(),
            entries));
  }
}
