package io.firedrill.sandbox.iam;

import io.firedrill.sandbox.wire.Xml;
import java.util.List;

/** IAM's XML result elements. */
final class IamXml {

  private IamXml() {}

  static void user(Xml xml, String element, IamUser user, boolean withTags) {
    xml.open(element)
        .element("Path", user.path())
        .element("UserName", user.name())
        .element("UserId", user.userId())
        .element("Arn", user.arn())
        .element("CreateDate", user.created());
    if (withTags && !user.tags().isEmpty()) {
      tags(xml, user.tags());
    }
    xml.close(element);
  }

  static void tags(Xml xml, List<Tag> tags) {
    xml.open("Tags");
    for (Tag tag : tags) {
      xml.open("member").element("Key", tag.key()).element("Value", tag.value()).close("member");
    }
    xml.close("Tags");
  }

  /** The AccessKey element; the secret only when the key has just been created. */
  static void accessKey(Xml xml, String element, AccessKey key, boolean withSecret) {
    xml.open(element)
        .element("UserName", key.userName())
        .element("AccessKeyId", key.accessKeyId())
        .element("Status", key.status());
    if (withSecret) {
      xml.element("SecretAccessKey", key.secretAccessKey());
    }
    xml.element("CreateDate", key.created()).close(element);
  }
}
