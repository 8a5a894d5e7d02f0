/**
 * The least-privilege IAM policies a scenario's actors need, generated from the technique catalog:
 * the union of what each actor's steps call, with the resources their parameters name.
 */
package io.firedrill.injector.policy;
