package io.firedrill.sandbox.sqs;

import io.firedrill.sandbox.api.AwsException;

/**
 * SQS's errors: awsJson names them by the model's shape, the query protocol (and the JSON answer's
 * {@code x-amzn-query-error} header) by SQS's older codes.
 */
final class SqsErrors {

  private SqsErrors() {}

  static AwsException of(String shape, String queryCode, String message) {
    return new AwsException(400, shape, message).inQueryAs(queryCode);
  }

  static AwsException noQueue() {
    return of(
        "QueueDoesNotExist",
        "AWS.SimpleQueueService.NonExistentQueue",
        "The specified queue does not exist.");
  }

  static AwsException queueExists(String name) {
    return of(
        "QueueNameExists",
        "QueueAlreadyExists",
        "A queue already exists with the same name and a different value for attribute(s) of "
            + name
            + ".");
  }

  static AwsException invalidParameter(String message) {
    return new AwsException(400, "InvalidParameterValue", message);
  }

  static AwsException missing(String parameter) {
    return new AwsException(
        400, "MissingParameter", "The request must contain the parameter " + parameter + ".");
  }

  static AwsException unknownAttribute(String name) {
    return of("InvalidAttributeName", "InvalidAttributeName", "Unknown Attribute " + name + ".");
  }

  static AwsException invalidAttribute(String name) {
    return of(
        "InvalidAttributeValue",
        "InvalidAttributeValue",
        "Invalid value for the parameter " + name + ".");
  }

  static AwsException invalidReceipt(String handle) {
    return of(
        "ReceiptHandleIsInvalid",
        "ReceiptHandleIsInvalid",
        "The input receipt handle \"" + handle + "\" is not a valid receipt handle.");
  }

  static AwsException notInFlight() {
    return of(
        "MessageNotInflight",
        "AWS.SimpleQueueService.MessageNotInflight",
        "Value for parameter ReceiptHandle is invalid. Reason: Message does not exist or is not"
            + " available for visibility timeout change.");
  }

  static AwsException invalidContents() {
    return of(
        "InvalidMessageContents",
        "InvalidMessageContents",
        "Invalid characters found. Valid unicode characters are #x9 | #xA | #xD | #x20 to #xD7FF |"
            + " #xE000 to #xFFFD | #x10000 to #x10FFFF");
  }

  static AwsException purgeInProgress(String name) {
    return of(
        "PurgeQueueInProgress",
        "AWS.SimpleQueueService.PurgeQueueInProgress",
        "Only one PurgeQueue operation on " + name + " is allowed every 60 seconds.");
  }

  static AwsException emptyBatch() {
    return of(
        "EmptyBatchRequest",
        "AWS.SimpleQueueService.EmptyBatchRequest",
        "There should be at least one entry in the request.");
  }

  static AwsException tooManyEntries(int count) {
    return of(
        "TooManyEntriesInBatchRequest",
        "AWS.SimpleQueueService.TooManyEntriesInBatchRequest",
        "Maximum number of entries per request are 10. You have sent " + count + ".");
  }

  static AwsException idsNotDistinct(String id) {
    return of(
        "BatchEntryIdsNotDistinct",
        "AWS.SimpleQueueService.BatchEntryIdsNotDistinct",
        "Id " + id + " repeated.");
  }

  static AwsException invalidBatchId(String id) {
    return of(
        "InvalidBatchEntryId",
        "AWS.SimpleQueueService.InvalidBatchEntryId",
        "A batch entry id can only contain alphanumeric characters, hyphens and underscores. It"
            + " can be at most 80 letters long. Invalid id: "
            + id);
  }

  static AwsException batchTooLong() {
    return of(
        "BatchRequestTooLong",
        "AWS.SimpleQueueService.BatchRequestTooLong",
        "Batch requests cannot be longer than 1048576 bytes.");
  }
}
