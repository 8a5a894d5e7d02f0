package io.firedrill.sandbox.ec2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.firedrill.sandbox.Sandbox;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.FlowLogsResourceType;
import software.amazon.awssdk.services.ec2.model.TrafficType;
import tools.jackson.databind.JsonNode;

class FlowLogAndKeyPairTest {

  @Test
  void flowLogsOfTheDefaultVpcAreCreatedListedAndDeleted() {
    try (Sandbox sandbox = Sandbox.builder().port(0).start();
        Ec2Client ec2 = Ec2Clients.ec2(sandbox, sandbox.adminCredentials())) {
      String vpc = ec2.describeSecurityGroups().securityGroups().get(0).vpcId();
      var created =
          ec2.createFlowLogs(
              c ->
                  c.resourceIds(vpc)
                      .resourceType(FlowLogsResourceType.VPC)
                      .trafficType(TrafficType.REJECT)
                      .logGroupName("/vpc/flow")
                      .deliverLogsPermissionArn("arn:aws:iam::000000000000:role/flow"));
      String id = created.flowLogIds().get(0);
      assertThat(id).startsWith("fl-");
      assertThat(created.unsuccessful()).isEmpty();
      assertThat(ec2.describeFlowLogs(d -> d.flowLogIds(id)).flowLogs())
          .singleElement()
          .satisfies(
              log -> {
                assertThat(log.resourceId()).isEqualTo(vpc);
                assertThat(log.trafficType()).isEqualTo(TrafficType.REJECT);
                assertThat(log.flowLogStatus()).isEqualTo("ACTIVE");
              });

      assertThat(ec2.deleteFlowLogs(d -> d.flowLogIds(id)).unsuccessful()).isEmpty();
      assertThat(ec2.describeFlowLogs().flowLogs()).isEmpty();
      assertThat(ec2.deleteFlowLogs(d -> d.flowLogIds(id)).unsuccessful())
          .singleElement()
          .satisfies(u -> assertThat(u.error().code()).isEqualTo("InvalidFlowLogId.NotFound"));

      JsonNode record = Ec2Clients.records(sandbox, "DeleteFlowLogs").get(1);
      assertThat(record.at("/requestParameters/DeleteFlowLogsRequest/FlowLogId/content").asString())
          .isEqualTo(id);
      assertThat(record.at("/requestParameters/DeleteFlowLogsRequest/FlowLogId/tag").asInt())
          .isEqualTo(1);
      assertThat(record.at("/responseElements/DeleteFlowLogsResponse/unsuccessful").asString())
          .isEmpty();
      assertThat(record.at("/responseElements/DeleteFlowLogsResponse/xmlns").asString())
          .isEqualTo("http://ec2.amazonaws.com/doc/2016-11-15/");
    }
  }

  @Test
  void keyPairsAreCreatedUsedAndDeleted() {
    try (Sandbox sandbox = Sandbox.builder().port(0).start();
        Ec2Client ec2 = Ec2Clients.ec2(sandbox, sandbox.adminCredentials())) {
      var created = ec2.createKeyPair(c -> c.keyName("ops"));
      assertThat(created.keyMaterial()).startsWith("-----BEGIN RSA PRIVATE KEY-----");
      assertThat(created.keyFingerprint()).matches("([0-9a-f]{2}:){19}[0-9a-f]{2}");
      assertThat(ec2.describeKeyPairs().keyPairs())
          .singleElement()
          .satisfies(k -> assertThat(k.keyFingerprint()).isEqualTo(created.keyFingerprint()));
      Throwable duplicate = catchThrowable(() -> ec2.createKeyPair(c -> c.keyName("ops")));
      assertThat(Ec2Clients.code(duplicate)).isEqualTo("InvalidKeyPair.Duplicate");

      var launched =
          ec2.runInstances(
              r ->
                  r.imageId("ami-12345678")
                      .instanceType("t3.micro")
                      .keyName("ops")
                      .minCount(1)
                      .maxCount(1));
      assertThat(launched.instances().get(0).keyName()).isEqualTo("ops");
      Throwable unknown =
          catchThrowable(
              () ->
                  ec2.runInstances(
                      r ->
                          r.imageId("ami-12345678")
                              .instanceType("t3.micro")
                              .keyName("nope")
                              .minCount(1)
                              .maxCount(1)));
      assertThat(Ec2Clients.code(unknown)).isEqualTo("InvalidKeyPair.NotFound");

      JsonNode record = Ec2Clients.records(sandbox, "CreateKeyPair").get(1);
      assertThat(record.at("/responseElements/keyMaterial").asString())
          .isEqualTo("<sensitiveDataRemoved>");
      assertThat(record.at("/responseElements/keyName").asString()).isEqualTo("ops");

      ec2.deleteKeyPair(d -> d.keyName("ops"));
      assertThat(ec2.describeKeyPairs().keyPairs()).isEmpty();
    }
  }

  @Test
  void modifyInstanceAttributeGuardsTerminationAndChangesGroups() {
    try (Sandbox sandbox = Sandbox.builder().port(0).start();
        Ec2Client ec2 = Ec2Clients.ec2(sandbox, sandbox.adminCredentials())) {
      String id =
          ec2.runInstances(
                  r -> r.imageId("ami-12345678").instanceType("t3.micro").minCount(1).maxCount(1))
              .instances()
              .get(0)
              .instanceId();
      String quarantine =
          ec2.createSecurityGroup(c -> c.groupName("quarantine").description("no traffic"))
              .groupId();
      ec2.modifyInstanceAttribute(m -> m.instanceId(id).groups(quarantine));
      ec2.modifyInstanceAttribute(m -> m.instanceId(id).disableApiTermination(v -> v.value(true)));
      assertThat(
              ec2.describeInstances(d -> d.instanceIds(id))
                  .reservations()
                  .get(0)
                  .instances()
                  .get(0)
                  .securityGroups()
                  .get(0)
                  .groupId())
          .isEqualTo(quarantine);
      Throwable guarded = catchThrowable(() -> ec2.terminateInstances(t -> t.instanceIds(id)));
      assertThat(Ec2Clients.code(guarded)).isEqualTo("OperationNotPermitted");

      JsonNode record = Ec2Clients.records(sandbox, "ModifyInstanceAttribute").get(0);
      assertThat(record.at("/requestParameters/instanceId").asString()).isEqualTo(id);
      assertThat(record.at("/requestParameters/disableApiTermination/value").asBoolean()).isTrue();
    }
  }
}
