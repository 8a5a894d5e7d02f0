package io.firedrill.sandbox.s3;

import java.util.List;
import java.util.Objects;

/**
 * One ACL grant.
 *
 * @param grantee a canonical user id, or a group URI such as {@value #ALL_USERS}
 * @param group whether {@code grantee} is a group URI
 * @param permission READ, WRITE, READ_ACP, WRITE_ACP or FULL_CONTROL
 */
record Grant(String grantee, boolean group, String permission) {

  static final String ALL_USERS = "http://acs.amazonaws.com/groups/global/AllUsers";
  static final String AUTHENTICATED_USERS =
      "http://acs.amazonaws.com/groups/global/AuthenticatedUsers";
  static final List<String> PERMISSIONS =
      List.of("READ", "WRITE", "READ_ACP", "WRITE_ACP", "FULL_CONTROL");

  Grant {
    Objects.requireNonNull(grantee, "grantee");
    Objects.requireNonNull(permission, "permission");
  }

  /** Whether the grant reaches callers outside the account: everyone, or every AWS user. */
  boolean isPublic() {
    return group && (grantee.equals(ALL_USERS) || grantee.equals(AUTHENTICATED_USERS));
  }

  /** Whether the grant gives {@code wanted} (READ or WRITE) to everyone. */
  boolean givesEveryone(String wanted) {
    return group
        && grantee.equals(ALL_USERS)
        && (permission.equals(wanted) || permission.equals("FULL_CONTROL"));
  }

  /** The grants of a canned ACL, owner first; null when {@code canned} names none. */
  static List<Grant> canned(String canned, String ownerId) {
    Grant owner = new Grant(ownerId, false, "FULL_CONTROL");
    return switch (canned) {
      case "private", "bucket-owner-read", "bucket-owner-full-control", "aws-exec-read" ->
          List.of(owner);
      case "public-read" -> List.of(owner, new Grant(ALL_USERS, true, "READ"));
      case "public-read-write" ->
          List.of(owner, new Grant(ALL_USERS, true, "READ"), new Grant(ALL_USERS, true, "WRITE"));
      case "authenticated-read" -> List.of(owner, new Grant(AUTHENTICATED_USERS, true, "READ"));
      default -> null;
    };
  }
}
