package io.firedrill.sandbox.s3;

import io.firedrill.sandbox.auth.Caller;
import io.firedrill.sandbox.http.HttpCall;
import java.time.Instant;
import java.util.Map;

/**
 * One S3 request as an operation sees it: addressed, authenticated, its payload decoded.
 *
 * @param caller who signed it, or null for an anonymous request
 * @param bucket the bucket addressed, or null for the service (ListBuckets)
 * @param key the object key addressed, or null for the bucket itself
 * @param query the query parameters, decoded
 * @param http the request as received, for its headers
 * @param body the payload, with any aws-chunked framing removed
 * @param checksums the checksums sent with the payload, by lower-case header name
 * @param region the region the request was signed for (us-east-1 when unsigned)
 * @param time when it arrived
 */
record S3Call(
    Caller caller,
    String bucket,
    String key,
    Map<String, String> query,
    HttpCall http,
    byte[] body,
    Map<String, String> checksums,
    String region,
    Instant time) {

  String header(String name) {
    return http.header(name);
  }

  String param(String name) {
    return query.get(name);
  }
}
