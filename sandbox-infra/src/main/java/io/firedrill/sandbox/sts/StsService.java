package io.firedrill.sandbox.sts;

import io.firedrill.sandbox.api.ApiCall;
import io.firedrill.sandbox.api.Operation;
import io.firedrill.sandbox.api.Outcome;
import io.firedrill.sandbox.api.Protocol;
import io.firedrill.sandbox.api.ServiceDefinition;
import io.firedrill.sandbox.auth.Caller;
import io.firedrill.sandbox.wire.Xml;
import java.util.List;

/** STS's query API (version 2011-06-15). */
public final class StsService {

  /** The service as the gateway routes to it. */
  public ServiceDefinition definition() {
    return ServiceDefinition.of(
        "sts",
        "sts.amazonaws.com",
        Protocol.QUERY,
        "https://sts.amazonaws.com/doc/2011-06-15/",
        "2011-06-15",
        List.of(Operation.read("GetCallerIdentity", StsService::getCallerIdentity)));
  }

  // CloudTrail records GetCallerIdentity with null requestParameters and responseElements.
  private static Outcome getCallerIdentity(ApiCall call) {
    Caller caller = call.caller();
    return Outcome.xml(
        new Xml()
            .element("Arn", caller.arn())
            .element("UserId", caller.principalId())
            .element("Account", caller.accountId())
            .toString());
  }
}
