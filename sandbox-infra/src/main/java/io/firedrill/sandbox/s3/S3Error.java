package io.firedrill.sandbox.s3;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An error S3 answers with: status, code, message, and the extra elements S3 adds to its {@code
 * <Error>} document for the error at hand ({@code BucketName}, {@code Key}, ...).
 */
final class S3Error extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;
  private final Map<String, String> details = new LinkedHashMap<>();

  S3Error(int status, String code, String message) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
  }

  int status() {
    return status;
  }

  String code() {
    return code;
  }

  Map<String, String> details() {
    return details;
  }

  S3Error bucket(String name) {
    return with("BucketName", name);
  }

  S3Error key(String key) {
    return with("Key", key);
  }

  S3Error with(String element, String value) {
    if (value != null) {
      details.put(element, value);
    }
    return this;
  }
}
