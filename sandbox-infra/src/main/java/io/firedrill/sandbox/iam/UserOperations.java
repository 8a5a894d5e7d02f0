package io.firedrill.sandbox.iam;

import io.firedrill.sandbox.api.ApiCall;
import io.firedrill.sandbox.api.AwsException;
import io.firedrill.sandbox.api.Operation;
import io.firedrill.sandbox.api.Outcome;
import io.firedrill.sandbox.api.ResourceRef;
import io.firedrill.sandbox.wire.Xml;
import java.util.List;

/** IAM's user operations: users, their access keys, login profiles and keys' last use. */
final class UserOperations {

  static final String USER = "AWS::IAM::User";
  private static final String ACCESS_KEY = "AWS::IAM::AccessKey";
  private static final String REDACTED = "*** Sensitive Data Redacted ***";
  private static final int MIN_PASSWORD = 8;

  private final IamStore store;
  private final IamResources resources;

  UserOperations(IamStore store, IamResources resources) {
    this.store = store;
    this.resources = resources;
  }

  List<Operation> operations() {
    return List.of(
        Operation.write("CreateUser", this::createUser)
            .on(resources.user())
            .alsoNeeds(IamResources.taggingWith("TagUser")),
        Operation.read("GetUser", this::getUser).on(resources.user()),
        Operation.read("ListUsers", this::listUsers).on(resources.listing("user")),
        Operation.write("DeleteUser", this::deleteUser).on(resources.user()),
        Operation.write("CreateAccessKey", this::createAccessKey).on(resources.user()),
        Operation.read("ListAccessKeys", this::listAccessKeys).on(resources.user()),
        Operation.write("UpdateAccessKey", this::updateAccessKey).on(resources.user()),
        Operation.write("DeleteAccessKey", this::deleteAccessKey).on(resources.user()),
        Operation.read("GetAccessKeyLastUsed", this::getAccessKeyLastUsed).on(resources.keyOwner()),
        Operation.write("CreateLoginProfile", this::createLoginProfile).on(resources.user()),
        Operation.read("GetLoginProfile", this::getLoginProfile).on(resources.user()),
        Operation.write("UpdateLoginProfile", this::updateLoginProfile).on(resources.user()),
        Operation.write("DeleteLoginProfile", this::deleteLoginProfile).on(resources.user()));
  }

  private Outcome createUser(ApiCall call) {
    String name = IamParams.userName(call, true);
    String path = IamParams.path(call.param("Path"));
    List<Tag> tags = IamParams.tags(call);
    String boundary =
        call.param("PermissionsBoundary") == null
            ? null
            : store.policies().attachable(call.param("PermissionsBoundary")).arn();
    IamUser user = store.createUser(name, path, tags);
    if (boundary != null) {
      store.permissions().setBoundary(Permissions.Kind.USER, user.name(), boundary);
    }
    Xml xml = new Xml();
    IamXml.user(xml, "User", user, boundary, true);
    return Outcome.xml(xml.toString())
        .recording(IamRecords.createUser(user, boundary))
        .about(new ResourceRef(USER, user.name()));
  }

  private Outcome getUser(ApiCall call) {
    IamUser user = store.user(IamParams.userNameOrCaller(call));
    Xml xml = new Xml();
    IamXml.user(
        xml, "User", user, store.permissions().boundary(Permissions.Kind.USER, user.name()), true);
    return Outcome.xml(xml.toString());
  }

  private Outcome listUsers(ApiCall call) {
    Page<IamUser> page = Page.of(store.users(IamParams.pathPrefix(call)), call);
    Xml xml = new Xml().open("Users");
    page.items().forEach(user -> IamXml.user(xml, "member", user, null, false));
    xml.close("Users");
    page.tail(xml);
    return Outcome.xml(xml.toString());
  }

  private Outcome deleteUser(ApiCall call) {
    String name = IamParams.userName(call, true);
    store.deleteUser(name);
    return Outcome.xml(null).about(new ResourceRef(USER, name));
  }

  private Outcome createAccessKey(ApiCall call) {
    AccessKey key = store.createKey(IamParams.userNameOrCaller(call));
    Xml xml = new Xml();
    IamXml.accessKey(xml, "AccessKey", key, true);
    return Outcome.xml(xml.toString())
        .recording(IamRecords.createAccessKey(key))
        .about(
            new ResourceRef(ACCESS_KEY, key.accessKeyId()), new ResourceRef(USER, key.userName()));
  }

