package io.firedrill.sandbox.api;

/** The AWS wire protocols the sandbox speaks. */
public enum Protocol {
  /** awsQuery: form-encoded parameters in, XML out (STS, IAM). */
  QUERY,
  /** awsJson1.1: JSON in and out, operation named by X-Amz-Target (CloudTrail). */
  JSON
}
