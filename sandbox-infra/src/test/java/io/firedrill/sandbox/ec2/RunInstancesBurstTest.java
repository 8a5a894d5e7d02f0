package io.firedrill.sandbox.ec2;

import static org.assertj.core.api.Assertions.assertThat;

import io.firedrill.sandbox.Sandbox;
import io.firedrill.sandbox.SandboxClients;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Event;
import software.amazon.awssdk.services.cloudtrail.model.LookupAttributeKey;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.InstanceType;
import tools.jackson.databind.json.JsonMapper;

/**
 * A compute hijacker's burst: 1,000 RunInstances calls from eight threads at once, each for one
 * t2.micro (1 vCPU) under a standard-instance quota raised to 1,000 vCPUs, as the sandbox's builder
 * raises it (Service Quotas on AWS). Every call must launch and every call must be in CloudTrail.
 */
class RunInstancesBurstTest {

  private static final int CALLS = 1_000;
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void aBurstOfAThousandLaunchesCompletesAndEveryCallIsRecorded() throws Exception {
    try (Sandbox sandbox =
        Sandbox.builder().port(0).vcpuQuota(InstanceTypes.STANDARD, CALLS).start()) {
      ExecutorService threads = Executors.newFixedThreadPool(8);
      List<Future<List<String>>> launched = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int share = CALLS / 8;
        launched.add(
            threads.submit(
                () -> {
                  List<String> ids = new ArrayList<>();
                  try (Ec2Client ec2 = Ec2Clients.ec2(sandbox, sandbox.adminCredentials())) {
                    for (int i = 0; i < share; i++) {
                      ids.add(
                          ec2.runInstances(
                                  r ->
                                      r.imageId("ami-0abcdef1234567890")
                                          .instanceType(InstanceType.T2_MICRO)
                                          .minCount(1)
                                          .maxCount(1))
                              .instances()
                              .get(0)
                              .instanceId());
                    }
                  }
                  return ids;
                }));
      }
      Set<String> instanceIds = new HashSet<>();
      for (Future<List<String>> thread : launched) {
        instanceIds.addAll(thread.get());
      }
      threads.shutdown();

      Set<String> recorded = new HashSet<>();
      int events = 0;
      try (CloudTrailClient cloudTrail =
          SandboxClients.cloudTrail(sandbox, sandbox.adminCredentials())) {
        for (Event event :
            cloudTrail
                .lookupEventsPaginator(
                    l ->
                        l.maxResults(50)
                            .lookupAttributes(
                                a ->
                                    a.attributeKey(LookupAttributeKey.EVENT_NAME)
                                        .attributeValue("RunInstances")))
                .events()) {
          events++;
          JSON.readTree(event.cloudTrailEvent())
              .at("/responseElements/instancesSet/items")
              .forEach(item -> recorded.add(item.path("instanceId").asString()));
        }
      }
      int running;
      try (Ec2Client ec2 = Ec2Clients.ec2(sandbox, sandbox.adminCredentials())) {
        running =
            (int)
                ec2
                    .describeInstancesPaginator(
                        d -> d.filters(f -> f.name("instance-state-name").values("running")))
                    .reservations()
                    .stream()
                    .mapToLong(r -> r.instances().size())
                    .sum();
      }

      assertThat(instanceIds).hasSize(CALLS);
      assertThat(events).isEqualTo(CALLS);
      assertThat(recorded).isEqualTo(instanceIds);
      assertThat(running).isEqualTo(CALLS);
    }
  }
}
