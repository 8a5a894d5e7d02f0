package io.firedrill.injector.technique;

import io.firedrill.injector.aws.ApiCall;
import io.firedrill.injector.aws.AwsSession;
import java.util.List;
import java.util.Map;

/**
 * An attacker technique.
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

  /** The CloudTrail eventNames that detonation produces. */
  List<String> eventNames();

  /**
   * Turns the scenario's {@code with:} map into typed parameters.
   *
   * @throws IllegalArgumentException saying what was expected
   */
  P parameters(Map<String, String> with);

  /** Plays the technique as the session's actor; denied or failed calls are part of the story. */
  List<ApiCall> detonate(AwsSession session, P parameters);
}
