package io.firedrill.sandbox.s3;

import io.firedrill.sandbox.wire.Xml;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;

/** Objects: put, get, head, delete, delete many, copy. */
final class ObjectOperations {

  private static final Pattern RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");

  private final S3Store store;

  ObjectOperations(S3Store store) {
    this.store = store;
  }

  S3Result put(S3Call call, Map<String, String> checksums) {
    List<Grant> acl = AclOperations.read(call, store.ownerId(), false);
    Map<String, String> metadata = new LinkedHashMap<>();
    call.http()
        .headers()
        .forEach(
            (name, values) -> {
              if (name.startsWith("x-amz-meta-")) {
                metadata.put(name.substring("x-amz-meta-".length()), values.get(0));
              }
            });
    String type = call.header("content-type");
    StoredObject object =
        StoredObject.of(
            call.key(),
            call.body(),
            type == null ? "binary/octet-stream" : type,
            call.time(),
            metadata,
            checksums,
            acl);
    store.with(
        call.bucket(),
        b -> {
          if (b.publicAccessBlock != null
              && b.publicAccessBlock.blockPublicAcls()
              && acl.stream().anyMatch(Grant::isPublic)) {
            throw S3Errors.accessDenied();
          }
          return b.objects.put(call.key(), object);
        });
    S3Result result = S3Result.empty(200).withHeader("ETag", object.etag());
    for (Map.Entry<String, String> checksum : checksums.entrySet()) {
      result = result.withHeader(checksum.getKey(), checksum.getValue());
    }
    return result;
  }

  S3Result get(S3Call call, boolean withBody) {
    StoredObject object = find(call.bucket(), call.key());
    S3Result result =
        new S3Result(200, Map.of(), withBody ? object.data() : new byte[0])
            .withHeader("Content-Type", object.contentType())
            .withHeader("ETag", object.etag())
            .withHeader("Last-Modified", S3Times.http(object.lastModified()))
            .withHeader("Accept-Ranges", "bytes");
    for (Map.Entry<String, String> meta : object.metadata().entrySet()) {
      result = result.withHeader("x-amz-meta-" + meta.getKey(), meta.getValue());
    }
    if ("ENABLED".equalsIgnoreCase(call.header("x-amz-checksum-mode"))) {
      for (Map.Entry<String, String> checksum : object.checksums().entrySet()) {
        result = result.withHeader(checksum.getKey(), checksum.getValue());
      }
      if (!object.checksums().isEmpty()) {
        result = result.withHeader("x-amz-checksum-type", "FULL_OBJECT");
      }
    }
    String range = call.header("range");
    if (range != null) {
      return ranged(result, object, range.trim(), withBody);
    }
    return withBody
        ? result
        : result.withHeader("Content-Length", String.valueOf(object.data().length));
  }

