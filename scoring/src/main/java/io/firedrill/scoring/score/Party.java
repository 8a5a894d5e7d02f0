package io.firedrill.scoring.score;

/** Who made a call, as the scorer attributes it. */
public enum Party {
  /** A scripted actor of the scenario, such as the attacker. */
  ACTOR,
  /**
   * The blue team: the principals the exercise names as such, or when it names none, anyone in the
   * account who is neither an actor nor firedrill itself.
   */
  BLUE,
  /** firedrill's own control identity, which sets up and tears down the exercise. */
  CONTROL,
  /** Background noise: AWS services acting in the account on their own or on a caller's behalf. */
  NOISE,
  /** Anyone else in the account, when the exercise names its blue team: not scored, not told. */
  OTHER
}
