package io.firedrill.exercise.scenario;

/**
 * Someone who acts in the scenario with the access key of an IAM user of the baseline: an attacker
 * who found the key ({@code leakedKeyOf}), or an insider using their own ({@code insider}); either
 * may act through a role they assume with it ({@code assumesRole}).
 *
 * @param name the key under {@code actors:}, used by timeline steps
 * @param kind how the actor came by the key
 * @param user the IAM user whose access key the actor holds
 * @param assumesRole the name of a role the actor assumes with that key and acts as, or null
 * @param sourceIp the address the actor's calls appear to come from, or null for the real one
 * @param userAgent an extra user agent the actor's calls carry, or null
 * @param region the region the actor's clients call, or null for the target's
 */
public record Actor(
    String name,
    Kind kind,
    String user,
    String assumesRole,
    String sourceIp,
    String userAgent,
    String region,
    SourceLocation location) {

  /** How an actor holds its key. */
  public enum Kind {
    /** An outsider holding a key that leaked. */
    LEAKED_KEY,
    /** A user of the account acting with their own key. */
    INSIDER
  }

  /** The IAM user whose key the actor holds (the name {@code leakedKeyOf} had). */
  public String leakedKeyOf() {
    return user;
  }
}
