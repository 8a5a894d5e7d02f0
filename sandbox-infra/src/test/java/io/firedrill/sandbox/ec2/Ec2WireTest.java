package io.firedrill.sandbox.ec2;

import static org.assertj.core.api.Assertions.assertThat;

import io.firedrill.sandbox.RawRequests;
import io.firedrill.sandbox.Sandbox;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The ec2 protocol's documents byte for byte where clients depend on them. */
class Ec2WireTest {

  @Test
  void successesAndErrorsHaveEc2sShapes() {
    try (Sandbox sandbox = Sandbox.builder().port(0).start()) {
      HttpResponse<String> regions =
          RawRequests.query(
              sandbox,
              "Action=DescribeRegions&Version=2016-11-15&RegionName.1=eu-west-1",
              sandbox.adminCredentials(),
              "ec2");
      assertThat(regions.statusCode()).isEqualTo(200);
      String requestId = regions.headers().firstValue("x-amzn-RequestId").orElseThrow();
      assertThat(regions.body())
          .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
          .contains(
              "<DescribeRegionsResponse xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\">"
                  + "<requestId>"
                  + requestId
                  + "</requestId><regionInfo><item><regionName>eu-west-1</regionName>"
                  + "<regionEndpoint>ec2.eu-west-1.amazonaws.com</regionEndpoint>"
                  + "<optInStatus>opt-in-not-required</optInStatus></item></regionInfo>"
                  + "</DescribeRegionsResponse>");

      HttpResponse<String> missing =
          RawRequests.query(
              sandbox,
              "Action=TerminateInstances&Version=2016-11-15&InstanceId.1=i-0123456789abcdef0",
              sandbox.adminCredentials(),
              "ec2");
      assertThat(missing.statusCode()).isEqualTo(400);
      String errorId = missing.headers().firstValue("x-amzn-RequestId").orElseThrow();
      assertThat(missing.body())
          .contains(
              "<Response><Errors><Error><Code>InvalidInstanceID.NotFound</Code>"
                  + "<Message>The instance ID 'i-0123456789abcdef0' does not exist</Message>"
                  + "</Error></Errors><RequestID>"
                  + errorId
                  + "</RequestID></Response>");

      HttpResponse<String> unknown =
          RawRequests.query(
              sandbox,
              "Action=LaunchMissiles&Version=2016-11-15",
              sandbox.adminCredentials(),
              "ec2");
      assertThat(unknown.statusCode()).isEqualTo(400);
      assertThat(unknown.body())
          .contains(
              "<Code>InvalidAction</Code><Message>The action LaunchMissiles is not valid for this"
                  + " web service.</Message>");
    }
  }
}
