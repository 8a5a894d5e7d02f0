package io.firedrill.sandbox.iam;

import java.util.List;
import java.util.Map;

/**
 * The account's IAM content as plain data, to persist across a restart. Holds secret access keys:
 * whoever writes it must keep it private.
 *
 * @param keyUses each access key's last use, by key id
 * @param groups the groups and, by lower-case group name, their members
 * @param roles the roles
 * @param policies the customer managed policies with their versions; the AWS managed ones ship with
 *     the code and are not part of the state
 * @param permissions attachments, inline policies and boundaries, by holder
 * @param rootKey the root user's access key; null in a state written before root had one
 */
public record IamState(
    List<IamUser> users,
    List<AccessKey> keys,
    List<LoginProfile> loginProfiles,
    Map<String, KeyUse> keyUses,
    GroupState groups,
    List<IamRole> roles,
    List<ManagedPolicy> policies,
    Map<String, HolderState> permissions,
    AccessKey rootKey) {

  public IamState {
    users = List.copyOf(users);
    keys = List.copyOf(keys);
    loginProfiles = List.copyOf(loginProfiles);
    keyUses = Map.copyOf(keyUses);
    roles = List.copyOf(roles);
    policies = List.copyOf(policies);
    permissions = Map.copyOf(permissions);
  }

  /** The groups, and by lower-case group name the names of their members in joining order. */
  public record GroupState(List<IamGroup> groups, Map<String, List<String>> members) {}

  /** One entity's attached managed policies, inline policies by name, and boundary or null. */
  public record HolderState(List<String> attached, Map<String, String> inline, String boundary) {}
}
