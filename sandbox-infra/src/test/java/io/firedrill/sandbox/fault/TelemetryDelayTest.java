package io.firedrill.sandbox.fault;

import static org.assertj.core.api.Assertions.assertThat;

import io.firedrill.sandbox.Sandbox;
import io.firedrill.sandbox.SandboxClients;
import io.firedrill.sandbox.Sandboxes;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.LookupAttribute;
import software.amazon.awssdk.services.cloudtrail.model.LookupAttributeKey;
import software.amazon.awssdk.services.guardduty.GuardDutyClient;

/** Late telemetry: LookupEvents and GuardDuty findings, delayed by profile or by a fault. */
class TelemetryDelayTest {

  private final FaultClients.Attempts attempts = new FaultClients.Attempts();

  @Test
  void lookupEventsHidesAnEventUntilTheDeliveryDelayHasPassed() {
    ManualClock clock = new ManualClock();
    try (Sandbox sandbox = Sandboxes.builder(clock).telemetry(Telemetry.REALISTIC).start();
        CloudTrailClient cloudTrail =
            SandboxClients.cloudTrail(sandbox, sandbox.adminCredentials())) {
      cloudTrail.createTrail(c -> c.name("audit").s3BucketName("audit-logs"));
      assertThat(createTrailEvents(cloudTrail)).isZero();

      clock.advance(Duration.ofMinutes(4));
      assertThat(createTrailEvents(cloudTrail)).isZero();
      clock.advance(Duration.ofMinutes(1));
      assertThat(createTrailEvents(cloudTrail)).isOne();
    }
  }

  @Test
  void aTrailDelaySetWhileTheSandboxRunsHoldsForCallsMadeFromThen() {
    ManualClock clock = new ManualClock();
    try (Sandbox sandbox = Sandboxes.builder(clock).start();
        CloudTrailClient cloudTrail =
            SandboxClients.cloudTrail(sandbox, sandbox.adminCredentials())) {
      cloudTrail.createTrail(c -> c.name("before").s3BucketName("audit-logs"));
      assertThat(createTrailEvents(cloudTrail)).isOne();

      Control.set(sandbox, "{\"kind\":\"trail-delay\",\"delay\":\"90s\"}");
      cloudTrail.createTrail(c -> c.name("after").s3BucketName("audit-logs"));
      assertThat(createTrailEvents(cloudTrail)).as("only the earlier call").isOne();
      clock.advance(Duration.ofSeconds(90));
      assertThat(createTrailEvents(cloudTrail)).isEqualTo(2);
    }
  }

  @Test
  void aFindingDelaySetWhileTheSandboxRunsHoldsFindingsBack() {
    ManualClock clock = new ManualClock();
    try (Sandbox sandbox = Sandboxes.builder(clock).start();
        CloudTrailClient cloudTrail =
            SandboxClients.cloudTrail(sandbox, sandbox.adminCredentials())) {
      GuardDutyClient guardDuty =
          FaultClients.build(
              GuardDutyClient.builder(),
              sandbox,
              sandbox.adminCredentials(),
              FaultClients.none(),
              attempts);
      String detector = guardDuty.createDetector(c -> c.enable(true)).detectorId();
      cloudTrail.createTrail(c -> c.name("audit").s3BucketName("audit-logs"));
      Control.set(sandbox, "{\"kind\":\"finding-delay\",\"delay\":\"5m\"}");

      cloudTrail.stopLogging(s -> s.name("audit"));
      assertThat(guardDuty.listFindings(l -> l.detectorId(detector)).findingIds()).isEmpty();
      clock.advance(Duration.ofMinutes(5));
      assertThat(guardDuty.listFindings(l -> l.detectorId(detector)).findingIds()).isNotEmpty();
    }
  }

  private static int createTrailEvents(CloudTrailClient cloudTrail) {
    return cloudTrail
        .lookupEvents(
            l ->
                l.lookupAttributes(
                    LookupAttribute.builder()
                        .attributeKey(LookupAttributeKey.EVENT_NAME)
                        .attributeValue("CreateTrail")
                        .build()))
        .events()
        .size();
  }
}
