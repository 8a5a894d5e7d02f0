package io.firedrill.sandbox.guardduty;

import io.firedrill.sandbox.wire.Json;
import tools.jackson.databind.node.ObjectNode;

/** A finding's {@code resource} and remote-address parts, in GuardDuty's JSON shape. */
final class FindingResource {

  private FindingResource() {}

  static ObjectNode of(Finding.Actor actor, InstanceRef instance) {
    ObjectNode resource = Json.object();
    resource.put("resourceType", "AccessKey");
    resource
        .putObject("accessKeyDetails")
        .put("accessKeyId", actor.accessKeyId())
        .put("principalId", actor.principalId())
        .put("userName", actor.userName())
        .put("userType", actor.userType());
    if (instance != null) {
      // The instance the credentials were delivered to, as far as the sandbox models instances.
      ObjectNode details = resource.putObject("instanceDetails");
      details.put("instanceId", instance.instanceId());
      details.putObject("iamInstanceProfile").put("arn", instance.instanceProfileArn());
    }
    return resource;
  }

  // The sandbox has no geolocation database: the address is real, where it is is not known.
  static ObjectNode remoteIp(String ip) {
    ObjectNode remote = Json.object();
    remote.put("ipAddressV4", ip);
    remote.putObject("city").put("cityName", "Unknown");
    remote.putObject("country").put("countryName", "Unknown");
    remote.putObject("geoLocation").put("lat", 0.0).put("lon", 0.0);
    remote
        .putObject("organization")
        .put("asn", "-1")
        .put("asnOrg", "Unknown")
        .put("isp", "Unknown")
        .put("org", "Unknown");
    return remote;
  }
}
