/**
 * Guardrails: the checks that keep injects out of any account, region and bill nobody allowed, made
 * before the first call that changes anything. {@link io.firedrill.injector.guardrail.Guardrail}
 * asks STS which account the credentials reach; {@link io.firedrill.injector.guardrail.PlanCheck}
 * holds a plan to the region allow-list and the RunInstances {@link
 * io.firedrill.injector.guardrail.SpendCaps}; {@link io.firedrill.injector.guardrail.AccountChecks}
 * refuses an Organizations management account and an account without the sandbox marker; {@link
 * io.firedrill.injector.guardrail.StopAlarm} is the stop condition, a CloudWatch alarm that ends
 * the exercise. docs/guardrails.md tells the user's side.
 */
package io.firedrill.injector.guardrail;
