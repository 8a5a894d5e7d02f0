/**
 * The planner: a scenario checked against the technique catalog as a whole and turned into injects
 * with typed parameters, or every problem of the file at once.
 */
package io.firedrill.injector.plan;