  private Outcome listAccessKeys(ApiCall call) {
    List<AccessKey> keys = store.keysOf(IamParams.userNameOrCaller(call));
    Xml xml = new Xml().open("AccessKeyMetadata");
    keys.forEach(key -> IamXml.accessKey(xml, "member", key, false));
    xml.close("AccessKeyMetadata").element("IsTruncated", false);
    return Outcome.xml(xml.toString());
  }

  private Outcome updateAccessKey(ApiCall call) {
    String keyId = IamParams.required(call, "AccessKeyId", "accessKeyId");
    boolean active = IamParams.status(call);
    AccessKey key = store.updateKey(IamParams.userNameOrCaller(call), keyId, active);
    return Outcome.xml(null)
        .about(
            new ResourceRef(ACCESS_KEY, key.accessKeyId()), new ResourceRef(USER, key.userName()));
  }

  private Outcome deleteAccessKey(ApiCall call) {
    String keyId = IamParams.required(call, "AccessKeyId", "accessKeyId");
    String userName = store.user(IamParams.userNameOrCaller(call)).name();
    store.deleteKey(userName, keyId);
    return Outcome.xml(null)
        .about(new ResourceRef(ACCESS_KEY, keyId), new ResourceRef(USER, userName));
  }

  // IAM answers for any key of the account; a key it does not know is one the caller may not see.
  private Outcome getAccessKeyLastUsed(ApiCall call) {
    String keyId = IamParams.required(call, "AccessKeyId", "accessKeyId");
    AccessKey key =
        store
            .anyKey(keyId)
            .orElseThrow(
                () ->
                    new AwsException(
                        403,
                        "AccessDenied",
                        "User: "
                            + call.caller().arn()
                            + " is not authorized to perform: iam:GetAccessKeyLastUsed on"
                            + " resource: access key "
                            + keyId));
    KeyUse use = store.lastUse(keyId);
    Xml xml = new Xml().element("UserName", key.userName()).open("AccessKeyLastUsed");
    if (use == null) {
      xml.element("ServiceName", "N/A").element("Region", "N/A");
    } else {
      xml.element("LastUsedDate", use.at())
          .element("ServiceName", use.service())
          .element("Region", use.region());
    }
    xml.close("AccessKeyLastUsed");
    return Outcome.xml(xml.toString());
  }

  private Outcome createLoginProfile(ApiCall call) {
    String userName = IamParams.userNameOrCaller(call);
    checkPassword(call.param("Password"), true);
    boolean reset = IamParams.bool(call, "PasswordResetRequired", false);
    LoginProfile profile = store.createLoginProfile(userName, reset);
    Xml xml = new Xml();
    IamXml.loginProfile(xml, profile);
    return Outcome.xml(xml.toString())
        .recording(IamRecords.createLoginProfile(profile))
        .about(new ResourceRef(USER, profile.userName()));
  }

  private Outcome getLoginProfile(ApiCall call) {
    LoginProfile profile = store.loginProfile(IamParams.userNameOrCaller(call));
    Xml xml = new Xml();
    IamXml.loginProfile(xml, profile);
    return Outcome.xml(xml.toString());
  }

  private Outcome updateLoginProfile(ApiCall call) {
    String userName = IamParams.userName(call, true);
    checkPassword(call.param("Password"), false);
    Boolean reset =
        call.param("PasswordResetRequired") == null
            ? null
            : IamParams.bool(call, "PasswordResetRequired", false);
    store.updateLoginProfile(userName, reset);
    return Outcome.xml(null).about(new ResourceRef(USER, store.user(userName).name()));
  }

  private Outcome deleteLoginProfile(ApiCall call) {
    String userName = IamParams.userNameOrCaller(call);
    store.deleteLoginProfile(userName);
    return Outcome.xml(null).about(new ResourceRef(USER, store.user(userName).name()));
  }

  // The password is checked and forgotten; no error message ever repeats it.
  private static void checkPassword(String password, boolean required) {
    if (password == null) {
      if (required) {
        throw IamErrors.missing("password");
      }
      return;
    }
    if (password.isEmpty() || password.length() > 128) {
      throw IamErrors.invalid(
          "password", REDACTED, "Member must have length less than or equal to 128");
    }
    if (password.length() < MIN_PASSWORD) {
      throw IamErrors.passwordPolicy();
    }
  }
}
