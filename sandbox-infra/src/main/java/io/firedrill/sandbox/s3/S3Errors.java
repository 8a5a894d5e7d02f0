package io.firedrill.sandbox.s3;

/** S3's errors in its own words: codes and messages as the service answers them. */
final class S3Errors {

  private S3Errors() {}

  static S3Error of(int status, String code, String message) {
    return new S3Error(status, code, message);
  }

  static S3Error noSuchBucket(String name) {
    return of(404, "NoSuchBucket", "The specified bucket does not exist").bucket(name);
  }

  static S3Error noSuchKey(String key) {
    return of(404, "NoSuchKey", "The specified key does not exist.").key(key);
  }

  static S3Error accessDenied() {
    return of(403, "AccessDenied", "Access Denied");
  }

  static S3Error accessDenied(String message) {
    return of(403, "AccessDenied", message);
  }

  static S3Error malformedXml() {
    return of(
        400,
        "MalformedXML",
        "The XML you provided was not well-formed or did not validate against our published"
            + " schema");
  }

  static S3Error malformedPolicy(String message) {
    return of(400, "MalformedPolicy", message);
  }

  static S3Error invalidArgument(String message, String name, String value) {
    return of(400, "InvalidArgument", message)
        .with("ArgumentName", name)
        .with("ArgumentValue", value);
  }

  static S3Error internal() {
    return of(500, "InternalError", "We encountered an internal error. Please try again.");
  }
}
