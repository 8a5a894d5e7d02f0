package io.firedrill.injector.technique;

import io.firedrill.injector.technique.defenseevasion.CloudTrailStop;
import io.firedrill.injector.technique.discovery.StsGetCallerIdentity;
import java.util.List;
import java.util.Optional;

/**
 * Every technique firedrill can play. Registered here, in one explicit list, so that a technique
 * can never be dropped silently by a forgotten registration elsewhere.
 */
public final class TechniqueCatalog {

  private static final List<Technique<?>> ALL =
      List.of(new StsGetCallerIdentity(), new CloudTrailStop());

  private TechniqueCatalog() {}

  public static List<Technique<?>> all() {
    return ALL;
  }

  public static Optional<Technique<?>> find(String id) {
    return ALL.stream().filter(t -> t.id().equals(id)).findFirst();
  }
}
