package io.firedrill.exercise.scenario;

import java.util.Locale;

/**
 * The response phases a scenario can expect of the blue team (NIST SP 800-61), each a capability
 * the rubric weighs: triage covers the first look and escalation, evidence the preservation of what
 * happened (snapshots, tags), communicate the coordination with others.
 */
public enum Phase {
  DETECT,
  TRIAGE,
  CONTAIN,
  ERADICATE,
  RECOVER,
  EVIDENCE,
  COMMUNICATE;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
