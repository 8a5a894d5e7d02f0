package io.firedrill.sandbox.s3;

import java.util.Map;
import java.util.Set;

/**
 * Which operation a request is: by method, by whether it addresses the service, a bucket or an
 * object, and by its subresource ({@code ?policy}, {@code ?acl}, ...), as S3's REST API binds them.
 */
final class S3Routes {

  // Subresources of APIs the sandbox does not emulate: answered NotImplemented, not mistaken for
  // the plain bucket or object operation.
  private static final Set<String> UNSUPPORTED =
      Set.of(
          "accelerate",
          "analytics",
          "cors",
          "encryption",
          "intelligent-tiering",
          "inventory",
          "lifecycle",
          "logging",
          "metrics",
          "notification",
          "object-lock",
          "ownershipControls",
          "replication",
          "requestPayment",
          "versioning",
          "versions",
          "website",
          "uploads",
          "uploadId",
          "legal-hold",
          "retention",
          "torrent",
          "restore",
          "select",
          "attributes",
          "metadataTable",
          "session",
          "renameObject");

  private final S3Operations ops;

  S3Routes(S3Operations ops) {
    this.ops = ops;
  }

  S3Operation route(String method, S3Address address, Map<String, String> query, boolean copy) {
    for (String sub : UNSUPPORTED) {
      if (query.containsKey(sub)) {
        throw notImplemented();
      }
    }
    if (address.bucket() == null) {
      if (method.equals("GET")) {
        return ops.listBuckets;
      }
      throw methodNotAllowed(method);
    }
    if (address.key() == null) {
      return switch (method) {
        case "PUT" -> bucketPut(query);
        case "GET" -> bucketGet(query);
        case "HEAD" -> ops.headBucket;
        case "DELETE" -> bucketDelete(query);
        case "POST" -> {
          if (query.containsKey("delete")) {
            yield ops.deleteObjects;
          }
          throw methodNotAllowed(method);
        }
        default -> throw methodNotAllowed(method);
      };
    }
    if (query.containsKey("acl") || query.containsKey("tagging")) {
      throw notImplemented();
    }
    return switch (method) {
      case "PUT" -> copy ? ops.copyObject : ops.putObject;
      case "GET" -> ops.getObject;
      case "HEAD" -> ops.headObject;
      case "DELETE" -> ops.deleteObject;
      default -> throw methodNotAllowed(method);
    };
  }

  private S3Operation bucketPut(Map<String, String> query) {
    if (query.containsKey("policy")) {
      return ops.putPolicy;
    }
    if (query.containsKey("publicAccessBlock")) {
      return ops.putBlock;
    }
    if (query.containsKey("acl")) {
      return ops.putAcl;
    }
    if (query.containsKey("tagging")) {
      return ops.putTagging;
    }
    return ops.createBucket;
  }

  private S3Operation bucketGet(Map<String, String> query) {
    if (query.containsKey("policy")) {
      return ops.getPolicy;
    }
    if (query.containsKey("policyStatus")) {
      return ops.policyStatus;
    }
    if (query.containsKey("publicAccessBlock")) {
      return ops.getBlock;
    }
    if (query.containsKey("acl")) {
      return ops.getAcl;
    }
    if (query.containsKey("tagging")) {
      return ops.getTagging;
    }
    if (query.containsKey("location")) {
      return ops.location;
    }
    return "2".equals(query.get("list-type")) ? ops.listV2 : ops.listV1;
  }

  private S3Operation bucketDelete(Map<String, String> query) {
    if (query.containsKey("policy")) {
      return ops.deletePolicy;
    }
    if (query.containsKey("publicAccessBlock")) {
      return ops.deleteBlock;
    }
    if (query.containsKey("tagging")) {
      return ops.deleteTagging;
    }
    return ops.deleteBucket;
  }

  private static S3Error notImplemented() {
    return S3Errors.of(
        501,
        "NotImplemented",
        "A header you provided implies functionality that is not implemented");
  }

  private static S3Error methodNotAllowed(String method) {
    return S3Errors.of(
            405, "MethodNotAllowed", "The specified method is not allowed against this resource.")
        .with("Method", method)
        .with("ResourceType", "OBJECT");
  }
}
