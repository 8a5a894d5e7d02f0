package io.firedrill.sandbox.guardduty;

import io.firedrill.sandbox.cloudtrail.CallRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Counts the instances each principal asks RunInstances for, per region, over a sliding window: a
 * burst is {@value #BURST_INSTANCES} or more within {@link #WINDOW}. Calls the vCPU quota refused
 * count too, since asking is what a hijacker does whether or not the quota lets it through.
 * Thread-safe.
 */
final class LaunchBursts {

  static final int BURST_INSTANCES = 8;
  static final Duration WINDOW = Duration.ofMinutes(10);

  private record Ask(Instant at, int instances) {}

  private final Map<String, Deque<Ask>> asks = new HashMap<>();

  /** Counts {@code call} in if it is a launch, and says whether its principal is now bursting. */
  synchronized boolean bursting(CallRecord call) {
    if (!"RunInstances".equals(call.eventName())
        || !FindingRules.EC2.equals(call.eventSource())
        || !(call.errorCode() == null || call.errorCode().contains("LimitExceeded"))) {
      return false;
    }
    String key = AnomalyBaseline.principal(call.caller()) + " " + call.region();
    Deque<Ask> recent = asks.computeIfAbsent(key, k -> new ArrayDeque<>());
    recent.addLast(new Ask(call.time(), asked(call.requestParameters())));
    Instant since = call.time().minus(WINDOW);
    while (!recent.isEmpty() && recent.peekFirst().at().isBefore(since)) {
      recent.removeFirst();
    }
    return recent.stream().mapToInt(Ask::instances).sum() >= BURST_INSTANCES;
  }

  // requestParameters.instancesSet.items[0].maxCount, as EC2's record has it.
  private static int asked(JsonNode parameters) {
    JsonNode max = parameters == null ? null : parameters.at("/instancesSet/items/0/maxCount");
    return max != null && max.isNumber() ? Math.max(1, max.intValue()) : 1;
  }
}
