package io.firedrill.sandbox.policy;

import java.util.List;
import java.util.Map;

/** Shorthands the policy tests share for building documents, policies in force and requests. */
final class TestPolicies {

  static final String ACCOUNT = "111122223333";
  static final String ALICE = "arn:aws:iam::" + ACCOUNT + ":user/alice";

  private TestPolicies() {}

  /** A 2012-10-17 document holding these statements (JSON objects, comma-separated). */
  static PolicyDocument document(String statements) {
    return PolicyDocument.parse(
        "{\"Version\": \"2012-10-17\", \"Statement\": [" + statements + "]}");
  }

  static AppliedPolicy identity(String source, String statements) {
    return new AppliedPolicy(source, PolicyKind.IDENTITY, document(statements));
  }

  static AppliedPolicy boundary(String source, String statements) {
    return new AppliedPolicy(source, PolicyKind.PERMISSIONS_BOUNDARY, document(statements));
  }

  static AppliedPolicy session(String statements) {
    return new AppliedPolicy("session policy", PolicyKind.SESSION, document(statements));
  }

  static AppliedPolicy managed(String name, PolicyKind kind) {
    String arn = "arn:aws:iam::aws:policy/" + name;
    return new AppliedPolicy(arn, kind, ManagedPolicies.find(arn).orElseThrow());
  }

  static RequestContext request(String action, String resource) {
    return new RequestContext(action, resource, Map.of());
  }

  static RequestContext request(String action, String resource, Map<String, List<String>> keys) {
    return new RequestContext(action, resource, keys);
  }

  static Decision evaluate(RequestContext request, AppliedPolicy... policies) {
    return PolicyEvaluator.evaluate(request, List.of(policies));
  }
}
