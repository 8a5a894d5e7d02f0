package io.firedrill.sandbox.s3;

import io.firedrill.sandbox.wire.Xml;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.w3c.dom.Element;

/** Who may reach a bucket: its policy, its public access block, and what they add up to. */
final class PolicyOperations {

  private final S3Store store;

  PolicyOperations(S3Store store) {
    this.store = store;
  }

  S3Result putPolicy(S3Call call) {
    String text = new String(call.body(), StandardCharsets.UTF_8);
    BucketPolicy policy = BucketPolicy.parse(text, call.bucket());
    store.with(
        call.bucket(),
        b -> {
          if (b.publicAccessBlock != null
              && b.publicAccessBlock.blockPublicPolicy()
              && policy.isPublic()) {
            throw S3Errors.accessDenied(
                "User: "
                    + call.caller().arn()
                    + " is not authorized to perform: s3:PutBucketPolicy on resource: \""
                    + b.arn()
                    + "\" because public policies are blocked by the BlockPublicPolicy block"
                    + " public access setting.");
          }
          b.policy = text;
          return null;
        });
    return S3Result.empty(204);
  }

  S3Result getPolicy(S3Call call) {
    String policy = store.with(call.bucket(), b -> b.policy);
    if (policy == null) {
      throw noSuchPolicy(call.bucket());
    }
    return new S3Result(
        200, Map.of("Content-Type", "application/json"), policy.getBytes(StandardCharsets.UTF_8));
  }

  S3Result deletePolicy(S3Call call) {
    store.with(call.bucket(), b -> b.policy = null);
    return S3Result.empty(204);
  }

  S3Result policyStatus(S3Call call) {
    String policy = store.with(call.bucket(), b -> b.policy);
    if (policy == null) {
      throw noSuchPolicy(call.bucket());
    }
    boolean open = BucketPolicy.parse(policy, call.bucket()).isPublic();
    return S3Result.xml("PolicyStatus", new Xml().element("IsPublic", open).toString());
  }

  S3Result putBlock(S3Call call) {
    Element root = XmlBody.parse(call.body());
    PublicAccessBlock block =
        new PublicAccessBlock(
            flag(root, "BlockPublicAcls"),
            flag(root, "IgnorePublicAcls"),
            flag(root, "BlockPublicPolicy"),
            flag(root, "RestrictPublicBuckets"));
    store.with(call.bucket(), b -> b.publicAccessBlock = block);
    return S3Result.empty(200);
  }

  S3Result getBlock(S3Call call) {
    PublicAccessBlock block = store.with(call.bucket(), b -> b.publicAccessBlock);
    if (block == null) {
      throw S3Errors.of(
              404,
              "NoSuchPublicAccessBlockConfiguration",
              "The public access block configuration was not found")
          .bucket(call.bucket());
    }
    return S3Result.xml(
        "PublicAccessBlockConfiguration",
        new Xml()
            .element("BlockPublicAcls", block.blockPublicAcls())
            .element("IgnorePublicAcls", block.ignorePublicAcls())
            .element("BlockPublicPolicy", block.blockPublicPolicy())
            .element("RestrictPublicBuckets", block.restrictPublicBuckets())
            .toString());
  }

  S3Result deleteBlock(S3Call call) {
    store.with(call.bucket(), b -> b.publicAccessBlock = null);
    return S3Result.empty(204);
  }

  private static boolean flag(Element root, String name) {
    String value = XmlBody.text(root, name);
    if (value != null && !value.equals("true") && !value.equals("false")) {
      throw S3Errors.malformedXml();
    }
    return "true".equals(value);
  }

  private static S3Error noSuchPolicy(String bucket) {
    return S3Errors.of(404, "NoSuchBucketPolicy", "The bucket policy does not exist")
        .bucket(bucket);
  }
}
