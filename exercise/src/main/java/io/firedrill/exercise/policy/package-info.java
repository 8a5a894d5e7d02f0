/**
 * IAM policy documents as firedrill writes them: the least privilege an actor of a scenario needs,
 * and what the scorer reads with. Values only, rendered to stable JSON, so that the same input
 * always prints the same document.
 */
package io.firedrill.exercise.policy;
