package io.firedrill.features;

import java.util.Map;

/**
 * What a technique needs to be played against the standard baseline when a feature does not say:
 * its trail, a user other than the leaked key's. A feature's {@code with} table overrides them.
 */
final class StandardParameters {

  private static final Map<String, Map<String, String>> BY_TECHNIQUE =
      Map.of(
          "aws.defense-evasion.cloudtrail-stop", Map.of("trail", "management-events"),
          "aws.defense-evasion.cloudtrail-delete", Map.of("trail", "management-events"),
          "aws.defense-evasion.cloudtrail-event-selectors", Map.of("trail", "management-events"),
          "aws.defense-evasion.cloudtrail-redirect-bucket", Map.of("trail", "management-events"),
          "aws.persistence.iam-backdoor-user", Map.of("userName", "blue-responder"),
          "aws.persistence.iam-create-user-login-profile", Map.of("userName", "blue-responder"));

  private StandardParameters() {}

  static Map<String, String> of(String techniqueId) {
    return BY_TECHNIQUE.getOrDefault(techniqueId, Map.of());
  }
}
