package io.firedrill.injector.guardrail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.firedrill.sandbox.Sandbox;
import java.time.Duration;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.ComparisonOperator;
import software.amazon.awssdk.services.cloudwatch.model.StateValue;

class StopAlarmTest {

  @Test
  void aMissingOrFiringAlarmRefusesTheStartAndOneThatFiresLaterStopsTheExercise() {
    try (Sandbox sandbox = Sandbox.builder().port(0).start();
        CloudWatchClient admin = cloudWatch(sandbox)) {
      try (StopAlarm missing = new StopAlarm(cloudWatch(sandbox), "gameday-stop")) {
        assertThatThrownBy(missing::checkBeforeStart)
            .isInstanceOf(TargetRefusedException.class)
            .hasMessageContaining("alarm 'gameday-stop' does not exist");
      }
      admin.putMetricAlarm(
          r ->
              r.alarmName("gameday-stop")
                  .namespace("AWS/Billing")
                  .metricName("EstimatedCharges")
                  .statistic("Maximum")
                  .period(300)
                  .evaluationPeriods(1)
                  .threshold(10.0)
                  .comparisonOperator(ComparisonOperator.GREATER_THAN_THRESHOLD));

      CopyOnWriteArrayList<String> stops = new CopyOnWriteArrayList<>();
      try (StopAlarm alarm = new StopAlarm(cloudWatch(sandbox), "gameday-stop")) {
        assertThat(alarm.checkBeforeStart()).isEqualTo("INSUFFICIENT_DATA");
        alarm.watch(Duration.ofMillis(100), stops::add);
        admin.setAlarmState(
            r ->
                r.alarmName("gameday-stop")
                    .stateValue(StateValue.ALARM)
                    .stateReason("charges over 10 USD"));

        await().atMost(Duration.ofSeconds(30)).until(() -> !stops.isEmpty());
        assertThat(stops)
            .containsExactly(
                "stop condition: CloudWatch alarm 'gameday-stop' is in ALARM (charges over 10"
                    + " USD)");
        assertThatThrownBy(alarm::checkBeforeStart)
            .hasMessageContaining("is in ALARM (charges over 10 USD) before the exercise began");
      }
    }
  }

  private static CloudWatchClient cloudWatch(Sandbox sandbox) {
    return CloudWatchClient.builder()
        .endpointOverride(sandbox.endpoint())
        .region(Region.of(sandbox.region()))
        .credentialsProvider(StaticCredentialsProvider.create(sandbox.adminCredentials()))
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }
}
