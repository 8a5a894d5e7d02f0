/**
 * GuardDuty (restJson, 2017-11-28): detectors, the findings a detector raises from the sandbox's
 * recorded CloudTrail stream, the queries over them, filters (ARCHIVE ones suppress), threat intel
 * sets and tags. The findings engine is a deliberately simple, deterministic model of GuardDuty's
 * detection; see {@link io.firedrill.sandbox.guardduty.FindingRules} for the API table and {@link
 * io.firedrill.sandbox.guardduty.CallChecks} for the checks of who calls and from where.
 *
 * <h2>The anomaly baseline and its learning window</h2>
 *
 * <p>The {@code *:IAMUser/AnomalousBehavior} findings compare a call with an explicit baseline,
 * {@link io.firedrill.sandbox.guardduty.ApiBaseline}: per principal (user, role, root), the actions
 * it normally calls. Outside a learning window the baseline is fixed, so a call outside it is
 * anomalous each time and repeats count into one finding. It is filled in two ways:
 *
 * <ul>
 *   <li>Set: {@code Sandbox.Builder.anomalyBaseline(...)}, or {@code
 *       GuardDutyService.anomalyBaseline(...)}, e.g. with a baseline an earlier run learnt.
 *   <li>Learnt: while the region's detector carries the tag {@code firedrill:anomaly-baseline =
 *       learning}, every successful call in the region is added to its principal's set and raises
 *       no anomalous-behaviour finding (the other findings still fire). An exercise opens the
 *       window with {@code TagResource} on the detector before its warm-up and closes it with
 *       {@code UntagResource} before scenario zero.
 * </ul>
 *
 * <p>Why a tag rather than only a builder option: the exercise runner, the injector and the scorer
 * talk to every target through the AWS SDK alone, and a tag is the one control that travels over
 * GuardDuty's own API. It needs no side channel to the sandbox's Java objects, works the same on a
 * {@code sandbox up} process in another JVM, and is harmless on a real account, where GuardDuty
 * ignores the tag and learns its baseline on its own. A time-based window was rejected: a warm-up's
 * length depends on the machine, and a window that closes by the clock would make a slow run's
 * score differ from a fast one's.
 */
package io.firedrill.sandbox.guardduty;
