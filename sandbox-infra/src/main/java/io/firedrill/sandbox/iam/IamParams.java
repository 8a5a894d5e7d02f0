package io.firedrill.sandbox.iam;

import io.firedrill.sandbox.api.ApiCall;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Reads and validates IAM query parameters against the constraints IAM's model declares. */
final class IamParams {

  private static final Pattern USER_NAME = Pattern.compile("[\\w+=,.@-]{1,64}");
  private static final Pattern PATH = Pattern.compile("(/[\\x21-\\x7E&&[^/]]+)*/");
  private static final Pattern KEY_ID = Pattern.compile("[\\w]{16,128}");

  private IamParams() {}

  static String required(ApiCall call, String param, String member) {
    String value = call.param(param);
    if (value == null) {
      throw IamErrors.missing(member);
    }
    if (param.equals("AccessKeyId") && !KEY_ID.matcher(value).matches()) {
      throw IamErrors.invalid(
          member, value, "Member must satisfy regular expression pattern: [\\w]+");
    }
    return value;
  }

  static String userName(ApiCall call, boolean required) {
    String name = call.param("UserName");
    if (name == null) {
      if (required) {
        throw IamErrors.missing("userName");
      }
      return null;
    }
    if (!USER_NAME.matcher(name).matches()) {
      throw IamErrors.invalid(
          "userName", name, "Member must satisfy regular expression pattern: [\\w+=,.@-]+");
    }
    return name;
  }

  /** The named user, or the caller's own user: IAM's user-scoped calls default to the caller. */
  static String userNameOrCaller(ApiCall call) {
    String name = userName(call, false);
    return name != null ? name : call.caller().userName();
  }

  static String path(String path) {
    if (path == null) {
      return "/";
    }
    if (path.length() > 512 || !PATH.matcher(path).matches()) {
      throw IamErrors.invalid(
          "path",
          path,
          "Member must satisfy regular expression pattern: (\\u002F)|(\\u002F[\\u0021-\\u007F]+\\u002F)");
    }
    return path;
  }

  static boolean status(ApiCall call) {
    String status = call.param("Status");
    if (status == null) {
      throw IamErrors.missing("status");
    }
    return switch (status) {
      case "Active" -> true;
      case "Inactive" -> false;
      default ->
          throw IamErrors.invalid(
              "status", status, "Member must satisfy enum value set: [Active, Inactive]");
    };
  }

  static int maxItems(ApiCall call) {
    String raw = call.param("MaxItems");
    if (raw == null) {
      return 100;
    }
    try {
      int value = Integer.parseInt(raw);
      if (value >= 1 && value <= 1000) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below, as IAM does for any out-of-range value
    }
    throw IamErrors.invalid("maxItems", raw, "Member must have value between 1 and 1000");
  }

  static List<Tag> tags(ApiCall call) {
    List<Tag> tags = new ArrayList<>();
    for (int i = 1; call.param("Tags.member." + i + ".Key") != null; i++) {
      tags.add(
          new Tag(
              call.param("Tags.member." + i + ".Key"), call.param("Tags.member." + i + ".Value")));
    }
    if (tags.size() > 50) {
      throw IamErrors.invalid("tags", null, "Member must have length less than or equal to 50");
    }
    return tags;
  }
}
