package io.firedrill.injector.technique;

import io.firedrill.injector.aws.ApiCall;
import io.firedrill.injector.aws.AwsSession;
import io.firedrill.injector.cleanup.Ledger;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import software.amazon.awssdk.awscore.AwsResponse;

/**
 * A technique that is one API call without parameters that changes nothing, such as most of
 * discovery: the subclass is its data and its call.
 */
public abstract class OneCallTechnique implements Technique<OneCallTechnique.NoParams> {

  /** No parameters. */
  public record NoParams() {}

  private final TechniqueInfo info;
  private final String service;
  private final Function<AwsSession, ? extends AwsResponse> call;

  protected OneCallTechnique(
      TechniqueInfo info, String service, Function<AwsSession, ? extends AwsResponse> call) {
    this.info = info;
    this.service = service;
    this.call = call;
  }

  @Override
  public final TechniqueInfo info() {
    return info;
  }

  @Override
  public final NoParams parameters(Map<String, String> with) {
    Parameters.allowOnly(with, Set.of());
    return new NoParams();
  }

  @Override
  public final List<ApiCall> detonate(AwsSession session, NoParams parameters, Ledger ledger) {
    return List.of(session.call(service, info.eventNames().get(0), () -> call.apply(session)));
  }
}
