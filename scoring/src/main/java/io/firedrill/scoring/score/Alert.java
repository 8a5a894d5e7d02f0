package io.firedrill.scoring.score;

/** How loudly an attack was detected, and what that is worth in the rubric's detection phase. */
public enum Alert {
  /** A detection rule (not marked low) or a GuardDuty finding of medium severity or more. */
  ALERTED(1.0),
  /** Only a low-severity rule or a low-severity finding: likely to wait in a queue. */
  LOW_PRIORITY(0.6),
  /** In CloudTrail, but nothing alerted on it: someone would have to go and look. */
  LOGGED(0.3),
  /** Not even in the telemetry. */
  MISSED(0.0);

  private final double factor;

  Alert(double factor) {
    this.factor = factor;
  }

  public double factor() {
    return factor;
  }
}
