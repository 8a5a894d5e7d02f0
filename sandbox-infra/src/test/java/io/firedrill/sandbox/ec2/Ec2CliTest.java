package io.firedrill.sandbox.ec2;

import static org.assertj.core.api.Assertions.assertThat;

import io.firedrill.sandbox.AwsCli;
import io.firedrill.sandbox.Sandbox;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The real AWS CLI (botocore's ec2 protocol parser) against the sandbox's EC2. */
class Ec2CliTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void runInstancesThenDescribeInstances() {
    Assumptions.assumeTrue(AwsCli.available(), "the aws command is not installed");
    try (Sandbox sandbox = Sandbox.builder().port(0).start()) {
      AwsCli.Result run =
          AwsCli.run(
              sandbox,
              sandbox.adminCredentials(),
              "ec2",
              "run-instances",
              "--image-id",
              "ami-12345678",
              "--instance-type",
              "t3.micro",
              "--count",
              "1",
              "--tag-specifications",
              "ResourceType=instance,Tags=[{Key=Name,Value=cli}]");
      assertThat(run.exitCode()).as(run.output()).isZero();
      String id = JSON.readTree(run.output()).at("/Instances/0/InstanceId").asString();
      assertThat(id).matches("i-[0-9a-f]{17}");

      AwsCli.Result describe =
          AwsCli.run(
              sandbox,
              sandbox.adminCredentials(),
              "ec2",
              "describe-instances",
              "--filters",
              "Name=tag:Name,Values=cli");
      assertThat(describe.exitCode()).as(describe.output()).isZero();
      JsonNode instance = JSON.readTree(describe.output()).at("/Reservations/0/Instances/0");
      assertThat(instance.get("InstanceId").asString()).isEqualTo(id);
      assertThat(instance.at("/State/Name").asString()).isEqualTo("running");

      AwsCli.Result missing =
          AwsCli.run(
              sandbox,
              sandbox.adminCredentials(),
              "ec2",
              "terminate-instances",
              "--instance-ids",
              "i-0123456789abcdef0");
      assertThat(missing.exitCode()).isNotZero();
      assertThat(missing.output()).contains("InvalidInstanceID.NotFound");
    }
  }
}
