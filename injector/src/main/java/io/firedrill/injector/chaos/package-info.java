/**
 * Chaos faults from the injector's side: {@link io.firedrill.injector.chaos.FaultControl} sets,
 * lists and clears the faults of the embedded sandbox over its control API ({@code
 * /_firedrill/faults}, SigV4-signed for the service {@code firedrill} with firedrill's control
 * key), so that a scenario can degrade the defenders' world while it runs.
 *
 * <p>Not wired into scenarios yet. The intended scenario shape is a {@code faults:} list, each item
 * a fault object of the control API plus an {@code at:} offset in scenario time; the timeline sets
 * each when its offset falls due and journals what it set (the fault, its id, until when it holds)
 * and, at the end, the sandbox's fault log, so that the report can say what the defenders were up
 * against:
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
 *     kind: throttle           # ThrottlingException / Throttling / RequestLimitExceeded / SlowDown
 *     service: ec2
 *     operation: Describe*
 *     rate: 0.3                # or perSecond: 2
 *     seed: 7
 *     for: 10m
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
 * Against a real AWS account there is no control API: a scenario with faults needs the embedded
 * sandbox, and the planner should refuse it elsewhere.
 */
package io.firedrill.injector.chaos;
