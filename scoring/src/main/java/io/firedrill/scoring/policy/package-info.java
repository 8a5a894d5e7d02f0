/** The IAM policy the scorer's identity needs: what its telemetry sources and probes call. */
package io.firedrill.scoring.policy;
