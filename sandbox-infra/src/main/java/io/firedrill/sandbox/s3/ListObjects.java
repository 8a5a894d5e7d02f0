package io.firedrill.sandbox.s3;

import io.firedrill.sandbox.wire.Xml;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * ListObjectsV2 and the original ListObjects: keys in order, after a marker, under a prefix, rolled
 * up into common prefixes at a delimiter, a page of at most max-keys entries at a time. With {@code
 * encoding-type=url} (which the AWS CLI always asks for) keys and prefixes travel URL-encoded.
 */
final class ListObjects {

  private final S3Store store;

  ListObjects(S3Store store) {
    this.store = store;
  }

  private record Page(
      List<StoredObject> contents, List<String> prefixes, boolean truncated, String last) {}

  S3Result v2(S3Call call) {
    String token = call.param("continuation-token");
    String startAfter = call.param("start-after");
    String marker = token != null ? decodeToken(token) : startAfter;
    Page page = page(call, marker);
    boolean url = "url".equals(call.param("encoding-type"));
    Xml xml =
        new Xml()
            .element("Name", call.bucket())
            .element("Prefix", encode(orEmpty(call.param("prefix")), url))
            .element("Delimiter", encodeOrNull(call.param("delimiter"), url))
            .element("MaxKeys", maxKeys(call))
            .element("EncodingType", url ? "url" : null)
            .element("KeyCount", page.contents.size() + page.prefixes.size())
            .element("IsTruncated", page.truncated)
            .element("ContinuationToken", token)
            .element(
                "NextContinuationToken",
                page.truncated
                    ? Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(page.last.getBytes(StandardCharsets.UTF_8))
                    : null)
            .element("StartAfter", encodeOrNull(startAfter, url));
    entries(xml, page, url, "true".equals(call.param("fetch-owner")));
    return S3Result.xml("ListBucketResult", xml.toString());
  }

  S3Result v1(S3Call call) {
    String marker = call.param("marker");
    Page page = page(call, marker);
    boolean url = "url".equals(call.param("encoding-type"));
    String delimiter = call.param("delimiter");
    Xml xml =
        new Xml()
            .element("Name", call.bucket())
            .element("Prefix", encode(orEmpty(call.param("prefix")), url))
            .element("Marker", encode(orEmpty(marker), url))
            .element(
                "NextMarker", page.truncated && delimiter != null ? encode(page.last, url) : null)
            .element("MaxKeys", maxKeys(call))
            .element("Delimiter", encodeOrNull(delimiter, url))
            .element("IsTruncated", page.truncated)
            .element("EncodingType", url ? "url" : null);
    entries(xml, page, url, true);
    return S3Result.xml("ListBucketResult", xml.toString());
  }

  private void entries(Xml xml, Page page, boolean url, boolean owner) {
    for (StoredObject object : page.contents) {
      xml.open("Contents")
          .element("Key", encode(object.key(), url))
          .element("LastModified", S3Times.iso(object.lastModified()))
          .element("ETag", object.etag())
          .element("Size", object.data().length);
      if (owner) {
        xml.open("Owner").element("ID", store.ownerId()).close("Owner");
      }
      xml.element("StorageClass", "STANDARD").close("Contents");
    }
    for (String prefix : page.prefixes) {
      xml.open("CommonPrefixes").element("Prefix", encode(prefix, url)).close("CommonPrefixes");
    }
  }

  private Page page(S3Call call, String marker) {
    String prefix = orEmpty(call.param("prefix"));
    String delimiter = call.param("delimiter");
    if (delimiter != null && delimiter.isEmpty()) {
      delimiter = null;
    }
    int max = maxKeys(call);
    String delim = delimiter;
    return store.with(
        call.bucket(),
        b -> {
          List<StoredObject> contents = new ArrayList<>();
          List<String> prefixes = new ArrayList<>();
          String last = null;
          var keys = marker == null ? b.objects : b.objects.tailMap(marker, false);
          for (StoredObject object : keys.values()) {
            String key = object.key();
            if (!key.startsWith(prefix)) {
              if (key.compareTo(prefix) > 0) {
                break;
              }
              continue;
            }
            // A marker that is a common prefix skips every key rolled up into it.
            if (marker != null
                && delim != null
                && marker.endsWith(delim)
                && key.startsWith(marker)) {
              continue;
            }
            String rolled = null;
            if (delim != null) {
              int at = key.indexOf(delim, prefix.length());
              if (at >= 0) {
                rolled = key.substring(0, at + delim.length());
              }
            }
            if (rolled != null && rolled.equals(last)) {
              continue;
            }
            if (contents.size() + prefixes.size() == max) {
              return new Page(contents, prefixes, last != null, last);
            }
            if (rolled != null) {
              prefixes.add(rolled);
              last = rolled;
            } else {
              contents.add(object);
              last = key;
            }
          }
          return new Page(contents, prefixes, false, last);
        });
  }

  private static int maxKeys(S3Call call) {
    String value = call.param("max-keys");
    if (value == null) {
      return 1000;
    }
    try {
      int max = Integer.parseInt(value);
      if (max < 0) {
        throw new NumberFormatException();
      }
      return Math.min(max, 1000);
    } catch (NumberFormatException e) {
      throw S3Errors.invalidArgument(
          "Provided max-keys not an integer or within integer range", "max-keys", value);
    }
  }

  private static String decodeToken(String token) {
    try {
      return new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw S3Errors.invalidArgument(
          "The continuation token provided is incorrect", "continuation-token", token);
    }
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  private static String encodeOrNull(String s, boolean url) {
    return s == null ? null : encode(s, url);
  }

  // Form encoding, slashes kept: botocore decodes with unquote_plus and the SDK with URLDecoder,
  // so a space may travel as '+'.
  private static String encode(String s, boolean url) {
    return url ? URLEncoder.encode(s, StandardCharsets.UTF_8).replace("%2F", "/") : s;
  }
}
