package io.firedrill.sandbox.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.firedrill.sandbox.Sandbox;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The control API as the README tells a game master to call it: curl, with its own signer. */
class CurlControlTest {

  @Test
  void curlsSigV4SetsAndListsAFault() throws Exception {
    assumeTrue(run(List.of("curl", "--version")).startsWith("curl"), "curl is not installed");
    try (Sandbox sandbox = Sandbox.builder().port(0).start()) {
      String set =
          curl(
              sandbox,
              "-H",
              "Content-Type: application/json",
              "-d",
              "{\"kind\":\"throttle\",\"service\":\"ec2\",\"operation\":\"Describe*\","
                  + "\"rate\":0.5,\"for\":\"5m\"}",
              sandbox.endpoint() + "/_firedrill/faults");
      assertThat(set).contains("\"id\":\"fault-1\"").contains("\"until\":\"");
      String listed = curl(sandbox, sandbox.endpoint() + "/_firedrill/faults");
      assertThat(listed).contains("\"operation\":\"Describe*\"");
    }
  }

  private static String curl(Sandbox sandbox, String... arguments) throws Exception {
    List<String> command = new ArrayList<>(List.of("curl", "-s", "--aws-sigv4"));
    command.add("aws:amz:" + sandbox.region() + ":firedrill");
    command.add("--user");
    command.add(
        sandbox.adminCredentials().accessKeyId()
            + ":"
            + sandbox.adminCredentials().secretAccessKey());
    command.addAll(List.of(arguments));
    return run(command);
  }

  private static String run(List<String> command) throws InterruptedException {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      process.waitFor(60, TimeUnit.SECONDS);
      return output;
    } catch (IOException e) {
      return "";
    }
  }
}
