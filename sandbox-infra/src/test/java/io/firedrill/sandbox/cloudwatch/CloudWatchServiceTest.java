package io.firedrill.sandbox.cloudwatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.firedrill.sandbox.Sandbox;
import io.firedrill.sandbox.SandboxClients;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Event;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.CloudWatchException;
import software.amazon.awssdk.services.cloudwatch.model.ComparisonOperator;
import software.amazon.awssdk.services.cloudwatch.model.MetricAlarm;
import software.amazon.awssdk.services.cloudwatch.model.StateValue;
import software.amazon.awssdk.services.cloudwatch.model.Statistic;

class CloudWatchServiceTest {

  private static Sandbox sandbox;
  private static CloudWatchClient cloudWatch;

  @BeforeAll
  static void start() {
    sandbox = Sandbox.builder().port(0).start();
    cloudWatch =
        CloudWatchClient.builder()
            .endpointOverride(sandbox.endpoint())
            .region(Region.of(sandbox.region()))
            .credentialsProvider(StaticCredentialsProvider.create(sandbox.adminCredentials()))
            .httpClientBuilder(UrlConnectionHttpClient.builder())
            .build();
  }

  @AfterAll
  static void stop() {
    cloudWatch.close();
    sandbox.close();
  }

  @Test
  void aNewAlarmHasNoDataUntilItsStateIsSetAndKeepsItsDefinition() {
    cloudWatch.putMetricAlarm(
        r ->
            r.alarmName("billing-spike")
                .alarmDescription("stop the game day")
                .namespace("AWS/Billing")
                .metricName("EstimatedCharges")
                .statistic(Statistic.MAXIMUM)
                .period(300)
                .evaluationPeriods(1)
                .threshold(50.0)
                .comparisonOperator(ComparisonOperator.GREATER_THAN_THRESHOLD));

    MetricAlarm fresh = only("billing-spike");
    assertThat(fresh.stateValue()).isEqualTo(StateValue.INSUFFICIENT_DATA);
    assertThat(fresh.threshold()).isEqualTo(50.0);
    assertThat(fresh.comparisonOperator()).isEqualTo(ComparisonOperator.GREATER_THAN_THRESHOLD);
    assertThat(fresh.alarmArn())
        .isEqualTo("arn:aws:cloudwatch:us-east-1:000000000000:alarm:billing-spike");

    cloudWatch.setAlarmState(
        r -> r.alarmName("billing-spike").stateValue(StateValue.ALARM).stateReason("test"));

    MetricAlarm tripped = only("billing-spike");
    assertThat(tripped.stateValue()).isEqualTo(StateValue.ALARM);
    assertThat(tripped.stateReason()).isEqualTo("test");
    assertThat(cloudWatch.describeAlarms(r -> r.stateValue(StateValue.ALARM)).metricAlarms())
        .extracting(MetricAlarm::alarmName)
        .contains("billing-spike");

    cloudWatch.deleteAlarms(r -> r.alarmNames("billing-spike"));
    assertThat(cloudWatch.describeAlarms(r -> r.alarmNames("billing-spike")).metricAlarms())
        .isEmpty();
  }

  @Test
  void anUnknownAlarmIsNotFoundAndTheCallsAreRecorded() {
    CloudWatchException missing =
        catchThrowableOfType(
            CloudWatchException.class,
            () ->
                cloudWatch.setAlarmState(
                    r -> r.alarmName("nope").stateValue(StateValue.OK).stateReason("x")));
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.awsErrorDetails().errorCode()).isEqualTo("ResourceNotFound");
    CloudWatchException bad =
        catchThrowableOfType(
            CloudWatchException.class, () -> cloudWatch.deleteAlarms(r -> r.alarmNames(List.of())));
    assertThat(bad.awsErrorDetails().errorCode()).isEqualTo("ValidationError");

    try (CloudTrailClient trail = SandboxClients.cloudTrail(sandbox, sandbox.adminCredentials())) {
      assertThat(
              trail
                  .lookupEvents(
                      r ->
                          r.lookupAttributes(
                              a -> a.attributeKey("EventName").attributeValue("SetAlarmState")))
                  .events())
          .extracting(Event::eventSource, Event::readOnly)
          .contains(org.assertj.core.groups.Tuple.tuple("monitoring.amazonaws.com", "false"));
    }
  }

  private static MetricAlarm only(String name) {
    List<MetricAlarm> alarms = cloudWatch.describeAlarms(r -> r.alarmNames(name)).metricAlarms();
    assertThat(alarms).hasSize(1);
    return alarms.get(0);
  }
}
