package io.firedrill.sandbox.guardduty;

import io.firedrill.sandbox.auth.Caller;
import io.firedrill.sandbox.cloudtrail.CallRecord;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * Watches every call the sandbox records and, while the call's region has an enabled detector,
 * raises the findings {@link FindingRules} says the call raises. A finding becomes visible the
 * {@code delay} in force when it is raised after the call; a repeat of the same finding type by the
 * same access key counts into the existing finding.
 */
final class FindingsEngine implements Consumer<CallRecord> {

  private final Detectors detectors;
  private final List<FindingRule> rules;
  private final Supplier<Duration> delay;
  // Which principal has made which call: the history the "first call" model compares against.
  private final Set<String> seen = new HashSet<>();

  FindingsEngine(Detectors detectors, List<FindingRule> rules, Supplier<Duration> delay) {
    this.detectors = detectors;
    this.rules = List.copyOf(rules);
    this.delay = delay;
  }

  List<String> seen() {
    synchronized (seen) {
      return List.copyOf(seen);
    }
  }

  void restore(List<String> state) {
    synchronized (seen) {
      seen.clear();
      seen.addAll(state);
    }
  }

  @Override
  public void accept(CallRecord call) {
    boolean first;
    synchronized (seen) {
      first =
          seen.add(call.caller().principalId() + " " + call.eventSource() + " " + call.eventName());
    }
    if (call.errorCode() != null) {
      return;
    }
    Detector detector = detectors.inRegion(call.region()).orElse(null);
    if (detector == null || !detector.enabled()) {
      return;
    }
    FindingStore store = detectors.findings(detector.id());
    if (store == null) {
      return;
    }
    Set<String> raised = new HashSet<>();
    for (FindingRule rule : rules) {
      if (matches(rule, call, first) && raised.add(rule.type())) {
        Finding.Actor actor = actor(call);
        store.raise(
            rule.type(),
            actor.accessKeyId(),
            call.eventName(),
            call.time(),
            () ->
                new Finding(
                    Detectors.newId(),
                    detector,
                    rule,
                    actor,
                    call.eventName(),
                    call.eventSource(),
                    call.time(),
                    call.time().plus(delay.get()),
                    false));
      }
    }
  }

  private static boolean matches(FindingRule rule, CallRecord call, boolean first) {
    if (!rule.eventSource().equals(call.eventSource())
        || !rule.eventName().equals(call.eventName())) {
      return false;
    }
    if (rule.trigger() == FindingRule.Trigger.FIRST_CALL && !first) {
      return false;
    }
    String named = namedUser(call.requestParameters());
    boolean self = named == null || named.equals(call.caller().userName());
    return switch (rule.target()) {
      case ANY -> true;
      case SELF -> self;
      case OTHER -> !self;
    };
  }

  private static String namedUser(JsonNode parameters) {
    JsonNode user = parameters == null ? null : parameters.get("userName");
    return user == null || !user.isString() ? null : user.stringValue();
  }

  private static Finding.Actor actor(CallRecord call) {
    Caller caller = call.caller();
    // For a role session GuardDuty names the role session's issuer type; the sandbox's identity
    // type (IAMUser or AssumedRole) is what accessKeyDetails.userType says on AWS too.
    return new Finding.Actor(
        caller.accessKeyId(),
        caller.principalId(),
        caller.userName(),
        caller.type(),
        call.sourceIp());
  }
}
