package io.firedrill.injector.policy;

import io.firedrill.exercise.policy.PolicyDocument;

/**
 * A policy one of an actor's identities needs.
 *
 * @param actor the actor's name in the scenario
 * @param attachTo the identity to attach it to: {@code user/NAME} or {@code role/NAME}
 * @param document the policy; without statements when the identity needs no permission
 */
public record ActorPolicy(String actor, String attachTo, PolicyDocument document) {

  /** Whether this is for a role the actor assumes, rather than the user whose key it holds. */
  public boolean forRole() {
    return attachTo.startsWith("role/");
  }

  /** The user's or role's name. */
  public String identityName() {
    return attachTo.substring(attachTo.indexOf('/') + 1);
  }
}
