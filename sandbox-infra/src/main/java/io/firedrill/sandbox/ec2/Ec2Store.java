package io.firedrill.sandbox.ec2;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The account's EC2 resources, region by region, and its vCPU quotas (the same in each region). */
final class Ec2Store {

  final String accountId;
  private final Map<String, Integer> quotas;
  private final Map<String, Ec2Region> regions = new ConcurrentHashMap<>();

  Ec2Store(String accountId, Map<String, Integer> quotaOverrides) {
    this.accountId = accountId;
    Map<String, Integer> merged = new HashMap<>(InstanceTypes.DEFAULT_QUOTAS);
    merged.putAll(quotaOverrides);
    this.quotas = Map.copyOf(merged);
  }

  /** The region, created with its default VPC on first use. */
  Ec2Region region(String name) {
    return regions.computeIfAbsent(name, Ec2Region::new);
  }

  /** Every region used so far, by name. */
  Map<String, Ec2Region> regions() {
    return regions;
  }

  int quota(String code) {
    return quotas.getOrDefault(code, 0);
  }
}
