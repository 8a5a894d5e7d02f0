package io.firedrill.sandbox.cloudwatch;

import io.firedrill.sandbox.api.ApiCall;
import io.firedrill.sandbox.api.AwsException;
import io.firedrill.sandbox.api.Operation;
import io.firedrill.sandbox.api.Outcome;
import io.firedrill.sandbox.api.Protocol;
import io.firedrill.sandbox.api.ResourceRef;
import io.firedrill.sandbox.api.ServiceDefinition;
import io.firedrill.sandbox.wire.Xml;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** CloudWatch's alarm operations over the query protocol, for one account in every region. */
public final class CloudWatchService {

  private final String accountId;
  // By region, then by name: AWS lists alarms in name order.
  private final Map<String, Map<String, Alarm>> alarms = new TreeMap<>();

  public CloudWatchService(String accountId) {
    this.accountId = accountId;
  }

  /** The service as the gateway routes to it. */
  public ServiceDefinition definition() {
    return ServiceDefinition.of(
        "monitoring",
        "monitoring.amazonaws.com",
        Protocol.QUERY,
        "http://monitoring.amazonaws.com/doc/2010-08-01/",
        "2010-08-01",
        List.of(
            Operation.write("PutMetricAlarm", this::put),
            Operation.read("DescribeAlarms", this::describe),
            Operation.write("SetAlarmState", this::setState),
            Operation.write("DeleteAlarms", this::delete)));
  }

  private synchronized Outcome put(ApiCall call) {
    String name = required(call, "AlarmName");
    String operator = call.param("ComparisonOperator");
    if (operator != null && !Alarm.OPERATORS.contains(operator)) {
      throw validation(
          "Value '"
              + operator
              + "' at 'comparisonOperator' failed to satisfy constraint: Member must satisfy"
              + " enum value set: "
              + new java.util.TreeSet<>(Alarm.OPERATORS));
    }
    Map<String, Alarm> region = region(call);
    Alarm before = region.get(name);
    Instant now = call.time();
    region.put(
        name,
        new Alarm(
            name,
            "arn:aws:cloudwatch:" + call.region() + ":" + accountId + ":alarm:" + name,
            call.param("AlarmDescription"),
            call.param("MetricName"),
            call.param("Namespace"),
            call.param("Statistic"),
            integer(call, "Period"),
            integer(call, "EvaluationPeriods"),
            call.param("Threshold"),
            operator,
            // Redefining an alarm keeps its state, as on AWS; only a new one starts without data.
            before == null ? "INSUFFICIENT_DATA" : before.state(),
            before == null ? "Unchecked: Initial alarm creation" : before.stateReason(),
            now,
            before == null ? now : before.stateUpdated()));
    return Outcome.xml(null).about(new ResourceRef("AWS::CloudWatch::Alarm", name));
  }

  private synchronized Outcome describe(ApiCall call) {
    List<String> names = members(call, "AlarmNames");
    String prefix = call.param("AlarmNamePrefix");
    String state = call.param("StateValue");
    Xml xml = new Xml().open("MetricAlarms");
    for (Alarm alarm : region(call).values()) {
      boolean wanted =
          (names.isEmpty() || names.contains(alarm.name()))
              && (prefix == null || alarm.name().startsWith(prefix))
              && (state == null || state.equals(alarm.state()));
      if (wanted) {
        AlarmXml.write(xml, alarm);
      }
    }
    return Outcome.xml(
        xml.close("MetricAlarms").open("CompositeAlarms").close("CompositeAlarms").toString());
  }

  private synchronized Outcome setState(ApiCall call) {
    String name = required(call, "AlarmName");
    String state = required(call, "StateValue");
    String reason = required(call, "StateReason");
    if (!Alarm.STATES.contains(state)) {
      throw validation(
          "1 validation error detected: Value '"
              + state
              + "' at 'stateValue' failed to satisfy constraint: Member must satisfy enum value"
              + " set: [INSUFFICIENT_DATA, ALARM, OK]");
    }
    Map<String, Alarm> region = region(call);
    Alarm alarm = region.get(name);
    if (alarm == null) {
      throw new AwsException(404, "ResourceNotFound", "Alarm " + name + " not found");
    }
    region.put(name, alarm.in(state, reason, call.time()));
    return Outcome.xml(null).about(new ResourceRef("AWS::CloudWatch::Alarm", name));
  }

  private synchronized Outcome delete(ApiCall call) {
    List<String> names = members(call, "AlarmNames");
    if (names.isEmpty()) {
      throw validation(
          "1 validation error detected: Value null at 'alarmNames' failed to"
              + " satisfy constraint: Member must not be null");
    }
    Map<String, Alarm> region = region(call);
    List<String> missing = names.stream().filter(n -> !region.containsKey(n)).toList();
    if (!missing.isEmpty()) {
      // AWS deletes none when one is missing.
      throw new AwsException(404, "ResourceNotFound", "Alarm " + missing.get(0) + " not found");
    }
    names.forEach(region::remove);
    return Outcome.xml(null)
        .about(
            names.stream()
                .map(n -> new ResourceRef("AWS::CloudWatch::Alarm", n))
                .toArray(ResourceRef[]::new));
  }

  private Map<String, Alarm> region(ApiCall call) {
    return alarms.computeIfAbsent(call.region(), r -> new TreeMap<>());
  }

  private static List<String> members(ApiCall call, String param) {
    List<String> values = new ArrayList<>();
    for (int i = 1; call.param(param + ".member." + i) != null; i++) {
      values.add(call.param(param + ".member." + i));
    }
    return values;
  }

  private static String required(ApiCall call, String param) {
    String value = call.param(param);
    if (value == null || value.isEmpty()) {
      throw new AwsException(400, "MissingParameter", "The parameter " + param + " is required.");
    }
    return value;
  }

  private static Integer integer(ApiCall call, String param) {
    String value = call.param(param);
    if (value == null) {
      return null;
    }
    try {
      return Integer.valueOf(value);
    } catch (NumberFormatException e) {
      throw validation("Value '" + value + "' for " + param + " is not a whole number.");
    }
  }

  private static AwsException validation(String message) {
    return new AwsException(400, "ValidationError", message);
  }
}
