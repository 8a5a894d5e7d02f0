package io.firedrill.sandbox.iam;

import io.firedrill.sandbox.api.ApiCall;
import io.firedrill.sandbox.api.Operation;
import io.firedrill.sandbox.api.Outcome;
import io.firedrill.sandbox.api.ResourceRef;
import io.firedrill.sandbox.wire.Xml;
import java.util.List;

/** IAM's group operations: groups and their members. */
final class GroupOperations {

  private static final String GROUP = "AWS::IAM::Group";

  private final IamStore store;
  private final IamResources resources;

  GroupOperations(IamStore store, IamResources resources) {
    this.store = store;
    this.resources = resources;
  }

  List<Operation> operations() {
    return List.of(
        Operation.write("CreateGroup", this::createGroup).on(resources.group()),
        Operation.read("GetGroup", this::getGroup).on(resources.group()),
        Operation.read("ListGroups", this::listGroups).on(resources.listing("group")),
        Operation.write("DeleteGroup", this::deleteGroup).on(resources.group()),
        Operation.write("AddUserToGroup", this::addUserToGroup).on(resources.group()),
        Operation.write("RemoveUserFromGroup", this::removeUserFromGroup).on(resources.group()),
        Operation.read("ListGroupsForUser", this::listGroupsForUser).on(resources.user()));
  }

  private Outcome createGroup(ApiCall call) {
    IamGroup group =
        store.groups().create(IamParams.groupName(call), IamParams.path(call.param("Path")));
    Xml xml = new Xml();
    IamXml.group(xml, "Group", group);
    return Outcome.xml(xml.toString())
        .recording(IamRecords.createGroup(group))
        .about(new ResourceRef(GROUP, group.name()));
  }

  private Outcome getGroup(ApiCall call) {
    IamGroup group = store.groups().group(IamParams.groupName(call));
    Page<IamUser> page = Page.of(store.groups().members(group.name()), call);
    Xml xml = new Xml();
    IamXml.group(xml, "Group", group);
    xml.open("Users");
    page.items().forEach(user -> IamXml.user(xml, "member", user, null, false));
    xml.close("Users");
    page.tail(xml);
    return Outcome.xml(xml.toString());
  }

  private Outcome listGroups(ApiCall call) {
    return groupList(Page.of(store.groups().all(IamParams.pathPrefix(call)), call));
  }

  private Outcome deleteGroup(ApiCall call) {
    String name = IamParams.groupName(call);
    store.groups().delete(name);
    return Outcome.xml(null).about(new ResourceRef(GROUP, name));
  }

  private Outcome addUserToGroup(ApiCall call) {
    String group = IamParams.groupName(call);
    String user = IamParams.name(call, "UserName", "userName", 128, true);
    store.groups().add(group, user);
    return Outcome.xml(null)
        .about(new ResourceRef(GROUP, group), new ResourceRef(UserOperations.USER, user));
  }

  private Outcome removeUserFromGroup(ApiCall call) {
    String group = IamParams.groupName(call);
    String user = IamParams.name(call, "UserName", "userName", 128, true);
    store.groups().remove(group, user);
    return Outcome.xml(null)
        .about(new ResourceRef(GROUP, group), new ResourceRef(UserOperations.USER, user));
  }

  private Outcome listGroupsForUser(ApiCall call) {
    IamUser user = store.user(IamParams.name(call, "UserName", "userName", 128, true));
    return groupList(Page.of(store.groups().groupsOf(user.name()), call));
  }

  private static Outcome groupList(Page<IamGroup> page) {
    Xml xml = new Xml().open("Groups");
    page.items().forEach(group -> IamXml.group(xml, "member", group));
    xml.close("Groups");
    page.tail(xml);
    return Outcome.xml(xml.toString());
  }
}
