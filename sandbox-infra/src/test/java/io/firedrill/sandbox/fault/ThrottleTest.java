package io.firedrill.sandbox.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.firedrill.sandbox.Sandbox;
import io.firedrill.sandbox.SandboxClients;
import io.firedrill.sandbox.Sandboxes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.LookupAttribute;
import software.amazon.awssdk.services.cloudtrail.model.LookupAttributeKey;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.guardduty.GuardDutyClient;
import software.amazon.awssdk.services.iam.IamClient;

/** Throttles, seen through SDK v2 clients: each protocol's error, and the SDK's retries. */
class ThrottleTest {

  private final FaultClients.Attempts attempts = new FaultClients.Attempts();

  @Test
  void aThrottledCallIsRetriedByTheSdkAndFailsWithThrottlingExceptionWithoutRetries() {
    try (Sandbox sandbox =
        Sandbox.builder()
            .port(0)
            .fault(FaultSpec.throttle("cloudtrail", "LookupEvents", 1.0, 0))
            .start()) {
      CloudTrailClient retrying = cloudTrail(sandbox, FaultClients.standardWithoutBackoff());
      AwsServiceException retried =
          catchThrowableOfType(AwsServiceException.class, retrying::lookupEvents);
      assertThat(retried.awsErrorDetails().errorCode()).isEqualTo("ThrottlingException");
      assertThat(retried.isThrottlingException()).isTrue();
      assertThat(attempts.count()).as("the standard strategy's three attempts").isEqualTo(3);

      attempts.reset();
      CloudTrailClient once = cloudTrail(sandbox, FaultClients.none());
      AwsServiceException failed =
          catchThrowableOfType(AwsServiceException.class, once::lookupEvents);
      assertThat(failed.statusCode()).isEqualTo(400);
      assertThat(failed.awsErrorDetails().errorCode()).isEqualTo("ThrottlingException");
      assertThat(attempts.count()).isEqualTo(1);
      // The operation not named is served.
      assertThat(once.describeTrails().trailList()).isEmpty();
    }
  }

  @Test
  void anOrdinaryClientErrorIsNotRetriedWhereAThrottleIs() {
    try (Sandbox sandbox = Sandbox.builder().port(0).start()) {
      var nobody = SandboxClients.newUser(sandbox, "nobody");
      CloudTrailClient retrying =
          FaultClients.build(
              CloudTrailClient.builder(),
              sandbox,
              nobody,
              FaultClients.standardWithoutBackoff(),
              attempts);
      AwsServiceException denied =
          catchThrowableOfType(AwsServiceException.class, retrying::describeTrails);
      assertThat(denied.statusCode()).isEqualTo(400);
      assertThat(attempts.count()).isEqualTo(1);
    }
  }

  @Test
  void eachProtocolAnswersItsOwnThrottlingErrorWithTheStatusAwsUses() {
    try (Sandbox sandbox =
        Sandbox.builder().port(0).fault(FaultSpec.throttle("*", "*", 1.0, 0)).start()) {
      IamClient iam =
          FaultClients.build(
              IamClient.builder(),
              sandbox,
              sandbox.adminCredentials(),
              FaultClients.none(),
              attempts);
      assertThrottled(() -> iam.listUsers(), 400, "Throttling");
      Ec2Client ec2 =
          FaultClients.build(
              Ec2Client.builder(),
              sandbox,
              sandbox.adminCredentials(),
              FaultClients.none(),
              attempts);
      assertThrottled(() -> ec2.describeInstances(), 503, "RequestLimitExceeded");
      GuardDutyClient guardDuty =
          FaultClients.build(
              GuardDutyClient.builder(),
              sandbox,
              sandbox.adminCredentials(),
              FaultClients.none(),
              attempts);
      assertThrottled(() -> guardDuty.listDetectors(), 400, "ThrottlingException");
    }
  }

