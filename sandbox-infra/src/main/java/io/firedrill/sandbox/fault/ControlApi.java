package io.firedrill.sandbox.fault;

import io.firedrill.sandbox.auth.AuthFailure;
import io.firedrill.sandbox.auth.Authenticator;
import io.firedrill.sandbox.auth.Caller;
import io.firedrill.sandbox.auth.CredentialStore;
import io.firedrill.sandbox.auth.SigV4Header;
import io.firedrill.sandbox.http.HttpCall;
import io.firedrill.sandbox.http.HttpReply;
import io.firedrill.sandbox.wire.Json;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The faults' control API: a small JSON API under {@value #PREFIX}, in front of the gateway, that
 * only the sandbox's control identity may call, with a request signed (SigV4) for the service
 * {@value #SIGNING_NAME}. Why a path of its own and not an AWS-like service is told in {@code
 * package-info}.
 *
 * <pre>
 * POST   /_firedrill/faults          set the fault in the body; answers it with its id
 * GET    /_firedrill/faults          the faults in force and the delays in force
 * DELETE /_firedrill/faults/{id}     clear one fault
 * DELETE /_firedrill/faults          clear every fault
 * GET    /_firedrill/faults/log      every change made, oldest first
 * </pre>
 */
public final class ControlApi implements Function<HttpCall, HttpReply> {

  /** Where the API lives; no AWS API path starts so (an S3 bucket name cannot hold '_'). */
  public static final String PREFIX = "/_firedrill/";

  /** The service name requests are signed for. */
  public static final String SIGNING_NAME = "firedrill";

  private static final String FAULTS = "/_firedrill/faults";

  private final Faults faults;
  private final Authenticator authenticator;
  private final String controlKeyId;
  private final Clock clock;
  private final Function<HttpCall, HttpReply> next;

  /**
   * Serves the control API and hands every other request to {@code next}. Only {@code
   * controlKeyId}, an access key found in {@code keys}, may call it. Key use is not noted, so that
   * IAM's GetAccessKeyLastUsed never shows the exercise director's hand.
   */
  public ControlApi(
      Faults faults,
      CredentialStore keys,
      String controlKeyId,
      Clock clock,
      Function<HttpCall, HttpReply> next) {
    this.faults = Objects.requireNonNull(faults, "faults");
    this.authenticator = new Authenticator(keys::find);
    this.controlKeyId = Objects.requireNonNull(controlKeyId, "controlKeyId");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.next = Objects.requireNonNull(next, "next");
  }

  @Override
  public HttpReply apply(HttpCall call) {
    if (!call.rawPath().startsWith(PREFIX)) {
      return next.apply(call);
    }
    try {
      Caller caller = authenticate(call);
      if (!caller.accessKeyId().equals(controlKeyId)) {
        return error(
            403,
            "AccessDeniedException",
            caller.arn() + " may not change faults: only the sandbox's control key may.");
      }
      return route(call, caller);
    } catch (AuthFailure failure) {
      return error(403, code(failure.kind()), failure.getMessage());
    } catch (IllegalArgumentException | JacksonException bad) {
      return error(400, "ValidationException", bad.getMessage());
    }
  }

  private Caller authenticate(HttpCall call) {
    String authorization = call.header("authorization");
    if (authorization == null) {
      throw new AuthFailure(AuthFailure.Kind.MISSING, "Missing Authentication Token");
    }
    SigV4Header auth = SigV4Header.parse(authorization);
    if (!auth.service().equals(SIGNING_NAME)) {
      throw new AuthFailure(
          AuthFailure.Kind.INCOMPLETE,
          "Sign requests to the control API for the service '" + SIGNING_NAME + "'.");
    }
    return authenticator.authenticate(call, auth, clock.instant());
  }

  // The codes awsJson services answer the same failures with.
  private static String code(AuthFailure.Kind kind) {
    return switch (kind) {
      case MISSING -> "MissingAuthenticationTokenException";
      case INCOMPLETE -> "IncompleteSignatureException";
      case UNKNOWN_KEY -> "UnrecognizedClientException";
      case BAD_SIGNATURE -> "InvalidSignatureException";
      case EXPIRED_TOKEN -> "ExpiredTokenException";
    };
  }

  private HttpReply route(HttpCall call, Caller caller) {
    String path = call.rawPath();
    String method = call.method();
    if (path.equals(FAULTS) && method.equals("POST")) {
      JsonNode body = Json.MAPPER.readTree(new String(call.body(), StandardCharsets.UTF_8));
      ActiveFault set = faults.set(FaultJson.read(body), caller.arn());
      return ok(FaultJson.write(set));
    }
    if (path.equals(FAULTS) && method.equals("GET")) {
      return ok(state());
    }
    if (path.equals(FAULTS) && method.equals("DELETE")) {
      return ok(cleared(faults.clear(null, caller.arn())));
    }
    if (path.equals(FAULTS + "/log") && method.equals("GET")) {
      ObjectNode out = Json.object();
      ArrayNode entries = out.putArray("log");
      faults.log().forEach(entry -> entries.add(FaultJson.write(entry)));
      return ok(out);
    }
    if (path.startsWith(FAULTS + "/") && method.equals("DELETE")) {
      String id = path.substring(FAULTS.length() + 1);
      List<ActiveFault> cleared = faults.clear(id, caller.arn());
      return cleared.isEmpty()
          ? error(404, "ResourceNotFoundException", "No fault in force has the id " + id + ".")
          : ok(cleared(cleared));
    }
    return error(404, "UnknownOperationException", method + " " + path + " is no control call.");
  }

  private ObjectNode state() {
    ObjectNode out = Json.object();
    ArrayNode list = out.putArray("faults");
    faults.inForce().forEach(fault -> list.add(FaultJson.write(fault)));
    ObjectNode delays = out.putObject("delays");
    delays.put("trail", faults.trailDelay().toString());
    delays.put("finding", faults.findingDelay().toString());
    delays.put("iamConsistency", faults.iamDelay().toString());
    return out;
  }

  private static ObjectNode cleared(List<ActiveFault> cleared) {
    ObjectNode out = Json.object();
    ArrayNode ids = out.putArray("cleared");
    cleared.forEach(fault -> ids.add(fault.id()));
    return out;
  }

  private static HttpReply ok(JsonNode body) {
    return HttpReply.text(200, "application/json", Json.write(body));
  }

  private static HttpReply error(int status, String code, String message) {
    ObjectNode body = Json.object();
    body.put("__type", code);
    body.put("message", message);
    return HttpReply.text(status, "application/json", Json.write(body));
  }
}
