package io.firedrill.sandbox.baseline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The starting state of an exercise's account.
 *
 * @param name the baseline's name, the value of every {@code firedrill:baseline} tag it creates
 * @param description what the baseline is for
 * @param users the IAM users to create, names unique regardless of case as IAM requires
 * @param trails the trails to create, names unique
 * @param roles the IAM roles to create, after the users, names unique regardless of case
 * @param guardDuty whether GuardDuty watches the account: an enabled detector in the region
 * @param vpcFlowLogBucket the S3 bucket that a flow log of the region's default VPC delivers all
 *     its traffic records to, or null for no flow log
 * @param policies the customer managed policies to create, before the users and roles that name
 *     them as {@code policy/NAME}
 */
public record Baseline(
    String name,
    String description,
    List<BaselineUser> users,
    List<BaselineTrail> trails,
    List<BaselineRole> roles,
    boolean guardDuty,
    String vpcFlowLogBucket,
    List<BaselinePolicy> policies) {

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
  private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");

  public Baseline {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "baseline name must be 1-64 letters, digits, '.', '_' or '-', got '" + name + "'");
    }
    description = Objects.requireNonNullElse(description, "");
    users = List.copyOf(users);
    trails = List.copyOf(trails);
    roles = List.copyOf(roles);
    policies = List.copyOf(policies);
    checkPolicyNames(policies, users, roles);
    if (vpcFlowLogBucket != null && !BUCKET.matcher(vpcFlowLogBucket).matches()) {
      throw new IllegalArgumentException(
          "vpcFlowLogs must be an S3 bucket name (3-63 lower-case letters, digits, '.' or '-'),"
              + " got '"
              + vpcFlowLogBucket
              + "'");
    }
    Set<String> seen = new HashSet<>();
    for (BaselineUser user : users) {
      if (!seen.add(user.name().toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException("user '" + user.name() + "' is listed twice");
      }
    }
    seen.clear();
    for (BaselineTrail trail : trails) {
      if (!seen.add(trail.name())) {
        throw new IllegalArgumentException("trail '" + trail.name() + "' is listed twice");
      }
    }
    seen.clear();
    for (BaselineRole role : roles) {
      if (!seen.add(role.name().toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException("role '" + role.name() + "' is listed twice");
      }
    }
  }

  /** A baseline without a flow log. */
  public Baseline(
      String name,
      String description,
      List<BaselineUser> users,
      List<BaselineTrail> trails,
      List<BaselineRole> roles,
      boolean guardDuty) {
    this(name, description, users, trails, roles, guardDuty, null, List.of());
  }

  /** A baseline without roles or GuardDuty. */
  public Baseline(
      String name, String description, List<BaselineUser> users, List<BaselineTrail> trails) {
    this(name, description, users, trails, List.of(), false, null, List.of());
  }

  /** A baseline without GuardDuty. */
  public Baseline(
      String name,
      String description,
      List<BaselineUser> users,
      List<BaselineTrail> trails,
      List<BaselineRole> roles) {
    this(name, description, users, trails, roles, false, null, List.of());
  }

  // Policy names are unique regardless of case, and policy/NAME must name one of them.
  private static void checkPolicyNames(
      List<BaselinePolicy> policies, List<BaselineUser> users, List<BaselineRole> roles) {
    Set<String> names = new HashSet<>();
    for (BaselinePolicy policy : policies) {
      if (!names.add(policy.name().toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException("policy '" + policy.name() + "' is listed twice");
      }
    }
    List<String> named = new java.util.ArrayList<>();
    users.forEach(user -> named.addAll(user.policies()));
    roles.forEach(role -> named.addAll(role.policies()));
    for (String entry : named) {
      if (entry.startsWith("policy/")
          && !names.contains(entry.substring(7).toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException(
            "'" + entry + "' names no policy of the baseline's policies");
      }
    }
  }

  /** Reads a baseline file; problems are a {@link BaselineException} naming the file. */
  public static Baseline load(Path yaml) {
    try {
      return parse(Files.readString(yaml, StandardCharsets.UTF_8), yaml.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read baseline " + yaml, e);
    }
  }

  /** Parses baseline YAML; {@code sourceName} is the path errors name. */
  public static Baseline parse(String yaml, String sourceName) {
    return BaselineParser.parse(yaml, sourceName);
  }
}
