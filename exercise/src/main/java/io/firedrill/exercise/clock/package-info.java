/**
 * Scenario time: the clock a scenario is written in, which runs a chosen number of times faster
 * than the wall clock so a five-minute exercise can run in seconds.
 */
package io.firedrill.exercise.clock;
