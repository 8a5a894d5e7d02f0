package io.firedrill.injector.plan;

import io.firedrill.exercise.scenario.Step;
import io.firedrill.injector.aws.ApiCall;
import io.firedrill.injector.aws.AwsSession;
import io.firedrill.injector.cleanup.Ledger;
import io.firedrill.injector.technique.Arns;
import io.firedrill.injector.technique.Grant;
import io.firedrill.injector.technique.Technique;
import java.util.List;

/** A timeline step bound to its technique and checked parameters, ready to fire. */
public record PlannedInject(Step step, Technique<?> technique, Object parameters) {

  public List<ApiCall> fire(AwsSession session, Ledger ledger) {
    return detonate(technique, session, parameters, ledger);
  }

  /** The IAM actions, on their resources, that firing this inject needs. */
  public List<Grant> grants(Arns arns) {
    return grants(technique, parameters, arns);
  }

  @SuppressWarnings("unchecked")
  private static <P> List<Grant> grants(Technique<P> technique, Object p, Arns arns) {
    return technique.grants((P) p, arns);
  }

  // The planner made the parameters with this technique, so the cast holds.
  @SuppressWarnings("unchecked")
  private static <P> List<ApiCall> detonate(
      Technique<P> technique, AwsSession session, Object p, Ledger ledger) {
    return technique.detonate(session, (P) p, ledger);
  }
}
