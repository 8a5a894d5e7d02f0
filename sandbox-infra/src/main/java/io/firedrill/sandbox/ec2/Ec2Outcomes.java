package io.firedrill.sandbox.ec2;

import io.firedrill.sandbox.api.ApiCall;
import io.firedrill.sandbox.api.Outcome;
import io.firedrill.sandbox.wire.Json;
import tools.jackson.databind.node.ObjectNode;

/**
 * Outcomes of EC2 calls. EC2 records a changing call's response, request id first, and leaves a
 * Describe call's response out of the record ({@code responseElements: null}).
 */
final class Ec2Outcomes {

  private Ec2Outcomes() {}

  static Outcome written(ApiCall call, ObjectNode body) {
    return written(call, body, body);
  }

  /** A call that answers {@code body} and records {@code recordedBody} (secrets removed). */
  static Outcome written(ApiCall call, ObjectNode body, ObjectNode recordedBody) {
    ObjectNode recorded = Json.object().put("requestId", call.requestId());
    recorded.setAll(recordedBody);
    return Outcome.xml(Ec2Xml.of(body)).recording(recorded);
  }

  /** A call whose whole answer is {@code <return>true</return>}. */
  static Outcome returned(ApiCall call) {
    return written(call, Json.object().put("_return", true));
  }

  static Outcome read(ObjectNode body) {
    return Outcome.xml(Ec2Xml.of(body));
  }
}
