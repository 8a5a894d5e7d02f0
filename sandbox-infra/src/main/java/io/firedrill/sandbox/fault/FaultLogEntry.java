package io.firedrill.sandbox.fault;

import java.time.Instant;

/**
 * One change to the faults: what the log readable at {@code GET /_firedrill/faults/log} says, so
 * that a report can tell what the defenders were up against and since when. A fault that ran out
 * needs no entry of its own: the {@code set} entry says until when it held.
 *
 * @param at when the change was made, by the sandbox's clock
 * @param action {@code set} or {@code cleared}
 * @param id the fault's id
 * @param spec the fault
 * @param until when the fault stops holding, or null when it holds until cleared
 * @param by who made the change: the caller's ARN, or {@code builder} for a fault set at start
 */
record FaultLogEntry(
    Instant at, String action, String id, FaultSpec spec, Instant until, String by) {}
