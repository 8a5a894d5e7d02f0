package io.firedrill.sandbox;

import io.firedrill.sandbox.api.ApiCall;
import io.firedrill.sandbox.api.AwsException;
import io.firedrill.sandbox.api.Operation;
import io.firedrill.sandbox.api.Outcome;
import io.firedrill.sandbox.api.Protocol;
import io.firedrill.sandbox.api.ServiceDefinition;
import io.firedrill.sandbox.auth.AuthFailure;
import io.firedrill.sandbox.auth.Authenticator;
import io.firedrill.sandbox.auth.Authorizer;
import io.firedrill.sandbox.auth.Caller;
import io.firedrill.sandbox.auth.SigV4Header;
import io.firedrill.sandbox.cloudtrail.CallRecord;
import io.firedrill.sandbox.cloudtrail.EventHistory;
import io.firedrill.sandbox.fault.Faults;
import io.firedrill.sandbox.http.HttpCall;
import io.firedrill.sandbox.http.HttpReply;
import io.firedrill.sandbox.wire.Ec2Replies;
import io.firedrill.sandbox.wire.JsonReplies;
import io.firedrill.sandbox.wire.QueryReplies;
import io.firedrill.sandbox.wire.RestJsonReplies;
import io.firedrill.sandbox.wire.RestRoute;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * The request pipeline: route by the SigV4 scope's service, authenticate, read the request in the
 * service's protocol, authorize (every operation but the few no policy can deny), run the
 * operation, record it, answer. Every answer, error or not, carries a fresh {@code
 * x-amzn-RequestId}; the recorded event carries the same id.
 */
final class Gateway implements Function<HttpCall, HttpReply> {

  /**
   * The header through which a caller claims an apparent source IP. It counts only when signed, so
   * that the claim is as authentic as the rest of the request.
   */
  static final String SOURCE_IP_HEADER = "x-firedrill-source-ip";

  // Most services speak one protocol; SQS speaks two under one signing name, one definition each.
  private final Map<String, List<ServiceDefinition>> services;
  private final Authenticator authenticator;
  private final Authorizer authorizer;
  private final EventHistory history;
  private final Clock clock;
  private final Map<String, List<RestRoute>> routes;
  // Set before the server starts, or never: a gateway without faults.
  private Faults faults;

  Gateway(
      List<ServiceDefinition> services,
      Authenticator authenticator,
      Authorizer authorizer,
      EventHistory history,
      Clock clock) {
    this(services, Map.of(), authenticator, authorizer, history, clock);
  }

  /** A gateway whose restJson services bind their operations to paths by {@code routes}. */
  Gateway(
      List<ServiceDefinition> services,
      Map<String, List<RestRoute>> routes,
      Authenticator authenticator,
      Authorizer authorizer,
      EventHistory history,
      Clock clock) {
    this.routes = Map.copyOf(routes);
    this.services =
        Map.copyOf(
            services.stream().collect(Collectors.groupingBy(ServiceDefinition::signingName)));
    this.authenticator = authenticator;
    this.authorizer = authorizer;
    this.history = history;
    this.clock = clock;
  }

  /** This gateway, meeting every authenticated call with the faults in force before it is run. */
  Gateway withFaults(Faults chaos) {
    this.faults = chaos;
    return this;
  }

  @Override
  public HttpReply apply(HttpCall call) {
    String requestId = UUID.randomUUID().toString();
    String scopeService = SigV4Header.serviceOf(call.header("authorization"));
    ServiceDefinition service = scopeService == null ? null : serviceFor(scopeService, call);
    Protocol protocol = service != null ? service.protocol() : guessProtocol(call);
    HttpReply reply;
    try {
      reply = handle(call, service, protocol, requestId);
    } catch (AuthFailure failure) {
      reply = error(protocol, service, GatewayErrors.of(failure, protocol), requestId);
    } catch (AwsException failure) {
      reply = error(protocol, service, failure, requestId);
    } catch (RuntimeException unexpected) {
      reply = error(protocol, service, GatewayErrors.internal(), requestId);
    }
    return reply.withHeader("x-amzn-RequestId", requestId);
  }

