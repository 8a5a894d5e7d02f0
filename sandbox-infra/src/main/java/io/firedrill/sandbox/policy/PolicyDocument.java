package io.firedrill.sandbox.policy;

import java.util.List;
import java.util.Objects;

/**
 * A parsed IAM policy document: validated the way IAM validates one, and compiled once into
 * statements that evaluate requests without re-reading the JSON. Immutable, so one document can be
 * shared by every request it governs.
 */
public final class PolicyDocument {

  static final String VERSION_2012 = "2012-10-17";
  static final String VERSION_2008 = "2008-10-17";

  private final String json;
  private final String version;
  private final List<Statement> statements;

  PolicyDocument(String json, String version, List<Statement> statements) {
    this.json = json;
    this.version = version;
    this.statements = List.copyOf(statements);
  }

  /**
   * Parses and validates a policy document.
   *
   * @throws MalformedPolicyException with the message IAM would give, when IAM would refuse it
   */
  public static PolicyDocument parse(String json) {
    Objects.requireNonNull(json, "json");
    return PolicyParser.parse(json);
  }

  /** The document exactly as it was given. */
  public String json() {
    return json;
  }

  /** The policy language version; {@code 2008-10-17} when the document names none. */
  String version() {
    return version;
  }

  List<Statement> statements() {
    return statements;
  }

  /** Documents are equal when their text is: the text is what IAM stores and returns. */
  @Override
  public boolean equals(Object other) {
    return other instanceof PolicyDocument document && json.equals(document.json);
  }

  @Override
  public int hashCode() {
    return json.hashCode();
  }

  @Override
  public String toString() {
    return json;
  }
}
