package io.firedrill.exercise.scenario;

import java.util.Locale;

/** The response phases a scenario can expect of the blue team (NIST SP 800-61). */
public enum Phase {
  DETECT,
  CONTAIN,
  ERADICATE,
  RECOVER,
  COMMUNICATE;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
