package io.firedrill.sandbox.s3;

import io.firedrill.sandbox.api.EventResource;
import io.firedrill.sandbox.api.ResourceRef;
import io.firedrill.sandbox.wire.Json;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What CloudTrail records of an S3 call, in S3's shapes: {@code requestParameters} with the bucket,
 * the Host header, every query parameter (a subresource as {@code "policy": ""}) and the body read
 * into JSON; an {@code additionalEventData} with the signature version and bytes transferred; the
 * bucket as the record's resource.
 */
final class S3Records {

  private S3Records() {}

  static ObjectNode requestParameters(S3Operation operation, S3Call call, String host) {
    ObjectNode params = Json.object();
    if (call.bucket() != null) {
      params.put("bucketName", call.bucket());
    }
    params.put("Host", host);
    for (Map.Entry<String, String> query : call.query().entrySet()) {
      params.put(query.getKey(), query.getValue());
    }
    if (call.header("x-amz-acl") != null) {
      params.put("x-amz-acl", call.header("x-amz-acl"));
    }
    if (call.body().length == 0) {
      return params;
    }
    if (operation.name().equals("PutBucketPolicy")) {
      try {
        JsonNode policy = Json.MAPPER.readTree(call.body());
        if (policy != null && policy.isObject()) {
          params.set("bucketPolicy", policy);
        }
      } catch (JacksonException unreadable) {
        // S3 refuses it; the record keeps the rest.
      }
    } else {
      params.setAll(XmlBody.recorded(call.body()));
    }
    return params;
  }

  static ObjectNode additionalEventData(long bytesIn, long bytesOut, String hostId) {
    ObjectNode data = Json.object();
    data.put("SignatureVersion", "SigV4");
    data.put("bytesTransferredIn", bytesIn);
    data.put("AuthenticationMethod", "AuthHeader");
    data.put("x-amz-id-2", hostId);
    data.put("bytesTransferredOut", bytesOut);
    return data;
  }

  /** The record's own resources: the bucket, for every bucket-level call but CreateBucket. */
  static List<EventResource> eventResources(S3Operation operation, S3Call call) {
    if (call.bucket() == null || operation.name().equals("CreateBucket")) {
      return List.of();
    }
    return List.of(
        new EventResource(
            "arn:aws:s3:::" + call.bucket(), call.caller().accountId(), "AWS::S3::Bucket"));
  }

  static List<ResourceRef> lookupResources(S3Call call) {
    return call.bucket() == null
        ? List.of()
        : List.of(new ResourceRef("AWS::S3::Bucket", call.bucket()));
  }
}
