package io.firedrill.sandbox.api;

/** The AWS wire protocols the sandbox speaks. */
public enum Protocol {
  /** awsQuery: form-encoded parameters in, XML out (STS, IAM). */
  QUERY,
  /** awsJson1.1: JSON in and out, operation named by X-Amz-Target (CloudTrail). */
  JSON,
  /**
   * restJson1: operations routed by HTTP method and path template, path parameters, JSON bodies
   * with lowerCamelCase members (GuardDuty).
   */
  REST_JSON,
  /**
   * ec2: form-encoded parameters in, as the query protocol, with lists as {@code Name.N}; XML out
   * without a result element, and errors in a {@code <Response><Errors>} document (EC2).
   */
  EC2
}