  @Test
  void wildcardsChooseTheOperationsAndTheRefusedCallIsRecorded() {
    try (Sandbox sandbox =
        Sandbox.builder().port(0).fault(FaultSpec.throttle("ec2", "Describe*", 1.0, 0)).start()) {
      Ec2Client ec2 = ec2(sandbox);
      assertThrottled(() -> ec2.describeSecurityGroups(), 503, "RequestLimitExceeded");
      String groupId =
          ec2.createSecurityGroup(c -> c.groupName("web").description("web")).groupId();
      assertThat(groupId).startsWith("sg-");

      CloudTrailClient cloudTrail = cloudTrail(sandbox, FaultClients.none());
      String recorded =
          cloudTrail
              .lookupEvents(
                  l ->
                      l.lookupAttributes(
                          LookupAttribute.builder()
                              .attributeKey(LookupAttributeKey.EVENT_NAME)
                              .attributeValue("DescribeSecurityGroups")
                              .build()))
              .events()
              .get(0)
              .cloudTrailEvent();
      assertThat(recorded).contains("\"errorCode\":\"Client.RequestLimitExceeded\"");
    }
  }

  @Test
  void aFractionalThrottleRefusesTheSameCallsOnEveryRunWithTheSameSeed() {
    List<Boolean> first = refusals(FaultSpec.throttle("ec2", "DescribeRegions", 0.5, 42));
    List<Boolean> again = refusals(FaultSpec.throttle("ec2", "DescribeRegions", 0.5, 42));
    List<Boolean> otherSeed = refusals(FaultSpec.throttle("ec2", "DescribeRegions", 0.5, 43));
    assertThat(again).isEqualTo(first);
    assertThat(first).contains(true, false);
    assertThat(otherSeed).isNotEqualTo(first);
  }

  @Test
  void aRatePerSecondLetsThatManyCallsThroughAndRefillsWithTheClock() {
    ManualClock clock = new ManualClock();
    try (Sandbox sandbox =
        Sandboxes.builder(clock)
            .fault(FaultSpec.throttlePerSecond("ec2", "DescribeRegions", 2))
            .start()) {
      Ec2Client ec2 = ec2(sandbox);
      ec2.describeRegions();
      ec2.describeRegions();
      assertThrottled(() -> ec2.describeRegions(), 503, "RequestLimitExceeded");
      clock.advance(Duration.ofSeconds(1));
      assertThat(ec2.describeRegions().regions()).isNotEmpty();
    }
  }

  private List<Boolean> refusals(FaultSpec throttle) {
    List<Boolean> refused = new ArrayList<>();
    try (Sandbox sandbox = Sandbox.builder().port(0).fault(throttle).start()) {
      Ec2Client ec2 = ec2(sandbox);
      for (int i = 0; i < 16; i++) {
        try {
          ec2.describeRegions();
          refused.add(false);
        } catch (AwsServiceException e) {
          assertThat(e.awsErrorDetails().errorCode()).isEqualTo("RequestLimitExceeded");
          refused.add(true);
        }
      }
    }
    return refused;
  }

  private static void assertThrottled(Runnable call, int status, String code) {
    AwsServiceException e = catchThrowableOfType(AwsServiceException.class, call::run);
    assertThat(e).as("a throttled call fails").isNotNull();
    assertThat(e.statusCode()).isEqualTo(status);
    assertThat(e.awsErrorDetails().errorCode()).isEqualTo(code);
    assertThat(e.isThrottlingException()).as("the SDK sees throttling").isTrue();
  }

  private CloudTrailClient cloudTrail(
      Sandbox sandbox, software.amazon.awssdk.retries.api.RetryStrategy retry) {
    return FaultClients.build(
        CloudTrailClient.builder(), sandbox, sandbox.adminCredentials(), retry, attempts);
  }

  private Ec2Client ec2(Sandbox sandbox) {
    return FaultClients.build(
        Ec2Client.builder(), sandbox, sandbox.adminCredentials(), FaultClients.none(), attempts);
  }
}
