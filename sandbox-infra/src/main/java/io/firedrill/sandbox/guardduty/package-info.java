/**
 * GuardDuty (restJson, 2017-11-28): detectors, the findings a detector raises from the sandbox's
 * recorded CloudTrail stream, and the queries over them. The findings engine is a deliberately
 * simple, deterministic model of GuardDuty's detection; see {@link
 * io.firedrill.sandbox.guardduty.FindingRules}.
 */
package io.firedrill.sandbox.guardduty;
