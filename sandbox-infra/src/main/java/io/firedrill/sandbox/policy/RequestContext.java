package io.firedrill.sandbox.policy;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What the request is: the action, the resource it acts on, and the request's condition keys.
 *
 * <p>Key names compare case-insensitively, as IAM's do: {@code aws:sourceip} finds {@code
 * aws:SourceIp}. A key with an empty list of values counts as absent.
 *
 * @param action the IAM action, e.g. {@code iam:CreateUser}
 * @param resource the resource's ARN, or {@code *} for an action that acts on no one resource
 * @param keys condition keys and their values, e.g. {@code aws:SourceIp}, {@code aws:CurrentTime},
 *     {@code aws:TokenIssueTime}, {@code aws:ViaAWSService}, {@code aws:MultiFactorAuthPresent},
 *     {@code aws:PrincipalArn}, {@code aws:userid}, {@code aws:username}, {@code
 *     aws:RequestedRegion}
 */
public record RequestContext(String action, String resource, Map<String, List<String>> keys) {
  public RequestContext {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(resource, "resource");
    TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    if (keys != null) {
      keys.forEach(
          (name, values) -> {
            Objects.requireNonNull(name, "condition key name");
            copy.put(name, values == null ? List.of() : List.copyOf(values));
          });
    }
    keys = Collections.unmodifiableMap(copy);
  }

  /** The key's values; empty when the request does not carry the key. */
  List<String> values(String key) {
    List<String> values = keys.get(key);
    return values == null ? List.of() : values;
  }
}
