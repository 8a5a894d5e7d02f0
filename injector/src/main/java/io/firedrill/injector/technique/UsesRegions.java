package io.firedrill.injector.technique;

import java.util.List;

/**
 * A technique whose parameters may send its calls to regions other than its actor's, so that the
 * region allow-list can be checked before anything starts.
 *
 * @param <P> the technique's typed parameters
 */
public interface UsesRegions<P> {

  /** The regions the parameters name; empty when the technique calls its actor's region only. */
  List<String> regions(P parameters);
}
