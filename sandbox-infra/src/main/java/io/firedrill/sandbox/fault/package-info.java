/**
 * Chaos faults: what degrades the defenders' world on purpose during a game day, set by a scenario
 * and changeable while an exercise runs.
 *
 * <ul>
 *   <li>{@code throttle}: chosen operations ({@code service} and {@code operation} with {@code *}
 *       and {@code ?}) refuse a {@code rate} of calls (repeatable given {@code seed}) or let {@code
 *       perSecond} through, with each protocol's own throttling error and status: {@code
 *       Throttling} 400 (query: IAM, STS), {@code ThrottlingException} 400 (awsJson, restJson),
 *       {@code RequestLimitExceeded} 503 (EC2), {@code SlowDown} 503 (S3). The SDKs retry each as
 *       throttling (see {@link io.firedrill.sandbox.fault.FaultErrors}).
 *   <li>{@code latency}: matching calls are held for {@code delay} first.
 *   <li>{@code unavailable}: a service answers 500 or 503 ({@code status}) for a while ({@code
 *       for}).
 *   <li>{@code iam-consistency}: an IAM change that takes access away holds only {@code delay}
 *       after it is made ({@link io.firedrill.sandbox.fault.IamConsistency}).
 *   <li>{@code trail-delay} and {@code finding-delay}: a recorded call reaches LookupEvents, a
 *       GuardDuty finding becomes visible, {@code delay} late. Without such a fault the sandbox's
 *       {@link io.firedrill.sandbox.fault.Telemetry} profile says how late.
 * </ul>
 *
 * <p>Every fault may last {@code for} a while; every change is logged with who made it.
 *
 * <h2>Why the control API is a path of its own</h2>
 *
 * The injector and the scorer reach the sandbox over HTTP only, so faults are set over HTTP: a
 * small JSON API under {@code /_firedrill/faults} ({@link io.firedrill.sandbox.fault.ControlApi}),
 * signed with SigV4 for the service {@code firedrill} with the sandbox admin's key. SigV4 because
 * it is the credential every firedrill process already holds and the SDK's signer already computes
 * (curl's {@code --aws-sigv4 "aws:amz:us-east-1:firedrill"} works too), so no second secret is
 * handed out. It is not made a pseudo-AWS service behind the gateway, for four reasons:
 *
 * <ol>
 *   <li>the gateway records every call it serves in CloudTrail: defenders reading event history,
 *       and the scorer polling it, must not see the exercise director's hand;
 *   <li>the faults apply to every call the gateway serves: a 5xx on {@code *} must not lock the
 *       director out of clearing it;
 *   <li>the gateway authorizes by IAM policy, which the players change: an attacker who grants
 *       himself AdministratorAccess must not be able to clear the defenders' throttles, so only the
 *       admin's key is accepted, whatever the policies say;
 *   <li>no AWS SDK models such a service, so a plain JSON API is what any signer and curl can call.
 * </ol>
 *
 * No AWS API path starts with {@code /_firedrill/} (S3 bucket names cannot contain {@code _}).
 *
 * <h2>In a scenario</h2>
 *
 * A scenario's {@code faults:} list holds this API's fault objects with {@code at:} and {@code
 * until:} in scenario time; the injector sets and clears them through {@code
 * io.firedrill.injector.chaos.FaultControl} at those times and journals each change. S3 meets the
 * per-call faults too ({@code SlowDown}, {@code ServiceUnavailable}, {@code InternalError}), and
 * the trail-delay holds delivered trail files back as it holds LookupEvents back:
 *
 * <pre>{@code
 * faults:
 *   - at: 0s
 *     kind: trail-delay
 *     delay: 5m
 *   - at: 0s
 *     kind: iam-consistency
 *     delay: 8s
 *   - at: 2m
 *     kind: throttle
 *     service: ec2
 *     operation: Describe*
 *     rate: 0.3
 *     seed: 7
 *     for: 10m
 *   - at: 5m
 *     kind: unavailable
 *     service: guardduty
 *     status: 503
 *     for: 3m
 *   - at: 6m
 *     kind: latency
 *     service: iam
 *     delay: 800ms
 * }</pre>
 */
package io.firedrill.sandbox.fault;
