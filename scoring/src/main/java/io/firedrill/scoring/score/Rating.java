package io.firedrill.scoring.score;

/**
 * HSEEP's rating of how a capability was performed.
 *
 * <p>P: at least 90 % and every critical task met; S: 70 % or more; M: something was achieved, but
 * under 70 %, a critical task failed, a target missed by over three times, or collateral damage; U:
 * nothing was achieved.
 */
public enum Rating {
  /** Performed without challenges. */
  P,
  /** Performed with some challenges. */
  S,
  /** Performed with major challenges. */
  M,
  /** Unable to be performed. */
  U
}
