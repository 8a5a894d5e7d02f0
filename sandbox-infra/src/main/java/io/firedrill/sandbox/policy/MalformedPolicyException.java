package io.firedrill.sandbox.policy;

/**
 * A policy document IAM would refuse. The message is the one IAM puts in its {@code
 * MalformedPolicyDocument} error, so that the sandbox can answer with it unchanged.
 */
public final class MalformedPolicyException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  static final String SYNTAX = "Syntax errors in policy.";
  static final String PRINCIPAL = "Policy document should not specify a principal.";
  static final String LEGACY = "The policy failed legacy parsing";
  static final String DUPLICATE_SID = "Statement IDs (SID) in a single policy must be unique.";
  static final String NO_ACTIONS = "Policy statement must contain actions.";
  static final String NO_RESOURCES = "Policy statement must contain resources.";
  static final String NO_VENDOR =
      "Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.";
  static final String ONE_COLON = "Actions/Condition can contain only one colon.";

  MalformedPolicyException(String message) {
    super(message);
  }
}
