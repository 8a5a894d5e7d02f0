package io.firedrill.sandbox.ec2;

import java.time.Instant;
import java.util.List;

/**
 * One instance. Its lifecycle collapses each transition into its end state at once (a launched
 * instance is running, a stopped one stopped), while the answers to the call that moved it name the
 * transitional state AWS answers with ({@code pending}, {@code stopping}).
 */
final class Ec2Instance {

  final String id;
  final String reservationId;
  final String imageId;
  final String type;
  final int launchIndex;
  final Instant launchTime;
  final String subnetId;
  final String vpcId;
  final String availabilityZone;
  final String privateIp;
  final String keyName;
  final String clientToken;
  final String instanceProfileArn;
  final String rootVolumeId;
  InstanceState state = InstanceState.RUNNING;
  List<String> groupIds;
  boolean disableApiTermination;

  Ec2Instance(
      String reservationId,
      String imageId,
      String type,
      int launchIndex,
      Instant launchTime,
      Ec2Region.Network network,
      String privateIp,
      String keyName,
      String clientToken,
      String instanceProfileArn,
      List<String> groupIds) {
    this(
        Ec2Ids.next("i"),
        reservationId,
        imageId,
        type,
        launchIndex,
        launchTime,
        network,
        privateIp,
        keyName,
        clientToken,
        instanceProfileArn,
        groupIds,
        Ec2Ids.next("vol"));
  }

  /** An instance with the ids it was given, as a restored sandbox has them. */
  Ec2Instance(
      String id,
      String reservationId,
      String imageId,
      String type,
      int launchIndex,
      Instant launchTime,
      Ec2Region.Network network,
      String privateIp,
      String keyName,
      String clientToken,
      String instanceProfileArn,
      List<String> groupIds,
      String rootVolumeId) {
    this.id = id;
    this.reservationId = reservationId;
    this.imageId = imageId;
    this.type = type;
    this.launchIndex = launchIndex;
    this.launchTime = launchTime;
    this.subnetId = network.subnetId();
    this.vpcId = network.vpcId();
    this.availabilityZone = network.availabilityZone();
    this.privateIp = privateIp;
    this.keyName = keyName;
    this.clientToken = clientToken;
    this.instanceProfileArn = instanceProfileArn;
    this.groupIds = List.copyOf(groupIds);
    this.rootVolumeId = rootVolumeId;
  }

  int vcpus() {
    return InstanceTypes.vcpus(type).orElse(0);
  }

  String privateDnsName(String region) {
    String host = "ip-" + privateIp.replace('.', '-');
    return region.equals("us-east-1")
        ? host + ".ec2.internal"
        : host + "." + region + ".compute.internal";
  }
}
