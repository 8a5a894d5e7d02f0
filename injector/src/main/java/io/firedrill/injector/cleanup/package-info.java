/**
 * The cleanup ledger: every change an inject makes is journaled before the call that makes it, so
 * that cleanup can undo it at the end of an exercise, after an abort, or after a crash.
 */
package io.firedrill.injector.cleanup;
