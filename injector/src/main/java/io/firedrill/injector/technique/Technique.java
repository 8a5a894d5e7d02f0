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

  TechniqueInfo info();

  default String id() {
    return info().id();
  }

  /**
   * Turns the scenario's {@code with:} map into typed parameters.
   *
   * @throws IllegalArgumentException saying what was expected
   */
  P parameters(Map<String, String> with);

  /**
   * The IAM actions, on their resources, that the actor's identity needs for every call of the
   * detonation with these parameters to be allowed. The default is every action of {@link
   * TechniqueInfo#permissions()} on every resource; a technique whose resources its parameters name
   * says so. Cleanup needs none of them: it undoes with firedrill's own identity.
   */
  default List<Grant> grants(P parameters, Arns arns) {
    return Grant.anywhere(info().permissions());
  }

  /**
   * Plays the technique as the session's actor. Denied or failed calls are part of the story, not
   * errors. Every change to the account goes into the ledger before the call that makes it, so that
   * cleanup can undo it.
   */
  List<ApiCall> detonate(AwsSession session, P parameters, Ledger ledger);
}
