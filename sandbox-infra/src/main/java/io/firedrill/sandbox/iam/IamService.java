package io.firedrill.sandbox.iam;

import io.firedrill.sandbox.api.ApiCall;
import io.firedrill.sandbox.api.Operation;
import io.firedrill.sandbox.api.Outcome;
import io.firedrill.sandbox.api.Protocol;
import io.firedrill.sandbox.api.ResourceRef;
import io.firedrill.sandbox.api.ServiceDefinition;
import io.firedrill.sandbox.wire.Xml;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** IAM's query API (version 2010-05-08) over an {@link IamStore}: users and access keys. */
public final class IamService {

  private static final String USER = "AWS::IAM::User";
  private static final String ACCESS_KEY = "AWS::IAM::AccessKey";

  private final IamStore store;

  public IamService(IamStore store) {
    this.store = store;
  }

  /** The service as the gateway routes to it. */
  public ServiceDefinition definition() {
    return ServiceDefinition.of(
        "iam",
        "iam.amazonaws.com",
        Protocol.QUERY,
        "https://iam.amazonaws.com/doc/2010-05-08/",
        "2010-05-08",
        List.of(
            Operation.write("CreateUser", this::createUser),
            Operation.read("GetUser", this::getUser),
            Operation.read("ListUsers", this::listUsers),
            Operation.write("DeleteUser", this::deleteUser),
            Operation.write("CreateAccessKey", this::createAccessKey),
            Operation.read("ListAccessKeys", this::listAccessKeys),
            Operation.write("UpdateAccessKey", this::updateAccessKey),
            Operation.write("DeleteAccessKey", this::deleteAccessKey)));
  }

  private Outcome createUser(ApiCall call) {
    String name = IamParams.userName(call, true);
    String path = IamParams.path(call.param("Path"));
    IamUser user = store.createUser(name, path, IamParams.tags(call));
    Xml xml = new Xml();
    IamXml.user(xml, "User", user, true);
    return Outcome.xml(xml.toString())
        .recording(IamRecords.createUser(user))
        .about(new ResourceRef(USER, user.name()));
  }

  private Outcome getUser(ApiCall call) {
    IamUser user = store.user(IamParams.userNameOrCaller(call));
    Xml xml = new Xml();
    IamXml.user(xml, "User", user, true);
    return Outcome.xml(xml.toString());
  }

  private Outcome listUsers(ApiCall call) {
    String prefix = call.param("PathPrefix") == null ? "/" : call.param("PathPrefix");
    int maxItems = IamParams.maxItems(call);
    List<IamUser> all = store.users(prefix);
    String after = decodeMarker(call.param("Marker"));
    List<IamUser> page = new ArrayList<>();
    boolean truncated = false;
    for (IamUser user : all) {
      if (after != null && user.name().compareToIgnoreCase(after) <= 0) {
        continue;
      }
      if (page.size() == maxItems) {
        truncated = true;
        break;
      }
      page.add(user);
    }
    Xml xml = new Xml().open("Users");
    page.forEach(user -> IamXml.user(xml, "member", user, false));
    xml.close("Users").element("IsTruncated", truncated);
    if (truncated) {
      xml.element("Marker", encodeMarker(page.get(page.size() - 1).name()));
    }
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

  private static String encodeMarker(String lastName) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(lastName.getBytes(StandardCharsets.UTF_8));
  }

  private static String decodeMarker(String marker) {
    if (marker == null) {
      return null;
    }
    try {
      return new String(Base64.getUrlDecoder().decode(marker), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw IamErrors.invalid("marker", marker, "Member must be a marker from a previous call");
    }
  }
}
