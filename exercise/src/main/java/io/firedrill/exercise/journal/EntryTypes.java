package io.firedrill.exercise.journal;

/** The kinds of journal entries, shared by the modules that write and read them. */
public final class EntryTypes {

  /** The exercise began: scenario, target account, actors and their access key ids. */
  public static final String EXERCISE_STARTED = "exercise.started";

  /** An inject fired: step, technique, actor, lateness and each API call with AWS's answer. */
  public static final String INJECT_FIRED = "inject.fired";

  /** A game master's notice reached the players: from whom, subject and text. */
  public static final String NOTICE_DELIVERED = "notice.delivered";

  /** An inject is about to change the account: what, so that cleanup can undo it. */
  public static final String LEDGER_RECORDED = "ledger.recorded";

  /** Cleanup ran: what it undid and what it could not. */
  public static final String CLEANUP_DONE = "cleanup.done";

  /** A scripted blue-team responder acted. */
  public static final String RESPONDER_ACTED = "responder.acted";

  /** A telemetry source saw an event, such as a CloudTrail record. */
  public static final String TELEMETRY_OBSERVED = "telemetry.observed";

  /**
   * A telemetry source's count of what it read and what it left out of the journal because the
   * scorer has no use for it (a replay's read-only calls by AWS services that no rule matched).
   */
  public static final String TELEMETRY_SUMMARIZED = "telemetry.summarized";

  /** A detection rule of the team's went off: which rule, how loud, and the record it matched. */
  public static final String DETECTION_MATCHED = "detection.matched";

  /** A containment probe checked the account's state: what, and whether it held. */
  public static final String PROBE_CHECKED = "probe.checked";

  /** The exercise ended, and why. */
  public static final String EXERCISE_ENDED = "exercise.ended";

  /**
   * The blue team acknowledged something it saw, in its own words, from the game-day shell: {@code
   * {"what": "<a detection, a finding type, an expectation id>", "by": "blue"}}. The first
   * acknowledgement of a thing marks when the team triaged it.
   */
  public static final String BLUE_ACKNOWLEDGED = "blue.acknowledged";

  /** The blue team noted something for the record: {@code {"text": "...", "by": "blue"}}. */
  public static final String BLUE_NOTED = "blue.noted";

  /**
   * The blue team declared an incident of a severity, which is how it escalates and communicates:
   * {@code {"severity": "low|medium|high|critical", "by": "blue"}}; a later declaration supersedes
   * an earlier one.
   */
  public static final String BLUE_DECLARED = "blue.declared";

  /** The game master paused the exercise: scenario time stands still until it resumes. */
  public static final String EXERCISE_PAUSED = "exercise.paused";

  /** The exercise resumed: {@code {"pausedForMillis": n}}, the wall time the pause lasted. */
  public static final String EXERCISE_RESUMED = "exercise.resumed";

  /**
   * A chaos fault was set in the sandbox: {@code {"fault": index or null, "kind", "members",
   * "sandboxId", "scheduledAt", "until", "summary"}}, times in scenario milliseconds.
   */
  public static final String FAULT_APPLIED = "fault.applied";

  /** A chaos fault was lifted: {@code {"fault", "kind", "sandboxId", "reason", "summary"}}. */
  public static final String FAULT_LIFTED = "fault.lifted";

  /** A chaos fault could not be set or lifted: {@code {"fault", "kind", "error", "summary"}}. */
  public static final String FAULT_FAILED = "fault.failed";

  private EntryTypes() {}
}
