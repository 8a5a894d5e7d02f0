/**
 * Telemetry sources: what the scorer watches (CloudTrail event history for now), each observation
 * journaled with its evidence.
 */
package io.firedrill.scoring.telemetry;
