package io.firedrill.injector.chaos;

import io.firedrill.exercise.clock.ScenarioClock;
import io.firedrill.exercise.journal.EntryTypes;
import io.firedrill.exercise.journal.Journal;
import io.firedrill.exercise.scenario.Durations;
import io.firedrill.exercise.scenario.Fault;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A scenario's faults as they are set and lifted during an exercise: each change is made through
 * {@link FaultControl} and journaled ({@code fault.applied}, {@code fault.lifted}, or {@code
 * fault.failed} when the sandbox refused or could not be reached), so the report can say what the
 * defenders were up against.
 *
 * <p>Durations in a fault are scenario time and are sent to the sandbox as wall time at the clock's
 * speed. The sandbox is not told when a fault ends: the timeline lifts it at its {@code until} in
 * scenario time, which a pause moves, and {@link #liftAll} lifts what is left when the exercise
 * ends.
 */
public final class ScenarioFaults {

  private final FaultControl control;
  private final ScenarioClock clock;
  private final Journal journal;
  private final Consumer<String> progress;
  private final Map<Fault, String> active = new LinkedHashMap<>();

  public ScenarioFaults(
      FaultControl control, ScenarioClock clock, Journal journal, Consumer<String> progress) {
    this.control = Objects.requireNonNull(control, "control");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.journal = Objects.requireNonNull(journal, "journal");
    this.progress = Objects.requireNonNull(progress, "progress");
  }

  /**
   * Sets {@code fault} now; also how a game master adds one while the exercise runs. Returns
   * whether the sandbox took it.
   */
  public boolean apply(Fault fault) {
    Map<String, Object> data = describe(fault);
    try {
      FaultControl.SetFault set = control.set(request(fault));
      synchronized (active) {
        active.put(fault, set.id());
      }
      data.put("sandboxId", set.id());
      data.put("scheduledAt", fault.at().toMillis());
      data.put("until", fault.until() == null ? null : fault.until().toMillis());
      journal.append(EntryTypes.FAULT_APPLIED, clock.now(), data);
      progress.accept(
          "fault applied: "
              + fault.describe()
              + (fault.until() == null ? "" : " until " + Durations.format(fault.until())));
      return true;
    } catch (RuntimeException e) {
      failed(data, "cannot set: " + e.getMessage());
      return false;
    }
  }

  /** Lifts {@code fault} if it is in force, saying why ({@code until}, {@code exercise ended}). */
  public void lift(Fault fault, String reason) {
    String id;
    synchronized (active) {
      id = active.remove(fault);
    }
    if (id == null) {
      return;
    }
    Map<String, Object> data = describe(fault);
    data.put("sandboxId", id);
    data.put("reason", reason);
    try {
      control.clear(id);
    } catch (FaultControlException e) {
      if (e.status() != 404) {
        failed(data, "cannot lift: " + e.getMessage());
        return;
      }
      // Already gone (cleared by hand on the control API): it is lifted all the same.
    } catch (RuntimeException e) {
      failed(data, "cannot lift: " + e.getMessage());
      return;
    }
    journal.append(EntryTypes.FAULT_LIFTED, clock.now(), data);
    progress.accept("fault lifted (" + reason + "): " + fault.describe());
  }

  /** Lifts every fault still in force. */
  public void liftAll(String reason) {
    List<Fault> left;
    synchronized (active) {
      left = new ArrayList<>(active.keySet());
    }
    left.forEach(fault -> lift(fault, reason));
  }

  /** The faults in force now, in the order they were set. */
  public List<Fault> active() {
    synchronized (active) {
      return List.copyOf(active.keySet());
    }
  }

  /** The control API's fault object: the scenario's members, with durations in wall time. */
  Map<String, Object> request(Fault fault) {
    Map<String, Object> body = new LinkedHashMap<>(fault.members());
    if (fault.delay() != null) {
      body.put("delay", wall(fault.delay()).toMillis() + "ms");
    }
    return body;
  }

  private Duration wall(Duration scenario) {
    return clock.wallSpan(scenario);
  }

  private Map<String, Object> describe(Fault fault) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("fault", fault.index() == 0 ? null : fault.index());
    data.put("kind", fault.kind());
    data.put("members", fault.members());
    data.put("summary", fault.describe());
    return data;
  }

  private void failed(Map<String, Object> data, String error) {
    data.put("error", error);
    journal.append(EntryTypes.FAULT_FAILED, clock.now(), data);
    progress.accept("fault " + data.get("summary") + ": " + error);
  }
}
