package io.firedrill.scoring.score;

import java.time.Duration;

/**
 * A blue-team call the scorer recognises as a step of the response, such as a key deactivated.
 *
 * @param at scenario time when the scorer saw the call
 * @param phase the response phase it belongs to: contain, eradicate, recover, evidence or triage
 * @param action what it did, for people: "access key deactivated"
 * @param target what it acted on: a key id, user, trail, detector, instance or bucket
 * @param eventId the CloudTrail record that shows it
 * @param verified true when a probe then found the account in the state the call was meant to leave
 *     it in, false when a probe found otherwise, null when nothing probed it
 * @param collateral true when it acted on something the attack never touched (a bystander's key)
 */
public record ResponseAction(
    Duration at,
    String phase,
    String action,
    String target,
    String eventId,
    Boolean verified,
    boolean collateral) {

  /** Whether the action counts: it was not shown by a probe to have failed. */
  public boolean counts() {
    return !Boolean.FALSE.equals(verified);
  }
}
