package io.firedrill.sandbox.guardduty;

import io.firedrill.sandbox.auth.Caller;
import io.firedrill.sandbox.cloudtrail.CallRecord;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Watches every call the sandbox records and, while the call's region has an enabled detector,
 * raises the findings the API table ({@link FindingRules}) and the caller checks ({@link
 * CallChecks}) find in it. While the detector is {@linkplain Detector#learning() learning}, a
 * successful call teaches the {@link AnomalyBaseline} instead of raising anomalous-behaviour
 * findings. A finding becomes visible the {@code delay} in force when it is raised after the call;
 * a repeat of the same finding type by the same access key counts into the existing finding. A
 * disabled or deleted detector neither raises nor learns.
 */
final class FindingsEngine implements Consumer<CallRecord> {

  private final Detectors detectors;
  private final AnomalyBaseline baseline;
  private final CallChecks checks;
  private final Supplier<Duration> delay;

  FindingsEngine(
      Detectors detectors, AnomalyBaseline baseline, CallChecks checks, Supplier<Duration> delay) {
    this.detectors = detectors;
    this.baseline = baseline;
    this.checks = checks;
    this.delay = delay;
  }

  @Override
  public void accept(CallRecord call) {
    Detector detector = detectors.inRegion(call.region()).orElse(null);
    if (detector == null || !detector.enabled()) {
      return;
    }
    FindingStore store = detectors.findings(detector.id());
    if (store == null) {
      return;
    }
    boolean learning = detector.learning();
    boolean known = baseline.knows(call);
    if (learning && call.errorCode() == null) {
      baseline.learn(call);
    }
    List<Signal> signals = new ArrayList<>(FindingRules.examine(call, known, learning));
    signals.addAll(checks.examine(call, detectors.threatIntelSets(detector.id())));
    Set<String> raised = new HashSet<>();
    Finding.Actor actor = actor(call);
    for (Signal signal : signals) {
      if (!raised.add(signal.type().type())) {
        continue;
      }
      store.raise(
          signal.type().type(),
          actor.accessKeyId(),
          call.eventName(),
          call.time(),
          () ->
              new Finding(
                  Detectors.newId(),
                  detector,
                  signal,
                  actor,
                  call.eventSource(),
                  call.time(),
                  call.time().plus(delay.get()),
                  false));
    }
  }

  private static Finding.Actor actor(CallRecord call) {
    Caller caller = call.caller();
    // accessKeyDetails.userType is the identity type: IAMUser, AssumedRole or Root, as on AWS;
    // for a role session userName is the role's name, the session's being in principalId.
    String userName =
        caller.type().equals(Caller.ASSUMED_ROLE)
            ? caller.session().issuer().userName()
            : caller.userName();
    return new Finding.Actor(
        caller.accessKeyId(),
        caller.principalId(),
        userName,
        caller.type(),
        call.sourceIp(),
        call.userAgent(),
        call.errorCode());
  }
}
