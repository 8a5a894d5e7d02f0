package io.firedrill.sandbox.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.firedrill.sandbox.Sandbox;
import io.firedrill.sandbox.Sandboxes;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.guardduty.GuardDutyClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.sts.StsClient;

/** Added latency, and a service that answers 5xx for a while. */
class LatencyAndOutageTest {

  private final FaultClients.Attempts attempts = new FaultClients.Attempts();

  @Test
  void addedLatencyHoldsEveryMatchingCallAtLeastThatLong() {
    try (Sandbox sandbox =
        Sandbox.builder()
            .port(0)
            .fault(FaultSpec.latency("sts", "GetCallerIdentity", Duration.ofMillis(400)))
            .start()) {
      StsClient sts =
          FaultClients.build(
              StsClient.builder(),
              sandbox,
              sandbox.adminCredentials(),
              FaultClients.none(),
              attempts);
      sts.getCallerIdentity(); // the client's first call loads what it needs
      long started = System.nanoTime();
      sts.getCallerIdentity();
      assertThat(Duration.ofNanos(System.nanoTime() - started))
          .isGreaterThanOrEqualTo(Duration.ofMillis(400));
    }
  }

  @Test
  void aServiceAnswers503ForItsWindowThenServesAgain() {
    ManualClock clock = new ManualClock();
    try (Sandbox sandbox =
        Sandboxes.builder(clock)
            .fault(FaultSpec.unavailable("guardduty", 503).lasting(Duration.ofMinutes(2)))
            .start()) {
      GuardDutyClient once = guardDuty(sandbox, FaultClients.none());
      AwsServiceException down =
          catchThrowableOfType(AwsServiceException.class, once::listDetectors);
      assertThat(down.statusCode()).isEqualTo(503);
      assertThat(down.awsErrorDetails().errorCode()).isEqualTo("ServiceUnavailableException");

      attempts.reset();
      GuardDutyClient retrying = guardDuty(sandbox, FaultClients.standardWithoutBackoff());
      catchThrowableOfType(AwsServiceException.class, retrying::listDetectors);
      assertThat(attempts.count()).as("the SDK retries a 503").isEqualTo(3);

      // Other services are untouched.
      IamClient iam =
          FaultClients.build(
              IamClient.builder(),
              sandbox,
              sandbox.adminCredentials(),
              FaultClients.none(),
              attempts);
      assertThat(iam.listUsers().users()).isNotEmpty();

      clock.advance(Duration.ofMinutes(2));
      assertThat(once.listDetectors().detectorIds()).isEmpty();
    }
  }

  @Test
  void ec2AnswersAnInternalErrorWhileA500FaultHolds() {
    try (Sandbox sandbox = Sandbox.builder().port(0).start()) {
      String id =
          Control.set(sandbox, "{\"kind\":\"unavailable\",\"service\":\"ec2\",\"status\":500}");
      Ec2Client ec2 =
          FaultClients.build(
              Ec2Client.builder(),
              sandbox,
              sandbox.adminCredentials(),
              FaultClients.none(),
              attempts);
      AwsServiceException failed =
          catchThrowableOfType(AwsServiceException.class, ec2::describeInstances);
      assertThat(failed.statusCode()).isEqualTo(500);
      assertThat(failed.awsErrorDetails().errorCode()).isEqualTo("InternalError");

      Control.call(sandbox, sandbox.adminCredentials(), "DELETE", "/_firedrill/faults/" + id, null);
      assertThat(ec2.describeInstances().reservations()).isEmpty();
    }
  }

  @Test
  void anOutageOfEveryServiceLeavesTheControlApiUpToEndIt() {
    try (Sandbox sandbox =
        Sandbox.builder().port(0).fault(FaultSpec.unavailable("*", 503)).start()) {
      StsClient sts =
          FaultClients.build(
              StsClient.builder(),
              sandbox,
              sandbox.adminCredentials(),
              FaultClients.none(),
              attempts);
      AwsServiceException down =
          catchThrowableOfType(AwsServiceException.class, sts::getCallerIdentity);
      assertThat(down.statusCode()).isEqualTo(503);
      assertThat(down.awsErrorDetails().errorCode()).isEqualTo("ServiceUnavailable");

      Control.Answer cleared =
          Control.call(sandbox, sandbox.adminCredentials(), "DELETE", "/_firedrill/faults", null);
      assertThat(cleared.status()).isEqualTo(200);
      assertThat(sts.getCallerIdentity().arn()).endsWith(":user/" + Sandbox.ADMIN_USER);
    }
  }

  private GuardDutyClient guardDuty(
      Sandbox sandbox, software.amazon.awssdk.retries.api.RetryStrategy retry) {
    return FaultClients.build(
        GuardDutyClient.builder(), sandbox, sandbox.adminCredentials(), retry, attempts);
  }
}
