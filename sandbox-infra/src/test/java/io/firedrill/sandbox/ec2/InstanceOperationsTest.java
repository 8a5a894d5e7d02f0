package io.firedrill.sandbox.ec2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.firedrill.sandbox.Sandbox;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.InstanceStateName;
import software.amazon.awssdk.services.ec2.model.InstanceType;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.RunInstancesResponse;
import tools.jackson.databind.JsonNode;

class InstanceOperationsTest {

  private static Sandbox sandbox;
  private static Ec2Client ec2;

  @BeforeAll
  static void start() {
    sandbox = Sandbox.builder().port(0).vcpuQuota("L-417A185B", 8).start();
    ec2 = Ec2Clients.ec2(sandbox, sandbox.adminCredentials());
  }

  @AfterAll
  static void stop() {
    ec2.close();
    sandbox.close();
  }

  private static RunInstancesResponse run(String type, int count, String tagValue) {
    return ec2.runInstances(
        r ->
            r.imageId("ami-0abcdef1234567890")
                .instanceType(type)
                .minCount(count)
                .maxCount(count)
                .iamInstanceProfile(p -> p.name("web-profile"))
                .tagSpecifications(
                    t ->
                        t.resourceType(ResourceType.INSTANCE)
                            .tags(tag -> tag.key("team").value(tagValue))));
  }

