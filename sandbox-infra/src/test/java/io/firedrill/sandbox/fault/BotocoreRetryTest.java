package io.firedrill.sandbox.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.firedrill.sandbox.AwsCli;
import io.firedrill.sandbox.Sandbox;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The AWS CLI (botocore, its own {@code _retry.json}) retries each protocol's throttling answer as
 * throttling, and gives up saying so.
 */
class BotocoreRetryTest {

  private static Sandbox sandbox;

  @BeforeAll
  static void start() {
    assumeTrue(AwsCli.available(), "the AWS CLI is not installed");
    sandbox =
        Sandbox.builder()
            .port(0)
            .fault(FaultSpec.throttle("iam", "ListUsers", 1.0, 0))
            .fault(FaultSpec.throttle("ec2", "DescribeInstances", 1.0, 0))
            .fault(FaultSpec.throttle("cloudtrail", "DescribeTrails", 1.0, 0))
            .start();
  }

  @AfterAll
  static void stop() {
    if (sandbox != null) {
      sandbox.close();
    }
  }

  @Test
  void queryThrottlingIsRetried() {
    assertThat(aws("iam", "list-users"))
        .contains("(Throttling)")
        .contains("reached max retries: 1");
  }

  @Test
  void ec2RequestLimitExceededIsRetried() {
    assertThat(aws("ec2", "describe-instances"))
        .contains("(RequestLimitExceeded)")
        .contains("reached max retries: 1");
  }

  @Test
  void awsJsonThrottlingExceptionIsRetried() {
    assertThat(aws("cloudtrail", "describe-trails"))
        .contains("(ThrottlingException)")
        .contains("reached max retries: 1");
  }

  // Two attempts in botocore's standard mode: one retry, whose backoff is at most a second.
  private static String aws(String... arguments) {
    List<String> command = new ArrayList<>(List.of("aws"));
    command.addAll(List.of(arguments));
    command.addAll(
        List.of("--endpoint-url", sandbox.endpoint().toString(), "--region", sandbox.region()));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    Map<String, String> environment = builder.environment();
    environment.keySet().removeIf(name -> name.startsWith("AWS_"));
    environment.put("AWS_CONFIG_FILE", "/nonexistent/firedrill-config");
    environment.put("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/firedrill-credentials");
    environment.put("AWS_EC2_METADATA_DISABLED", "true");
    environment.put("AWS_PAGER", "");
    environment.put("AWS_RETRY_MODE", "standard");
    environment.put("AWS_MAX_ATTEMPTS", "2");
    environment.put("AWS_ACCESS_KEY_ID", sandbox.adminCredentials().accessKeyId());
    environment.put("AWS_SECRET_ACCESS_KEY", sandbox.adminCredentials().secretAccessKey());
    try {
      Process process = builder.start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      process.waitFor(60, TimeUnit.SECONDS);
      return output;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
