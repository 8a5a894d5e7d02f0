package io.firedrill.sandbox.ec2;

import io.firedrill.sandbox.api.ApiCall;
import java.util.List;

/** The ARNs EC2 operations act on, as IAM policies match them. */
final class Ec2Resources {

  private Ec2Resources() {}

  /** {@code arn:aws:ec2:REGION:ACCOUNT:<resource>}. */
  static String arn(ApiCall call, String resource) {
    return "arn:aws:ec2:" + call.region() + ":" + call.caller().accountId() + ":" + resource;
  }

  /** The first of the list parameter {@code list}, as a {@code type/ID} ARN, or {@code *}. */
  static String first(ApiCall call, String list, String type) {
    List<String> ids = Ec2Params.values(call.params(), list);
    return ids.isEmpty() ? "*" : arn(call, type + "/" + ids.get(0));
  }

  /** The ARN of any EC2 resource by its id's prefix. */
  static String byId(ApiCall call, String id) {
    int dash = id.indexOf('-');
    String type =
        switch (dash < 0 ? "" : id.substring(0, dash)) {
          case "i" -> "instance";
          case "sg" -> "security-group";
          case "vpc" -> "vpc";
          case "subnet" -> "subnet";
          case "vol" -> "volume";
          case "ami" -> "image";
          case "snap" -> "snapshot";
          default -> null;
        };
    if (type == null) {
      return "*";
    }
    // AMIs and snapshots have no account in their ARN.
    return type.equals("image") || type.equals("snapshot")
        ? "arn:aws:ec2:" + call.region() + "::" + type + "/" + id
        : arn(call, type + "/" + id);
  }
}
