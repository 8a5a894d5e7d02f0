package io.firedrill.sandbox.cloudwatch;

import io.firedrill.sandbox.wire.Xml;
import java.time.Instant;

/** A metric alarm as DescribeAlarms answers it in XML. */
final class AlarmXml {

  private AlarmXml() {}

  static void write(Xml xml, Alarm alarm) {
    xml.open("member")
        .element("AlarmName", alarm.name())
        .element("AlarmArn", alarm.arn())
        .element("AlarmDescription", alarm.description())
        .element("AlarmConfigurationUpdatedTimestamp", time(alarm.configurationUpdated()))
        .element("ActionsEnabled", true)
        .open("OKActions")
        .close("OKActions")
        .open("AlarmActions")
        .close("AlarmActions")
        .open("InsufficientDataActions")
        .close("InsufficientDataActions")
        .element("StateValue", alarm.state())
        .element("StateReason", alarm.stateReason())
        .element("StateUpdatedTimestamp", time(alarm.stateUpdated()))
        .element("StateTransitionedTimestamp", time(alarm.stateUpdated()))
        .element("MetricName", alarm.metricName())
        .element("Namespace", alarm.namespace())
        .element("Statistic", alarm.statistic())
        .open("Dimensions")
        .close("Dimensions")
        .element("Period", alarm.period())
        .element("EvaluationPeriods", alarm.evaluationPeriods())
        .element("Threshold", alarm.threshold())
        .element("ComparisonOperator", alarm.comparisonOperator())
        .close("member");
  }

  private static String time(Instant instant) {
    return instant == null ? null : instant.toString();
  }
}
