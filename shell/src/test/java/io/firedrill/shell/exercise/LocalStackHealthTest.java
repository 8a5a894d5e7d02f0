package io.firedrill.shell.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.firedrill.injector.plan.Plan;
import io.firedrill.injector.plan.Planner;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocalStackHealthTest {

  private static Plan plan(String id) {
    ScenarioLibrary.Source source = new ScenarioLibrary(Path.of("..")).scenario(id);
    return Planner.load(source.text(), source.name());
  }

  @Test
  void readsWhichServicesALocalStackServes() throws Exception {
    try (FakeLocalStack localStack = FakeLocalStack.community()) {
      LocalStackHealth health = LocalStackHealth.probe(localStack.endpoint()).orElseThrow();

      assertThat(health.describe()).isEqualTo("LocalStack community 4.0.3");
      assertThat(health.serves("iam")).isTrue();
      assertThat(health.serves("s3")).isTrue();
      assertThat(health.serves("logs")).as("available counts as serving").isTrue();
      assertThat(health.serves("sqs")).as("disabled").isFalse();
      assertThat(health.serves("guardduty")).as("not listed").isFalse();
      assertThat(health.state("sqs")).isEqualTo("disabled");
      assertThat(health.state("guardduty")).isEqualTo("not emulated by this LocalStack");
    }
  }

  @Test
  void somethingElseAtTheEndpointIsNotTakenForLocalStack() throws Exception {
    HttpServer other =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    other.createContext(
        "/",
        exchange -> {
          byte[] body = "{\"status\":\"ok\"}".getBytes();
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    other.start();
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    try {
      URI endpoint = URI.create("http://127.0.0.1:" + other.getAddress().getPort());
      assertThat(LocalStackHealth.probe(endpoint)).isEmpty();
      assertThat(LocalStackHealth.probe(URI.create("http://127.0.0.1:" + closedPort))).isEmpty();
      assertThat(LocalStackHealth.parse("not json")).isEmpty();
    } finally {
      other.stop(0);
    }
  }

  @Test
  void saysWhichStepsAndExpectationsCannotPlayOnCommunityLocalStack() throws Exception {
    LocalStackHealth health;
    try (FakeLocalStack localStack = FakeLocalStack.community()) {
      health = LocalStackHealth.probe(localStack.endpoint()).orElseThrow();
    }

    List<String> gaps = LocalStackGaps.of(plan("leaked-access-key"), health);

    assertThat(gaps)
        .contains(
            "step blind (aws.defense-evasion.cloudtrail-stop) needs cloudtrail (not emulated by"
                + " this LocalStack): its calls will fail there",
            "expectation guardduty-logging-disabled (GuardDuty finding"
                + " Stealth:IAMUser/CloudTrailLoggingDisabled) needs guardduty (not emulated by"
                + " this LocalStack): it cannot be met there")
        .anyMatch(g -> g.startsWith("expectation leaked-key-deactivated needs cloudtrail"))
        .noneMatch(g -> g.contains("step whoami"))
        .noneMatch(g -> g.contains("backdoor (aws.persistence.iam-create-admin-user)"));
  }

  @Test
  void aLocalStackServingEverythingLeavesNoGap() {
    LocalStackHealth full =
        LocalStackHealth.parse(
                "{\"services\":{\"iam\":\"running\",\"sts\":\"available\",\"ec2\":\"available\","
                    + "\"cloudtrail\":\"available\",\"guardduty\":\"running\",\"s3\":\"available\"},"
                    + "\"edition\":\"pro\",\"version\":\"4.0.3\"}")
            .orElseThrow();

    assertThat(LocalStackGaps.of(plan("leaked-access-key"), full)).isEmpty();
  }
}
