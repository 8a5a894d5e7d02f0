/**
 * Baselines: the starting state of an exercise's account (users with their keys and policies,
 * roles, trails), read from YAML and applied through the AWS SDK against any endpoint, so the same
 * file provisions the embedded sandbox and a real sandbox account alike. Every resource it creates
 * is tagged {@code firedrill:baseline=<name>}.
 */
package io.firedrill.sandbox.baseline;
