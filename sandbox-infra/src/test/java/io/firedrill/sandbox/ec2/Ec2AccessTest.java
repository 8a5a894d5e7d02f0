package io.firedrill.sandbox.ec2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.firedrill.sandbox.AwsCli;
import io.firedrill.sandbox.Sandbox;
import io.firedrill.sandbox.SandboxClients;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.services.ec2.Ec2Client;
import tools.jackson.databind.JsonNode;

/** Authentication and IAM policies on the EC2 wire: AuthFailure and UnauthorizedOperation. */
class Ec2AccessTest {

  @Test
  void aUserWithoutEc2PermissionsIsNotAuthorized() {
    try (Sandbox sandbox = Sandbox.builder().port(0).start()) {
      AwsBasicCredentials nobody = SandboxClients.newUser(sandbox, "nobody");
      try (Ec2Client ec2 = Ec2Clients.ec2(sandbox, nobody)) {
        Throwable denied =
            catchThrowable(
                () ->
                    ec2.runInstances(
                        r ->
                            r.imageId("ami-12345678")
                                .instanceType("p2.xlarge")
                                .minCount(1)
                                .maxCount(10)));
        assertThat(Ec2Clients.code(denied)).isEqualTo("UnauthorizedOperation");
        assertThat(Ec2Clients.status(denied)).isEqualTo(403);
        assertThat(denied)
            .hasMessageContaining(
                "You are not authorized to perform this operation. User:"
                    + " arn:aws:iam::000000000000:user/nobody is not authorized to perform:"
                    + " ec2:RunInstances on resource:"
                    + " arn:aws:ec2:us-east-1:000000000000:instance/* because no identity-based"
                    + " policy allows the ec2:RunInstances action");

        Throwable describe = catchThrowable(ec2::describeInstances);
        assertThat(Ec2Clients.code(describe)).isEqualTo("UnauthorizedOperation");
      }
      JsonNode record = Ec2Clients.records(sandbox, "RunInstances").get(0);
      assertThat(record.get("errorCode").asString()).isEqualTo("Client.UnauthorizedOperation");
      assertThat(record.at("/userIdentity/userName").asString()).isEqualTo("nobody");
      assertThat(record.at("/requestParameters/instanceType").asString()).isEqualTo("p2.xlarge");
      assertThat(record.at("/requestParameters/instancesSet/items/0/maxCount").asInt())
          .isEqualTo(10);
    }
  }

  @Test
  void anUnknownKeyIsAnAuthFailure() {
    try (Sandbox sandbox = Sandbox.builder().port(0).start();
        Ec2Client ec2 =
            Ec2Clients.ec2(
                sandbox,
                AwsBasicCredentials.create(
                    "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"))) {
      // The URL-connection client cannot read the body of a 401 answer to a POST (the JDK keeps
      // it for its own authentication handling), so the SDK sees the status only; the CLI reads
      // the code and message.
      Throwable failure = catchThrowable(ec2::describeInstances);
      assertThat(Ec2Clients.status(failure)).isEqualTo(401);
      Assumptions.assumeTrue(AwsCli.available(), "the aws command is not installed");
      AwsCli.Result cli =
          AwsCli.run(
              sandbox,
              AwsBasicCredentials.create(
                  "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
              "ec2",
              "describe-instances");
      assertThat(cli.output())
          .contains(
              "An error occurred (AuthFailure) when calling the DescribeInstances operation: AWS"
                  + " was not able to validate the provided access credentials");
    }
  }

  @Test
  void policiesMatchEc2ResourceArns() {
    try (Sandbox sandbox = Sandbox.builder().port(0).start()) {
      String id;
      try (Ec2Client admin = Ec2Clients.ec2(sandbox, sandbox.adminCredentials())) {
        id =
            admin
                .runInstances(
                    r -> r.imageId("ami-12345678").instanceType("t2.micro").minCount(1).maxCount(1))
                .instances()
                .get(0)
                .instanceId();
      }
      AwsBasicCredentials reader =
          SandboxClients.newUser(sandbox, "reader", "arn:aws:iam::aws:policy/ReadOnlyAccess");
      try (Ec2Client ec2 = Ec2Clients.ec2(sandbox, reader)) {
        assertThat(ec2.describeInstances().reservations()).hasSize(1);
        Throwable stop = catchThrowable(() -> ec2.stopInstances(s -> s.instanceIds(id)));
        assertThat(Ec2Clients.code(stop)).isEqualTo("UnauthorizedOperation");
        assertThat(stop)
            .hasMessageContaining("on resource: arn:aws:ec2:us-east-1:000000000000:instance/" + id);
      }
    }
  }
}
