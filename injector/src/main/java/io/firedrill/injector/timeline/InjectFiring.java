package io.firedrill.injector.timeline;

import io.firedrill.exercise.clock.ScenarioClock;
import io.firedrill.exercise.journal.EntryTypes;
import io.firedrill.exercise.journal.Journal;
import io.firedrill.exercise.scenario.Notice;
import io.firedrill.injector.aws.ApiCall;
import io.firedrill.injector.aws.AwsSession;
import io.firedrill.injector.cleanup.Ledger;
import io.firedrill.injector.plan.PlannedInject;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** What happens when the timeline fires something: the calls, and their record in the journal. */
final class InjectFiring {

  private final ScenarioClock clock;
  private final Journal journal;
  private final Consumer<String> progress;

  InjectFiring(ScenarioClock clock, Journal journal, Consumer<String> progress) {
    this.clock = clock;
    this.journal = journal;
    this.progress = progress;
  }

  /**
   * Fires one firing of an inject that was due at scenario time {@code due}.
   *
   * @param repeat which firing this is, from 1
   */
  void fire(PlannedInject inject, AwsSession session, Duration due, int repeat) {
    Instant scheduled = clock.toWall(due);
    Duration firedAt = notBefore(due);
    long latenessMillis = Math.max(0, Duration.between(scheduled, Instant.now()).toMillis());
    List<ApiCall> calls;
    try {
      calls = inject.fire(session, new Ledger(journal, clock, inject.technique().id()));
    } catch (RuntimeException e) {
      // A technique that cannot go on is part of the record too, not a silent gap in it.
      calls = List.of(new ApiCall("firedrill", "detonate", null, "failed", e.getMessage()));
    }
    int times = inject.step().repeat().times();
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("step", inject.step().index());
    if (inject.step().id() != null) {
      data.put("stepId", inject.step().id());
    }
    if (times > 1) {
      data.put("repeat", repeat);
      data.put("of", times);
    }
    data.put("technique", inject.technique().id());
    data.put("actor", inject.step().actor());
    data.put("scheduledAt", due.toMillis());
    data.put("latenessMillis", latenessMillis);
    data.put("calls", calls.stream().map(ApiCall::toJournal).toList());
    journal.append(EntryTypes.INJECT_FIRED, firedAt, data);
    String which = times > 1 ? " (" + repeat + "/" + times + ")" : "";
    for (ApiCall call : calls) {
      progress.accept(
          String.format(
              "inject %d%s %s by %s: %s:%s %s%s",
              inject.step().index(),
              which,
              inject.technique().id(),
              inject.step().actor(),
              call.service(),
              call.operation(),
              call.outcome(),
              call.errorCode() == null ? "" : " (" + call.errorCode() + ")"));
    }
  }

  /**
   * Scenario time now, and never before what was due: the job has waited for its trigger's time
   * ({@link InjectJob}), and this keeps the rounding of wall nanoseconds to scenario milliseconds
   * from journaling it a millisecond early.
   */
  private Duration notBefore(Duration due) {
    Duration now = clock.now();
    return now.compareTo(due) >= 0 ? now : due;
  }

  /** Delivers a game master's notice: to everyone watching, and into the journal. */
  void deliver(Notice notice) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("step", notice.index());
    data.put("from", notice.from());
    data.put("subject", notice.subject());
    data.put("text", notice.text());
    data.put("scheduledAt", notice.at().toMillis());
    journal.append(EntryTypes.NOTICE_DELIVERED, notBefore(notice.at()), data);
    progress.accept("notice from " + notice.from() + ": " + notice.subject());
    if (!notice.text().isEmpty()) {
      notice.text().lines().forEach(line -> progress.accept("  " + line));
    }
  }
}