  private HttpReply handle(
      HttpCall call, ServiceDefinition service, Protocol protocol, String requestId) {
    Instant now = clock.instant();
    if (call.oversized()) {
      throw GatewayErrors.tooLarge(protocol);
    }
    String authorization = call.header("authorization");
    if (authorization == null) {
      throw GatewayErrors.missingAuthentication(protocol);
    }
    SigV4Header auth = SigV4Header.parse(authorization);
    if (service == null) {
      throw GatewayErrors.unknownService(auth.service(), protocol);
    }
    Caller caller = authenticator.authenticate(call, auth, now);
    ParsedRequest request =
        ParsedRequest.read(call, service, routes.getOrDefault(service.signingName(), List.of()));
    String action = request.operation().name();
    String sourceIp = sourceIp(call, auth);
    ApiCall apiCall =
        new ApiCall(
            caller, action, auth.region(), requestId, now, request.params(), request.json());

    Operation operation = request.operation();
    Outcome outcome = null;
    AwsException failure = null;
    boolean denied = false;
    try {
      if (faults != null) {
        faults.before(service.signingName(), action, protocol);
      }
      if (operation.authorized()) {
        String resource = resourceOf(operation, apiCall);
        for (String needed : actionsOf(operation, apiCall)) {
          Authorizer.Verdict verdict =
              authorizer.authorize(
                  new Authorizer.AccessRequest(
                      caller,
                      service.signingName() + ":" + needed,
                      resource,
                      sourceIp,
                      auth.region(),
                      now));
          if (!verdict.allowed()) {
            denied = true;
            throw GatewayErrors.accessDenied(protocol, verdict.reason());
          }
        }
      }
      outcome = operation.handler().handle(apiCall);
    } catch (AwsException e) {
      failure = e;
    }
    history.record(
        new CallRecord(
            now,
            caller,
            service.eventSource(),
            action,
            auth.region(),
            sourceIp,
            call.header("user-agent"),
            recordedInput(request, outcome, denied),
            outcome == null ? null : outcome.responseElements(),
            failure == null ? null : failure.recordedCode(),
            failure == null ? null : failure.getMessage(),
            requestId,
            operation.readOnly(),
            outcome == null ? List.of() : outcome.resources(),
            outcome == null ? List.of() : outcome.eventResources(),
            null));
    if (failure != null) {
      throw failure;
    }
    return switch (protocol) {
      case QUERY -> QueryReplies.success(action, service.namespace(), outcome.xml(), requestId);
      case JSON -> JsonReplies.success(outcome.json());
      case REST_JSON -> RestJsonReplies.success(outcome.json());
      case EC2 -> Ec2Replies.success(action, service.namespace(), outcome.xml(), requestId);
    };
  }

  // What the record says the request was: its input, unless the operation recorded it otherwise
  // (a default AWS fills in) or AWS leaves a denied call's input out of the record.
  private static JsonNode recordedInput(ParsedRequest request, Outcome outcome, boolean denied) {
    if (denied && !request.operation().recordsDeniedInput()) {
      return null;
    }
    return outcome != null && outcome.requestParameters() != null
        ? outcome.requestParameters()
        : request.requestParameters();
  }

  // Naming the resource must not turn odd input into a server error before the operation has
  // had the chance to reject that input in its own words.
  // The operation's own IAM action first, then those the request's options add (tags on create).
  private static List<String> actionsOf(Operation operation, ApiCall call) {
    List<String> actions = new ArrayList<>();
    actions.add(operation.iamAction());
    try {
      actions.addAll(operation.dependent().of(call));
    } catch (RuntimeException unreadable) {
      // Input too odd to tell: the operation rejects it in its own words.
    }
    return actions;
  }

  private static String resourceOf(Operation operation, ApiCall call) {
    try {
      String arn = operation.resource().arn(call);
      return arn == null || arn.isEmpty() ? "*" : arn;
    } catch (RuntimeException unnameable) {
      return "*";
    }
  }

  private static String sourceIp(HttpCall call, SigV4Header auth) {
    String claimed = call.header(SOURCE_IP_HEADER);
    if (claimed != null && !claimed.isBlank() && auth.signedHeaders().contains(SOURCE_IP_HEADER)) {
      return claimed.trim();
    }
    return call.peerAddress();
  }

  // The definition of the service that speaks the protocol the request is written in.
  private ServiceDefinition serviceFor(String signingName, HttpCall call) {
    List<ServiceDefinition> speaking = services.get(signingName);
    if (speaking == null) {
      return null;
    }
    Protocol shape = speaking.size() == 1 ? null : guessProtocol(call);
    return speaking.stream().filter(s -> s.protocol() == shape).findFirst().orElse(speaking.get(0));
  }

  // Without a usable credential scope, the request's own shape says which protocol it speaks.
  private static Protocol guessProtocol(HttpCall call) {
    String type = call.header("content-type");
    boolean json =
        call.header("x-amz-target") != null
            || (type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-amz-json"));
    if (json) {
      return Protocol.JSON;
    }
    boolean restJson =
        type != null && type.toLowerCase(Locale.ROOT).startsWith(RestJsonReplies.CONTENT_TYPE);
    return restJson ? Protocol.REST_JSON : Protocol.QUERY;
  }

  private static HttpReply error(
      Protocol protocol, ServiceDefinition service, AwsException error, String requestId) {
    return switch (protocol) {
      case QUERY ->
          QueryReplies.error(error, service == null ? null : service.namespace(), requestId);
      case JSON -> JsonReplies.error(error);
      case REST_JSON -> RestJsonReplies.error(error);
      case EC2 -> Ec2Replies.error(error, requestId);
    };
  }
}
