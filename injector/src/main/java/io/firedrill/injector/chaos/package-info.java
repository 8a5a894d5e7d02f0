/**
 * Chaos faults from the injector's side: {@link io.firedrill.injector.chaos.FaultControl} sets,
 * lists and clears the faults of the embedded sandbox over its control API ({@code
 * /_firedrill/faults}, SigV4-signed for the service {@code firedrill} with firedrill's control
 * key), so that a scenario can degrade the defenders' world while it runs.
 *
 * <p>A scenario's {@code faults:} list holds control API fault objects with {@code at} and {@code
 * until} (or {@code for}) in scenario time. The timeline ({@code TimelineFaults}) sets each through
 * {@link io.firedrill.injector.chaos.ScenarioFaults} when its {@code at} falls due and lifts it at
 * its {@code until}, both as Quartz jobs that a pause moves; what is still set when the exercise
 * ends is lifted then. Delays are scenario time, sent as wall time at the clock's speed. Each
 * change is journaled ({@code fault.applied}, {@code fault.lifted}, {@code fault.failed}) and the
 * report lists them among its deviations. A game master changes faults while the exercise runs
 * through {@code Timeline.faults()}. For example:
 *
 * <pre>{@code
 * faults:
 *   - at: 0s
 *     kind: trail-delay        # LookupEvents sees a call this late
 *     delay: 5m
 *   - at: 0s
 *     kind: iam-consistency    # a revoked key keeps working this long
 *     delay: 8s
 *   - at: 2m
 *     until: 12m               # or for: 10m
 *     kind: throttle           # ThrottlingException / Throttling / RequestLimitExceeded / SlowDown
 *     service: ec2
 *     operation: Describe*
 *     rate: 0.3                # or perSecond: 2
 *     seed: 7
 *   - at: 5m
 *     kind: unavailable        # 503 (or status: 500) for a while
 *     service: guardduty
 *     status: 503
 *     for: 3m
 *   - at: 6m
 *     kind: latency
 *     service: iam
 *     operation: "*"
 *     delay: 800ms
 * }</pre>
 *
 * Against a real AWS account there is no control API: the shell gives the timeline no fault control
 * there, and each fault is journaled as {@code fault.failed} (not set), so the report says the run
 * lacked it.
 */
package io.firedrill.injector.chaos;
