package io.firedrill.injector.technique;

import io.firedrill.injector.aws.ApiCall;
import io.firedrill.injector.aws.AwsSession;
import io.firedrill.injector.cleanup.Ledger;
import java.util.List;
import java.util.Map;

/**
 * An attacker technique: mostly data about what it does and how it shows, plus detonation.
 *
 * @param <P> the technique's typed parameters
 */
public interface Technique<P> {

  /** Stratus Red Team's shape: {@code aws.<tactic>.<name>}. */
  String id();

  String name();

  String description();

  /** MITRE ATT&CK technique ids, such as T1562.008. */
  List<String> attackIds();

  IncidentType incidentType();

  /** The CloudTrail eventNames that detonation produces. */
  List<String> eventNames();

  /** The GuardDuty finding types it should raise; empty when GuardDuty has none for it. */
  List<String> guardDutyFindings();

  /** The IAM actions the actor's identity needs for detonation to succeed. */
  List<String> permissions();

  /**
   * Turns the scenario's {@code with:} map into typed parameters.
   *
   * @throws IllegalArgumentException saying what was expected
   */
  P parameters(Map<String, String> with);

  /**
   * Plays the technique as the session's actor. Denied or failed calls are part of the story, not
   * errors. Every change to the account goes into the ledger before the call that makes it, so that
   * cleanup can undo it.
   */
  List<ApiCall> detonate(AwsSession session, P parameters, Ledger ledger);
}
