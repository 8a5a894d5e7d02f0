package io.firedrill.exercise.scenario;

/**
 * Someone who acts in the scenario. For now an attacker holding the leaked access key of a named
 * IAM user of the baseline.
 *
 * @param name the key under {@code actors:}, used by timeline steps
 * @param leakedKeyOf the IAM user whose access key the actor holds
 * @param sourceIp the address the actor's calls appear to come from, or null for the real one
 * @param userAgent an extra user agent the actor's calls carry, or null
 */
public record Actor(
    String name, String leakedKeyOf, String sourceIp, String userAgent, SourceLocation location) {}
