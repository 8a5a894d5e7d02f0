/**
 * The scenario: what an exercise plans to happen (actors, timeline, expectations), loaded from the
 * YAML files that users write by hand, with every problem reported as {@code path:line:column:
 * message}.
 */
package io.firedrill.exercise.scenario;
