package io.firedrill.sandbox.s3;

import io.firedrill.sandbox.wire.Xml;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;

/**
 * Bucket ACLs, enough for exposure: canned ACLs, {@code x-amz-grant-*} headers and an {@code
 * AccessControlPolicy} body, read back as S3 writes them.
 */
final class AclOperations {

  private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
  private static final Pattern GRANTEE = Pattern.compile("(uri|id|emailAddress)=\"?([^\",]+)\"?");

  private final S3Store store;

  AclOperations(S3Store store) {
    this.store = store;
  }

  S3Result get(S3Call call) {
    List<Grant> acl = store.with(call.bucket(), b -> b.acl);
    return S3Result.xml("AccessControlPolicy", write(acl, store.ownerId()));
  }

  S3Result put(S3Call call) {
    List<Grant> acl = read(call, store.ownerId(), true);
    store.with(
        call.bucket(),
        b -> {
          if (b.publicAccessBlock != null
              && b.publicAccessBlock.blockPublicAcls()
              && acl.stream().anyMatch(Grant::isPublic)) {
            throw S3Errors.accessDenied();
          }
          b.acl = List.copyOf(acl);
          return null;
        });
    return S3Result.empty(200);
  }

  /**
   * The grants a request sets: its canned ACL, its grant headers, or (PutBucketAcl only, whose body
   * is the ACL) its body; private when it sets none.
   */
  static List<Grant> read(S3Call call, String ownerId, boolean fromBody) {
    String canned = call.header("x-amz-acl");
    if (canned != null) {
      List<Grant> grants = Grant.canned(canned.trim(), ownerId);
      if (grants == null) {
        throw S3Errors.invalidArgument("", "x-amz-acl", canned);
      }
      return grants;
    }
    List<Grant> grants = new ArrayList<>();
    for (String permission : Grant.PERMISSIONS) {
      String header =
          call.header("x-amz-grant-" + permission.toLowerCase(Locale.ROOT).replace('_', '-'));
      if (header != null) {
        Matcher m = GRANTEE.matcher(header);
        while (m.find()) {
          grants.add(new Grant(m.group(2), m.group(1).equals("uri"), permission));
        }
      }
    }
    if (!grants.isEmpty() || !fromBody || call.body().length == 0) {
      return grants.isEmpty() ? Grant.canned("private", ownerId) : grants;
    }
    Element root = XmlBody.parse(call.body());
    for (Element list : XmlBody.children(root, "AccessControlList")) {
      for (Element grant : XmlBody.children(list, "Grant")) {
        List<Element> grantees = XmlBody.children(grant, "Grantee");
        String permission = XmlBody.text(grant, "Permission");
        if (grantees.isEmpty() || permission == null || !Grant.PERMISSIONS.contains(permission)) {
          throw S3Errors.malformedXml();
        }
        Element grantee = grantees.get(0);
        String uri = XmlBody.text(grantee, "URI");
        String id = XmlBody.text(grantee, "ID");
        if (uri == null && id == null) {
          throw S3Errors.malformedXml();
        }
        grants.add(new Grant(uri != null ? uri : id, uri != null, permission));
      }
    }
    return grants;
  }

  static String write(List<Grant> acl, String ownerId) {
    Xml xml = new Xml().open("Owner").element("ID", ownerId).close("Owner");
    xml.open("AccessControlList");
    for (Grant grant : acl) {
      String type = grant.group() ? "Group" : "CanonicalUser";
      xml.raw("<Grant><Grantee xmlns:xsi=\"" + XSI + "\" xsi:type=\"" + type + "\">")
          .element(grant.group() ? "URI" : "ID", grant.grantee())
          .close("Grantee")
          .element("Permission", grant.permission())
          .close("Grant");
    }
    return xml.close("AccessControlList").toString();
  }
}
