package io.firedrill.sandbox.api;

/**
 * An error an AWS API answers with, as the wire and CloudTrail name it.
 *
 * <p>The wire code and the recorded code differ for some services: IAM answers {@code NoSuchEntity}
 * but CloudTrail records {@code NoSuchEntityException}, the name of the model's shape.
 */
public final class AwsException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;
  private final String recordedCode;
  // Null unless a JSON service that once spoke the query protocol names the error differently
  // there (SQS: QueueDoesNotExist is AWS.SimpleQueueService.NonExistentQueue).
  private final String queryCode;

  public AwsException(int status, String code, String message) {
    this(status, code, code, null, message);
  }

  private AwsException(
      int status, String code, String recordedCode, String queryCode, String message) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
    this.recordedCode = recordedCode;
    this.queryCode = queryCode;
  }

  /** This error, recorded in CloudTrail under another code. */
  public AwsException recordedAs(String otherCode) {
    return new AwsException(status, code, otherCode, queryCode, getMessage());
  }

  /**
   * This error, answered as {@code otherCode} in the query protocol and in awsJson's {@code
   * x-amzn-query-error} header, as services with AWS's awsQueryCompatible trait do.
   */
  public AwsException inQueryAs(String otherCode) {
    return new AwsException(status, code, recordedCode, otherCode, getMessage());
  }

  /** The query protocol's code for this error, or null when it is {@link #code()}. */
  public String queryCode() {
    return queryCode;
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }

  /** The error code on the wire. */
  public String code() {
    return code;
  }

  /** The error code CloudTrail records. */
  public String recordedCode() {
    return recordedCode;
  }

  /** Whether the caller is at fault (4xx), as the query protocol's {@code <Type>} says. */
  public boolean senderFault() {
    return status < 500;
  }
}
