package io.firedrill.sandbox.sts;

import io.firedrill.sandbox.api.ApiCall;
import io.firedrill.sandbox.iam.IamStore;
import io.firedrill.sandbox.policy.MalformedPolicyException;
import io.firedrill.sandbox.policy.PolicyDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Reads and validates STS query parameters against the constraints STS's model declares. */
final class StsParams {

  private static final Pattern SESSION_NAME = Pattern.compile("[\\w+=,.@-]*");
  // STS packs session policies into the token; its limit is on the packed form, which the
  // sandbox approximates by the policy text without whitespace.
  private static final int PACKED_LIMIT = 2048;

  private StsParams() {}

  /**
   * AssumeRole's input.
   *
   * @param roleArn the role to assume
   * @param sessionName the role session name
   * @param durationSeconds how long the session lasts
   * @param sessionPolicies the session policies' documents: the inline Policy, then the managed
   *     PolicyArns'
   * @param packedPolicySize the percentage of STS's limit they take, or null when none were passed
   */
  record Request(
      String roleArn,
      String sessionName,
      int durationSeconds,
      List<String> sessionPolicies,
      Integer packedPolicySize) {}

  static Request assumeRole(ApiCall call, IamStore iam) {
    String roleArn = call.param("RoleArn");
    if (roleArn == null) {
      throw StsErrors.missing("roleArn");
    }
    if (roleArn.length() < 20 || roleArn.length() > 2048) {
      throw StsErrors.invalid(
          "roleArn", roleArn, "Member must have length greater than or equal to 20");
    }
    String name = call.param("RoleSessionName");
    if (name == null) {
      throw StsErrors.missing("roleSessionName");
    }
    if (name.length() < 2 || name.length() > 64) {
      throw StsErrors.invalid(
          "roleSessionName",
          name,
          "Member must have length "
              + (name.length() < 2 ? "greater than or equal to 2" : "less than or equal to 64"));
    }
    if (!SESSION_NAME.matcher(name).matches()) {
      throw StsErrors.invalid(
          "roleSessionName", name, "Member must satisfy regular expression pattern: [\\w+=,.@-]*");
    }
    int duration = duration(call, 43_200, 3600);
    List<String> policies = new ArrayList<>();
    int packedSize = 0;
    String policy = call.param("Policy");
    if (policy != null) {
      try {
        PolicyDocument.parse(policy);
      } catch (MalformedPolicyException e) {
        throw StsErrors.malformedPolicy(e.getMessage());
      }
      policies.add(policy);
      packedSize += compactLength(policy);
    }
    for (int i = 1; call.param("PolicyArns.member." + i + ".arn") != null; i++) {
      String arn = call.param("PolicyArns.member." + i + ".arn");
      policies.add(
          iam.managedPolicyDocument(arn)
              .orElseThrow(() -> StsErrors.malformedPolicy("Policy " + arn + " does not exist.")));
      packedSize += arn.length();
    }
    Integer percent = null;
    if (!policies.isEmpty()) {
      percent = Math.max(1, Math.round(packedSize * 100f / PACKED_LIMIT));
      if (percent > 100) {
        throw StsErrors.packedPolicyTooLarge(percent);
      }
    }
    return new Request(roleArn, name, duration, policies, percent);
  }

  /** DurationSeconds, from 900 to {@code max}, or {@code otherwise} when absent. */
  static int duration(ApiCall call, int max, int otherwise) {
    String raw = call.param("DurationSeconds");
    if (raw == null) {
      return otherwise;
    }
    long value;
    try {
      value = Long.parseLong(raw.trim());
    } catch (NumberFormatException e) {
      throw StsErrors.invalid("durationSeconds", raw, "Member must be a number");
    }
    if (value < 900) {
      throw StsErrors.invalid(
          "durationSeconds", raw, "Member must have value greater than or equal to 900");
    }
    if (value > max) {
      throw StsErrors.invalid(
          "durationSeconds", raw, "Member must have value less than or equal to " + max);
    }
    return (int) value;
  }

  private static int compactLength(String json) {
    int length = 0;
    for (int i = 0; i < json.length(); i++) {
      if (!Character.isWhitespace(json.charAt(i))) {
        length++;
      }
    }
    return length;
  }
}
