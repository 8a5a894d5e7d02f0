package io.firedrill.sandbox.iam;

import io.firedrill.sandbox.api.ApiCall;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads and validates IAM query parameters against the constraints IAM's model declares. */
final class IamParams {

  private static final Pattern NAME = Pattern.compile("[\\w+=,.@-]+");
  private static final Pattern PATH = Pattern.compile("(/[\\x21-\\x7E&&[^/]]+)*/");
  private static final Pattern PATH_PREFIX = Pattern.compile("/[\\x21-\\x7F]*");
  private static final Pattern POLICY_PATH = Pattern.compile("((/[A-Za-z0-9.,+@=_-]+)*)/");
  private static final Pattern KEY_ID = Pattern.compile("[\\w]{16,128}");
  private static final Pattern VERSION_ID = Pattern.compile("v[1-9][0-9]*(\\.[A-Za-z0-9-]*)?");
  private static final Pattern DOCUMENT =
      Pattern.compile("[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+");

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
    return name(call, "UserName", "userName", 64, required);
  }

  /**
   * The named user, or the caller's own user: IAM's user-scoped calls default to the caller, and
   * refuse to guess for callers that are not IAM users.
   */
  static String userNameOrCaller(ApiCall call) {
    String name = userName(call, false);
    if (name != null) {
      return name;
    }
    if (!call.caller().isUser()) {
      throw IamErrors.validation("Must specify userName when calling with non-User credentials");
    }
    return call.caller().userName();
  }

  static String groupName(ApiCall call) {
    return name(call, "GroupName", "groupName", 128, true);
  }

  static String roleName(ApiCall call) {
    return name(call, "RoleName", "roleName", 64, true);
  }

  static String policyName(ApiCall call) {
    return name(call, "PolicyName", "policyName", 128, true);
  }

  /** A name parameter: IAM's names share one character set and differ in length. */
  static String name(ApiCall call, String param, String member, int max, boolean required) {
    String value = call.param(param);
    if (value == null) {
      if (required) {
        throw IamErrors.missing(member);
      }
      return null;
    }
    if (value.isEmpty() || value.length() > max) {
      throw IamErrors.invalid(
          member,
          value,
          "Member must have length " + (value.isEmpty() ? "greater than or equal to 1" : max));
    }
    if (!NAME.matcher(value).matches()) {
      throw IamErrors.invalid(
          member, value, "Member must satisfy regular expression pattern: [\\w+=,.@-]+");
    }
    return value;
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

  static String policyPath(String path) {
    if (path == null) {
      return "/";
    }
    if (path.length() > 512 || !POLICY_PATH.matcher(path).matches()) {
      throw IamErrors.invalid(
          "path",
          path,
          "Member must satisfy regular expression pattern: ((/[A-Za-z0-9\\.,\\+@=_-]+)*)/");
    }
    return path;
  }

  static String pathPrefix(ApiCall call) {
    String prefix = call.param("PathPrefix");
    if (prefix == null) {
      return "/";
    }
    if (prefix.length() > 512 || !PATH_PREFIX.matcher(prefix).matches()) {
      throw IamErrors.invalid(
          "pathPrefix",
          prefix,
          "Member must satisfy regular expression pattern: \\u002F[\\u0021-\\u007F]*");
    }
    return prefix;
  }

  /** A policy document parameter, as text: the model's character set and length, nothing more. */
  static String document(ApiCall call, String param, String member) {
    String document = call.param(param);
    if (document == null) {
      throw IamErrors.missing(member);
    }
    if (document.length() > 131072 || !DOCUMENT.matcher(document).matches()) {
      throw IamErrors.invalid(
          member,
          document,
          "Member must satisfy regular expression pattern: [\\u0009\\u000A\\u000D\\u0020-\\u00FF]+");
    }
    return document;
  }

  /** A policy ARN parameter: the model's length, then IAM's own check of the ARN's shape. */
  static PolicyArn policyArn(ApiCall call, String param, String member) {
    String arn = call.param(param);
    if (arn == null) {
      throw IamErrors.missing(member);
    }
    if (arn.length() < 20 || arn.length() > 2048) {
      throw IamErrors.invalid(
          member,
          arn,
          "Member must have length "
              + (arn.length() < 20 ? "greater than or equal to 20" : "less than or equal to 2048"));
    }
    return PolicyArn.parse(arn);
  }

  static String versionId(ApiCall call) {
    String versionId = call.param("VersionId");
    if (versionId == null) {
      throw IamErrors.missing("versionId");
    }
    if (!VERSION_ID.matcher(versionId).matches()) {
      throw IamErrors.invalid(
          "versionId",
          versionId,
          "Member must satisfy regular expression pattern: v[1-9][0-9]*(\\.[A-Za-z0-9-]*)?");
    }
    return versionId;
  }

  static boolean bool(ApiCall call, String param, boolean otherwise) {
    String value = call.param(param);
    if (value == null) {
      return otherwise;
    }
    if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
      return Boolean.parseBoolean(value);
    }
    throw IamErrors.invalid(
        Character.toLowerCase(param.charAt(0)) + param.substring(1),
        value,
        "Member must be a boolean");
  }

  /** An integer parameter within {@code min..max}, or {@code otherwise} when absent. */
  static int integer(ApiCall call, String param, int min, int max, int otherwise) {
    String raw = call.param(param);
    if (raw == null) {
      return otherwise;
    }
    String member = Character.toLowerCase(param.charAt(0)) + param.substring(1);
    long value;
    try {
      value = Long.parseLong(raw.trim());
    } catch (NumberFormatException e) {
      throw IamErrors.invalid(member, raw, "Member must be a number");
    }
    if (value < min) {
      throw IamErrors.invalid(
          member, raw, "Member must have value greater than or equal to " + min);
    }
    if (value > max) {
      throw IamErrors.invalid(member, raw, "Member must have value less than or equal to " + max);
    }
    return (int) value;
  }

  /** One of the values an enum-typed parameter allows, or {@code otherwise} when absent. */
  static String oneOf(ApiCall call, String param, List<String> allowed, String otherwise) {
    String value = call.param(param);
    if (value == null) {
      return otherwise;
    }
    if (!allowed.contains(value)) {
      throw IamErrors.invalid(
          Character.toLowerCase(param.charAt(0)) + param.substring(1),
          value,
          "Member must satisfy enum value set: [" + String.join(", ", allowed) + "]");
    }
    return value;
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

  /** A list parameter's values in order: {@code Name.member.1}, {@code Name.member.2}... */
  static List<String> list(ApiCall call, String param) {
    List<String> values = new ArrayList<>();
    for (int i = 1; call.param(param + ".member." + i) != null; i++) {
      values.add(call.param(param + ".member." + i));
    }
    return values;
  }

  /** The values of a list parameter whose members must come from {@code allowed}. */
  static List<String> listOf(ApiCall call, String param, Set<String> allowed) {
    List<String> values = list(call, param);
    for (String value : values) {
      if (!allowed.contains(value)) {
        throw IamErrors.invalid(
            Character.toLowerCase(param.charAt(0)) + param.substring(1),
            value,
            "Member must satisfy enum value set: " + allowed.stream().sorted().toList());
      }
    }
    return values;
  }
}