  private static S3Result ranged(S3Result full, StoredObject object, String range, boolean body) {
    Matcher m = RANGE.matcher(range);
    int size = object.data().length;
    if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
      return full;
    }
    long first;
    long last;
    if (m.group(1).isEmpty()) {
      first = Math.max(0, size - Long.parseLong(m.group(2)));
      last = size - 1;
    } else {
      first = Long.parseLong(m.group(1));
      last = m.group(2).isEmpty() ? size - 1 : Math.min(size - 1, Long.parseLong(m.group(2)));
    }
    if (first >= size || first > last) {
      throw S3Errors.of(416, "InvalidRange", "The requested range is not satisfiable")
          .with("RangeRequested", range)
          .with("ActualObjectSize", String.valueOf(size));
    }
    byte[] part = Arrays.copyOfRange(object.data(), (int) first, (int) last + 1);
    S3Result result =
        new S3Result(206, full.headers(), body ? part : new byte[0])
            .withHeader("Content-Range", "bytes " + first + "-" + last + "/" + size);
    result.headers().remove("x-amz-checksum-type");
    result.headers().keySet().removeIf(h -> h.startsWith("x-amz-checksum-"));
    return body ? result : result.withHeader("Content-Length", String.valueOf(part.length));
  }

  S3Result delete(S3Call call) {
    store.with(call.bucket(), b -> b.objects.remove(call.key()));
    return S3Result.empty(204);
  }

  /** DeleteObjects; {@code mayDelete} says whether the caller may delete a key. */
  S3Result deleteMany(S3Call call, Predicate<String> mayDelete) {
    Element root = XmlBody.parse(call.body());
    boolean quiet = "true".equals(XmlBody.text(root, "Quiet"));
    List<Element> objects = XmlBody.children(root, "Object");
    if (objects.isEmpty() || objects.size() > 1000) {
      throw S3Errors.malformedXml();
    }
    store.with(call.bucket(), b -> b);
    Xml xml = new Xml();
    for (Element object : objects) {
      String key = XmlBody.text(object, "Key");
      if (key == null) {
        throw S3Errors.malformedXml();
      }
      if (!mayDelete.test(key)) {
        xml.open("Error")
            .element("Key", key)
            .element("Code", "AccessDenied")
            .element("Message", "Access Denied")
            .close("Error");
        continue;
      }
      store.with(call.bucket(), b -> b.objects.remove(key));
      if (!quiet) {
        xml.open("Deleted").element("Key", key).close("Deleted");
      }
    }
    return S3Result.xml("DeleteResult", xml.toString());
  }

  /** CopyObject; the caller's read access to the source is checked by the front. */
  S3Result copy(S3Call call) {
    String[] source = copySource(call.header("x-amz-copy-source"));
    StoredObject original = find(source[0], source[1]);
    boolean replace = "REPLACE".equalsIgnoreCase(call.header("x-amz-metadata-directive"));
    Map<String, String> metadata = new LinkedHashMap<>(original.metadata());
    String type = original.contentType();
    if (replace) {
      metadata.clear();
      call.http()
          .headers()
          .forEach(
              (name, values) -> {
                if (name.startsWith("x-amz-meta-")) {
                  metadata.put(name.substring("x-amz-meta-".length()), values.get(0));
                }
              });
      type = call.header("content-type") == null ? type : call.header("content-type");
    } else if (source[0].equals(call.bucket()) && source[1].equals(call.key())) {
      throw S3Errors.of(
          400,
          "InvalidRequest",
          "This copy request is illegal because it is trying to copy an object to itself without"
              + " changing the object's metadata, storage class, website redirect location or"
              + " encryption attributes.");
    }
    StoredObject copy =
        StoredObject.of(
            call.key(),
            original.data(),
            type,
            call.time(),
            metadata,
            original.checksums(),
            AclOperations.read(call, store.ownerId(), false));
    store.with(call.bucket(), b -> b.objects.put(call.key(), copy));
    return S3Result.xml(
        "CopyObjectResult",
        new Xml()
            .element("LastModified", S3Times.iso(copy.lastModified()))
            .element("ETag", copy.etag())
            .toString());
  }

  /** The bucket and key of an {@code x-amz-copy-source} header. */
  static String[] copySource(String header) {
    if (header == null) {
      throw S3Errors.invalidArgument(
          "Copy Source must mention the source bucket and key:" + " sourcebucket/sourcekey",
          "x-amz-copy-source",
          header);
    }
    String value = header.trim();
    int version = value.indexOf("?versionId=");
    if (version >= 0) {
      value = value.substring(0, version);
    }
    value = S3Address.decode(value.startsWith("/") ? value.substring(1) : value);
    int slash = value.indexOf('/');
    if (slash <= 0 || slash == value.length() - 1) {
      throw S3Errors.invalidArgument(
          "Copy Source must mention the source bucket and key:" + " sourcebucket/sourcekey",
          "x-amz-copy-source",
          header);
    }
    return new String[] {value.substring(0, slash), value.substring(slash + 1)};
  }

  private StoredObject find(String bucket, String key) {
    StoredObject object = store.with(bucket, b -> b.objects.get(key));
    if (object == null) {
      throw S3Errors.noSuchKey(key);
    }
    return object;
  }
}
