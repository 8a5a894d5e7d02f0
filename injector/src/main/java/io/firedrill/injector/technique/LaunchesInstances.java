package io.firedrill.injector.technique;

import java.util.List;

/**
 * A technique that calls ec2:RunInstances, so that the spend guard can weigh one firing of it
 * before anything starts.
 *
 * @param <P> the technique's typed parameters
 */
public interface LaunchesInstances<P> {

  /**
   * The most one firing may launch.
   *
   * @param count instances, over every region it launches in
   * @param instanceTypes every type it may ask for (a fallback type included)
   */
  record Ask(int count, List<String> instanceTypes) {

    public Ask {
      instanceTypes = List.copyOf(instanceTypes);
    }
  }

  Ask launches(P parameters);
}