  @Test
  void runInstancesLaunchesRunningInstancesThatDescribeFinds() {
    RunInstancesResponse launched = run("t3.micro", 2, "red");

    assertThat(launched.instances()).hasSize(2);
    Instance first = launched.instances().get(0);
    assertThat(first.instanceId()).matches("i-[0-9a-f]{17}");
    assertThat(first.state().name()).isEqualTo(InstanceStateName.PENDING);
    assertThat(first.instanceType()).isEqualTo(InstanceType.T3_MICRO);
    assertThat(first.iamInstanceProfile().arn())
        .isEqualTo("arn:aws:iam::000000000000:instance-profile/web-profile");
    assertThat(first.securityGroups()).hasSize(1);
    assertThat(first.securityGroups().get(0).groupName()).isEqualTo("default");
    assertThat(launched.reservationId()).startsWith("r-");
    assertThat(launched.ownerId()).isEqualTo(sandbox.accountId());

    List<Instance> described =
        ec2.describeInstances(d -> d.instanceIds(first.instanceId())).reservations().stream()
            .flatMap(r -> r.instances().stream())
            .toList();
    assertThat(described)
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.state().name()).isEqualTo(InstanceStateName.RUNNING);
              assertThat(i.tags())
                  .singleElement()
                  .satisfies(t -> assertThat(t.value()).isEqualTo("red"));
              assertThat(i.launchTime()).isNotNull();
              assertThat(i.blockDeviceMappings().get(0).ebs().volumeId()).startsWith("vol-");
            });
  }

  @Test
  void describeInstancesFilters() {
    String blue = run("t2.small", 1, "blue").instances().get(0).instanceId();

    assertThat(ids(ec2.describeInstances(d -> d.filters(f -> f.name("tag:team").values("blue")))))
        .containsExactly(blue);
    assertThat(ids(ec2.describeInstances(d -> d.filters(f -> f.name("tag-key").values("te*")))))
        .contains(blue);
    assertThat(
            ids(
                ec2.describeInstances(
                    d ->
                        d.filters(
                            f -> f.name("instance-type").values("t2.small"),
                            f -> f.name("instance-state-name").values("running")))))
        .containsExactly(blue);
    assertThat(ids(ec2.describeInstances(d -> d.filters(f -> f.name("instance-id").values(blue)))))
        .containsExactly(blue);
    Throwable badFilter =
        catchThrowable(
            () -> ec2.describeInstances(d -> d.filters(f -> f.name("nope").values("x"))));
    assertThat(Ec2Clients.code(badFilter)).isEqualTo("InvalidParameterValue");
  }

  @Test
  void stopStartAndTerminateMoveTheState() {
    String id = run("t3.small", 1, "lifecycle").instances().get(0).instanceId();

    var stopped = ec2.stopInstances(s -> s.instanceIds(id)).stoppingInstances().get(0);
    assertThat(stopped.currentState().name()).isEqualTo(InstanceStateName.STOPPING);
    assertThat(stopped.previousState().name()).isEqualTo(InstanceStateName.RUNNING);
    assertThat(state(id)).isEqualTo(InstanceStateName.STOPPED);

    var started = ec2.startInstances(s -> s.instanceIds(id)).startingInstances().get(0);
    assertThat(started.currentState().name()).isEqualTo(InstanceStateName.PENDING);
    assertThat(state(id)).isEqualTo(InstanceStateName.RUNNING);

    var terminated = ec2.terminateInstances(t -> t.instanceIds(id)).terminatingInstances().get(0);
    assertThat(terminated.currentState().name()).isEqualTo(InstanceStateName.SHUTTING_DOWN);
    assertThat(terminated.previousState().code()).isEqualTo(16);
    assertThat(state(id)).isEqualTo(InstanceStateName.TERMINATED);

    JsonNode record = Ec2Clients.records(sandbox, "TerminateInstances").get(0);
    assertThat(record.at("/requestParameters/instancesSet/items/0/instanceId").asString())
        .isEqualTo(id);
    assertThat(record.at("/responseElements/instancesSet/items/0/currentState/name").asString())
        .isEqualTo("shutting-down");
  }

  @Test
  void unknownAndMalformedInstanceIdsAreErrors() {
    Throwable missing =
        catchThrowable(() -> ec2.terminateInstances(t -> t.instanceIds("i-0123456789abcdef0")));
    assertThat(Ec2Clients.code(missing)).isEqualTo("InvalidInstanceID.NotFound");
    assertThat(missing)
        .hasMessageContaining("The instance ID 'i-0123456789abcdef0' does not exist");
    assertThat(Ec2Clients.status(missing)).isEqualTo(400);

    Throwable malformed = catchThrowable(() -> ec2.describeInstances(d -> d.instanceIds("web-1")));
    assertThat(Ec2Clients.code(malformed)).isEqualTo("InvalidInstanceID.Malformed");

    JsonNode record =
        Ec2Clients.records(sandbox, "TerminateInstances").stream()
            .filter(r -> r.has("errorCode"))
            .findFirst()
            .orElseThrow();
    assertThat(record.get("errorCode").asString()).isEqualTo("Client.InvalidInstanceID.NotFound");
  }

  @Test
  void theVcpuQuotaOfEachBucketLimitsLaunches() {
    // The P quota is 8 here: one p3.2xlarge fits, a second does not.
    run("p3.2xlarge", 1, "gpu");
    Throwable second = catchThrowable(() -> run("p3.2xlarge", 1, "gpu"));
    assertThat(Ec2Clients.code(second)).isEqualTo("VcpuLimitExceeded");
    assertThat(second)
        .hasMessageContaining(
            "You have requested more vCPU capacity than your current vCPU limit of 8 allows");
    Throwable accelerated = catchThrowable(() -> run("g4dn.xlarge", 1, "gpu"));
    assertThat(Ec2Clients.code(accelerated)).isEqualTo("VcpuLimitExceeded");
    assertThat(accelerated).hasMessageContaining("vCPU limit of 0 allows");

    JsonNode record =
        Ec2Clients.records(sandbox, "RunInstances").stream()
            .filter(r -> r.has("errorCode"))
            .findFirst()
            .orElseThrow();
    assertThat(record.get("errorCode").asString()).isEqualTo("Client.VcpuLimitExceeded");
    assertThat(record.at("/requestParameters/instanceType").asString()).isEqualTo("g4dn.xlarge");
    assertThat(record.at("/requestParameters/instancesSet/items/0/minCount").asInt()).isEqualTo(1);
    assertThat(record.get("responseElements").isNull()).isTrue();
  }

  @Test
  void launchesAsManyAsTheQuotaAllowsBetweenMinAndMax() {
    try (Sandbox small = Sandbox.builder().port(0).vcpuQuota("L-1216C47A", 4).start();
        Ec2Client client = Ec2Clients.ec2(small, small.adminCredentials())) {
      RunInstancesResponse launched =
          client.runInstances(
              r -> r.imageId("ami-12345678").instanceType("t3.micro").minCount(1).maxCount(5));
      assertThat(launched.instances()).hasSize(2);
    }
  }

  @Test
  void eachRegionHasItsOwnInstances() {
    try (Ec2Client west = Ec2Clients.ec2(sandbox, sandbox.adminCredentials(), "eu-west-1")) {
      String id =
          west.runInstances(
                  r -> r.imageId("ami-12345678").instanceType("t2.micro").minCount(1).maxCount(1))
              .instances()
              .get(0)
              .instanceId();
      assertThat(ids(west.describeInstances())).containsExactly(id);
      assertThat(ids(ec2.describeInstances())).doesNotContain(id);
      assertThat(
              west.describeInstances(d -> d.instanceIds(id))
                  .reservations()
                  .get(0)
                  .instances()
                  .get(0)
                  .placement()
                  .availabilityZone())
          .isEqualTo("eu-west-1a");
    }
  }

  @Test
  void runInstancesIsRecordedAsAwsRecordsIt() {
    String id = run("t3.nano", 1, "recorded").instances().get(0).instanceId();

    JsonNode record =
        Ec2Clients.records(sandbox, "RunInstances").stream()
            .filter(r -> !r.has("errorCode"))
            .filter(
                r ->
                    r.at("/responseElements/instancesSet/items/0/instanceId").asString().equals(id))
            .findFirst()
            .orElseThrow();
    assertThat(record.get("eventSource").asString()).isEqualTo("ec2.amazonaws.com");
    assertThat(record.get("readOnly").asBoolean()).isFalse();
    JsonNode request = record.get("requestParameters");
    assertThat(request.at("/instancesSet/items/0/imageId").asString())
        .isEqualTo("ami-0abcdef1234567890");
    assertThat(request.at("/instancesSet/items/0/maxCount").asInt()).isEqualTo(1);
    assertThat(request.at("/iamInstanceProfile/name").asString()).isEqualTo("web-profile");
    assertThat(request.at("/tagSpecificationSet/items/0/tags/0/value").asString())
        .isEqualTo("recorded");
    JsonNode response = record.get("responseElements");
    assertThat(response.get("requestId").asString()).isEqualTo(record.get("requestID").asString());
    assertThat(response.at("/instancesSet/items/0/instanceState/name").asString())
        .isEqualTo("pending");
    assertThat(response.at("/instancesSet/items/0/launchTime").isNumber()).isTrue();
    assertThat(response.at("/instancesSet/items/0/tagSet/items/0/key").asString())
        .isEqualTo("team");
  }

  private static InstanceStateName state(String id) {
    return ec2.describeInstances(d -> d.instanceIds(id))
        .reservations()
        .get(0)
        .instances()
        .get(0)
        .state()
        .name();
  }

  private static List<String> ids(
      software.amazon.awssdk.services.ec2.model.DescribeInstancesResponse response) {
    return response.reservations().stream()
        .flatMap(r -> r.instances().stream())
        .map(Instance::instanceId)
        .toList();
  }
}
