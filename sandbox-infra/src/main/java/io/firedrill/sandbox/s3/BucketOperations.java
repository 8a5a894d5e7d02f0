package io.firedrill.sandbox.s3;

import io.firedrill.sandbox.wire.Xml;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/** The bucket itself: create, delete, list, head, location and tags. */
final class BucketOperations {

  private final S3Store store;

  BucketOperations(S3Store store) {
    this.store = store;
  }

  S3Result create(S3Call call) {
    String name = call.bucket();
    S3Store.checkName(name);
    String constraint = null;
    if (call.body().length > 0) {
      constraint = XmlBody.text(XmlBody.parse(call.body()), "LocationConstraint");
      if (constraint != null && constraint.isEmpty()) {
        constraint = null;
      }
    }
    String region = constraint == null ? "us-east-1" : constraint;
    if (!call.region().equals(region)) {
      throw constraint == null
          ? S3Errors.of(
              400,
              "IllegalLocationConstraintException",
              "The unspecified location constraint is incompatible for the region specific"
                  + " endpoint this request was sent to.")
          : call.region().equals("us-east-1") && constraint.equals("us-east-1")
              ? S3Errors.of(
                      400,
                      "InvalidLocationConstraint",
                      "The specified location-constraint is not valid")
                  .with("LocationConstraint", constraint)
              : S3Errors.of(
                  400,
                  "IllegalLocationConstraintException",
                  "The "
                      + constraint
                      + " location constraint is incompatible for the region"
                      + " specific endpoint this request was sent to.");
    }
    if (constraint != null && constraint.equals("us-east-1")) {
      throw S3Errors.of(
              400, "InvalidLocationConstraint", "The specified location-constraint is not valid")
          .with("LocationConstraint", constraint);
    }
    String canned = call.header("x-amz-acl") == null ? "private" : call.header("x-amz-acl");
    List<Grant> acl = Grant.canned(canned, store.ownerId());
    if (acl == null) {
      throw S3Errors.invalidArgument("", "x-amz-acl", canned);
    }
    store.create(name, region, call.time(), acl);
    return S3Result.empty(200).withHeader("Location", "/" + name);
  }

  S3Result delete(S3Call call) {
    store.delete(call.bucket());
    return S3Result.empty(204);
  }

  S3Result list(S3Call call) {
    String prefix = call.param("prefix");
    Xml xml = new Xml().open("Owner").element("ID", store.ownerId()).close("Owner");
    xml.open("Buckets");
    for (Bucket bucket : store.list()) {
      if (prefix != null && !bucket.name.startsWith(prefix)) {
        continue;
      }
      xml.open("Bucket")
          .element("Name", bucket.name)
          .element("CreationDate", S3Times.iso(bucket.created))
          .element("BucketRegion", bucket.region)
          .close("Bucket");
    }
    xml.close("Buckets");
    if (prefix != null) {
      xml.element("Prefix", prefix);
    }
    return S3Result.xml("ListAllMyBucketsResult", xml.toString());
  }

  S3Result head(S3Call call) {
    String region = store.with(call.bucket(), b -> b.region);
    return S3Result.empty(200)
        .withHeader("x-amz-bucket-region", region)
        .withHeader("x-amz-access-point-alias", "false");
  }

  S3Result location(S3Call call) {
    String region = store.with(call.bucket(), b -> b.region);
    // us-east-1 is the one region S3 names by an empty constraint.
    String inner = region.equals("us-east-1") ? "" : Xml.escape(region);
    return S3Result.xml("LocationConstraint", inner);
  }

  S3Result putTagging(S3Call call) {
    Element root = XmlBody.parse(call.body());
    List<Tag> tags = new ArrayList<>();
    for (Element set : XmlBody.children(root, "TagSet")) {
      for (Element tag : XmlBody.children(set, "Tag")) {
        String key = XmlBody.text(tag, "Key");
        String value = XmlBody.text(tag, "Value");
        if (key == null || key.isEmpty()) {
          throw S3Errors.malformedXml();
        }
        if (tags.stream().anyMatch(t -> t.key().equals(key))) {
          throw S3Errors.of(400, "InvalidTag", "Cannot provide multiple Tags with the same key")
              .with("TagKey", key);
        }
        tags.add(new Tag(key, value == null ? "" : value));
      }
    }
    if (tags.size() > 50) {
      throw S3Errors.of(400, "InvalidTag", "Object tags cannot be greater than 50");
    }
    store.with(call.bucket(), b -> b.tags = List.copyOf(tags));
    return S3Result.empty(204);
  }

  S3Result getTagging(S3Call call) {
    List<Tag> tags = store.with(call.bucket(), b -> b.tags);
    if (tags == null || tags.isEmpty()) {
      throw S3Errors.of(404, "NoSuchTagSet", "The TagSet does not exist").bucket(call.bucket());
    }
    Xml xml = new Xml().open("TagSet");
    for (Tag tag : tags) {
      xml.open("Tag").element("Key", tag.key()).element("Value", tag.value()).close("Tag");
    }
    return S3Result.xml("Tagging", xml.close("TagSet").toString());
  }

  S3Result deleteTagging(S3Call call) {
    store.with(call.bucket(), b -> b.tags = null);
    return S3Result.empty(204);
  }
}
