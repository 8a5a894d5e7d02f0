package io.firedrill.sandbox.ec2;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A ModifySnapshotAttribute request's change to createVolumePermission, in either of its two
 * shapes: {@code CreateVolumePermission.Add.N.UserId} (and {@code .Group}), or {@code
 * OperationType} with {@code UserId.N} and {@code UserGroup.N}.
 */
record SnapshotPermissions(
    List<String> addUsers, List<String> removeUsers, boolean addAll, boolean removeAll) {

  static SnapshotPermissions read(Map<String, String> params) {
    String attribute = params.get("Attribute");
    if (attribute != null && !attribute.equals("createVolumePermission")) {
      throw Ec2Errors.client(
          "InvalidParameterValue",
          "The sandbox can modify the attribute createVolumePermission only, not " + attribute);
    }
    List<String> add = new ArrayList<>();
    List<String> remove = new ArrayList<>();
    boolean addAll = false;
    boolean removeAll = false;
    for (Map<String, String> permission : Ec2Params.members(params, "CreateVolumePermission.Add")) {
      addAll |= "all".equals(permission.get("Group"));
      if (permission.get("UserId") != null) {
        add.add(permission.get("UserId"));
      }
    }
    for (Map<String, String> permission :
        Ec2Params.members(params, "CreateVolumePermission.Remove")) {
      removeAll |= "all".equals(permission.get("Group"));
      if (permission.get("UserId") != null) {
        remove.add(permission.get("UserId"));
      }
    }
    String operation = params.get("OperationType");
    if (operation != null) {
      boolean adding = operation.equals("add");
      boolean everyone = Ec2Params.values(params, "UserGroup").contains("all");
      (adding ? add : remove).addAll(Ec2Params.values(params, "UserId"));
      addAll |= adding && everyone;
      removeAll |= !adding && everyone;
    }
    if (add.isEmpty() && remove.isEmpty() && !addAll && !removeAll) {
      throw Ec2Errors.missing("CreateVolumePermission");
    }
    return new SnapshotPermissions(add, remove, addAll, removeAll);
  }
}
