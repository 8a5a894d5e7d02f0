/**
 * Guardrails: the checks that keep injects out of any account and region nobody allowed, made
 * before the first inject.
 */
package io.firedrill.injector.guardrail;
