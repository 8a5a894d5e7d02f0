package io.firedrill.sandbox.guardduty;

import java.util.Objects;

/**
 * An EC2 instance whose role credentials the sandbox handed out, as a finding's {@code
 * resource.instanceDetails} names it.
 *
 * @param instanceId e.g. {@code i-0abc...}
 * @param instanceProfileArn the instance profile the credentials come through
 * @param region the instance's region
 */
public record InstanceRef(String instanceId, String instanceProfileArn, String region) {

  public InstanceRef {
    Objects.requireNonNull(instanceId, "instanceId");
    Objects.requireNonNull(instanceProfileArn, "instanceProfileArn");
    Objects.requireNonNull(region, "region");
  }
}
