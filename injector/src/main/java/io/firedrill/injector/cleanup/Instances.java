package io.firedrill.injector.cleanup;

import io.firedrill.injector.aws.AwsSession;
import io.firedrill.injector.technique.Tags;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.Reservation;

/**
 * Undoes what an inject did in EC2: instances it launched (found by their tags), ingress it opened.
 */
final class Instances {

  private Instances() {}

  static void terminateTagged(AwsSession control, String region, Map<String, String> details) {
    Ec2Client ec2 = control.ec2(region);
    List<String> ids =
        ec2
            .describeInstances(
                r ->
                    r.filters(
                        Filter.builder()
                            .name("tag:" + Tags.EXERCISE)
                            .values(control.exerciseId())
                            .build(),
                        Filter.builder()
                            .name("tag:" + Tags.TECHNIQUE)
                            .values(details.get("technique"))
                            .build()))
            .reservations()
            .stream()
            .map(Reservation::instances)
            .flatMap(List::stream)
            .filter(i -> !"terminated".equals(i.state().nameAsString()))
            .map(Instance::instanceId)
            .toList();
    if (!ids.isEmpty()) {
      ec2.terminateInstances(r -> r.instanceIds(ids));
    }
  }

  static void revokeIngress(AwsSession control, String groupId, Map<String, String> details) {
    control
        .ec2(details.get("region"))
        .revokeSecurityGroupIngress(
            r ->
                r.groupId(groupId)
                    .ipPermissions(
                        p ->
                            p.ipProtocol("tcp")
                                .fromPort(Integer.parseInt(details.get("port")))
                                .toPort(Integer.parseInt(details.get("port")))
                                .ipRanges(range -> range.cidrIp(details.get("cidr")))));
  }
}
