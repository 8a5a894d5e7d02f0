package io.firedrill.sandbox.s3;

import io.firedrill.sandbox.api.AwsException;
import io.firedrill.sandbox.auth.AuthFailure;
import io.firedrill.sandbox.auth.Authenticator;
import io.firedrill.sandbox.auth.Authorizer;
import io.firedrill.sandbox.auth.Caller;
import io.firedrill.sandbox.auth.Credential;
import io.firedrill.sandbox.auth.CredentialStore;
import io.firedrill.sandbox.auth.SigV4Header;
import io.firedrill.sandbox.cloudtrail.CallRecord;
import io.firedrill.sandbox.cloudtrail.EventHistory;
import io.firedrill.sandbox.fault.Faults;
import io.firedrill.sandbox.http.HttpCall;
import io.firedrill.sandbox.http.HttpReply;
import io.firedrill.sandbox.wire.QueryForm;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * S3's request pipeline: address (path or virtual host), authenticate (or serve anonymously),
 * decode the payload, route, authorize against IAM, the bucket policy and ACLs, run, record the
 * management events, answer with S3's headers ({@code x-amz-request-id}, {@code x-amz-id-2}) and
 * S3's error documents.
 */
public final class S3Front implements Function<HttpCall, HttpReply> {

  /** Same header, same rule as the gateway: a claimed source IP counts only when signed. */
  private static final String SOURCE_IP_HEADER = "x-firedrill-source-ip";

  private static final String EVENT_SOURCE = "s3.amazonaws.com";
  private static final char[] ID_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  private final CredentialStore credentials;
  private final Authenticator authenticator;
  private final S3Access access;
  private final EventHistory history;
  private final Clock clock;
  private final S3Routes routes;
  private final S3Operations operations;
  private final ObjectOperations objects;
  // Set before the server starts, or never: S3 without faults.
  private Faults faults;

  public S3Front(
      S3Store store,
      CredentialStore credentials,
      Authorizer authorizer,
      EventHistory history,
      Clock clock) {
    this.credentials = credentials;
    this.authenticator = new Authenticator(credentials);
    this.access = new S3Access(authorizer, store);
    this.history = history;
    this.clock = clock;
    this.objects = new ObjectOperations(store);
    this.operations = new S3Operations(store, this::deleteMany);
    this.routes = new S3Routes(operations);
  }

  /**
   * This front, meeting every call with the sandbox's throttle, latency and 5xx faults for the
   * service {@code s3} after authenticating it, as the gateway meets the other services' calls.
   */
  public S3Front withFaults(Faults chaos) {
    this.faults = chaos;
    return this;
  }

  /**
   * Whether a request is S3's: signed for the {@code s3} service, addressed to a bucket's virtual
   * host, or unsigned with a method no other emulated service's unsigned request uses (every other
   * protocol here POSTs).
   */
  public static boolean accepts(HttpCall call) {
    String authorization = call.header("authorization");
    if (authorization != null) {
      return "s3".equals(SigV4Header.serviceOf(authorization));
    }
    return S3Address.isVirtualHost(call)
        || !call.method().equals("POST")
        || call.rawQuery().startsWith("delete");
  }

  @Override
  public HttpReply apply(HttpCall call) {
    String requestId = requestId();
    String hostId = hostId();
    Instant now = clock.instant();
    S3Operation operation = null;
    S3Call s3 = null;
    String sourceIp = call.peerAddress();
    S3Result result;
    S3Error failure = null;
    try {
      if (call.oversized()) {
        throw S3Errors.of(
            400, "EntityTooLarge", "Your proposed upload exceeds the maximum allowed size");
      }
      S3Address address = S3Address.of(call);
      Map<String, String> query = query(call);
      SigV4Header auth = null;
      Caller caller = null;
      byte[] signingKey = null;
      String authorization = call.header("authorization");
      if (authorization != null) {
        auth = SigV4Header.parse(authorization);
        if (call.header("x-amz-content-sha256") == null) {
          throw S3Errors.of(
              400,
              "InvalidRequest",
              "Missing required header for this request: x-amz-content-sha256");
        }
        caller = authenticator.authenticate(call, auth, now);
        String secret =
            credentials.find(auth.accessKeyId()).map(Credential::secretAccessKey).orElseThrow();
        signingKey = SigningKeys.of(secret, auth);
        sourceIp = sourceIp(call, auth);
      } else if (query.containsKey("X-Amz-Signature")) {
        throw S3Errors.accessDenied("The sandbox does not serve presigned URLs.");
      }
      operation =
          routes.route(call.method(), address, query, call.header("x-amz-copy-source") != null);
      S3Payload payload = S3Payload.read(call, auth, signingKey);
      s3 =
          new S3Call(
              caller,
              address.bucket(),
              address.key(),
              query,
              call,
              payload.data(),
              payload.checksums(),
              auth == null ? "us-east-1" : auth.region(),
              now);
      try {
        meetFaults(operation);
        authorize(operation, s3, sourceIp);
        result = operation.handler().handle(s3);
      } catch (S3Error e) {
        failure = e;
        result = null;
      }
      record(operation, s3, address.host(), sourceIp, requestId, hostId, result, failure);
      if (failure != null) {
        throw failure;
      }
    } catch (S3Error e) {
      return error(call, e, requestId, hostId);
    } catch (AuthFailure e) {
      return error(call, authError(e), requestId, hostId);
    } catch (RuntimeException unexpected) {
      return error(call, S3Errors.internal(), requestId, hostId);
    }
    return reply(result, requestId, hostId);
  }

  private void meetFaults(S3Operation operation) {
    if (faults == null) {
      return;
    }
    try {
      faults.beforeS3(operation.name());
    } catch (AwsException e) {
      // Recorded like any refused call: CloudTrail holds a throttled CreateBucket with SlowDown.
      throw S3Errors.of(e.status(), e.code(), e.getMessage());
    }
  }

  private void authorize(S3Operation operation, S3Call call, String sourceIp) {
    if (operations.authorizesItself(operation)) {
      return;
    }
    access.check(operation, call, resource(call.bucket(), call.key(), operation), sourceIp);
    if (operation == operations.copyObject) {
      String[] source = ObjectOperations.copySource(call.header("x-amz-copy-source"));
      S3Call read =
          new S3Call(
              call.caller(),
              source[0],
              source[1],
              Map.of(),
              call.http(),
              new byte[0],
              Map.of(),
              call.region(),
              call.time());
      access.check(
          operations.getObject,
          read,
          resource(source[0], source[1], operations.getObject),
          sourceIp);
    }
  }

  private S3Result deleteMany(S3Call call) {
    return objects.deleteMany(
        call,
        key -> {
          S3Call one =
              new S3Call(
                  call.caller(),
                  call.bucket(),
                  key,
                  Map.of(),
                  call.http(),
                  new byte[0],
                  Map.of(),
                  call.region(),
                  call.time());
          try {
            access.check(
                operations.deleteObject,
                one,
                resource(call.bucket(), key, operations.deleteObject),
                call.http().peerAddress());
            return true;
          } catch (S3Error denied) {
            return false;
          }
        });
  }

  private static String resource(String bucket, String key, S3Operation operation) {
    if (bucket == null) {
      return "*";
    }
    boolean objectLevel = !operation.management() && !operation.name().equals("ListObjects");
    return objectLevel && key != null
        ? "arn:aws:s3:::" + bucket + "/" + key
        : "arn:aws:s3:::" + bucket;
  }

  // Management events of authenticated callers only: object-level calls are data events, which
  // event history does not hold, and the sandbox keeps no trail of anonymous callers.
  private void record(
      S3Operation operation,
      S3Call call,
      String host,
      String sourceIp,
      String requestId,
      String hostId,
      S3Result result,
      S3Error failure) {
    if (!operation.management() || call.caller() == null) {
      return;
    }
    history.record(
        new CallRecord(
            call.time(),
            call.caller(),
            EVENT_SOURCE,
            operation.name(),
            call.region(),
            sourceIp,
            call.header("user-agent"),
            S3Records.requestParameters(operation, call, host),
            null,
            failure == null ? null : failure.code(),
            failure == null ? null : failure.getMessage(),
            requestId,
            operation.readOnly(),
            S3Records.lookupResources(call),
            S3Records.eventResources(operation, call),
            S3Records.additionalEventData(
                call.body().length, result == null ? 0 : result.body().length, hostId)));
  }

  private static Map<String, String> query(HttpCall call) {
    try {
      return QueryForm.parse(call.rawQuery());
    } catch (IllegalArgumentException e) {
      throw S3Errors.of(400, "InvalidArgument", "The query string is not valid URL encoding.");
    }
  }

  private static String sourceIp(HttpCall call, SigV4Header auth) {
    String claimed = call.header(SOURCE_IP_HEADER);
    if (claimed != null && !claimed.isBlank() && auth.signedHeaders().contains(SOURCE_IP_HEADER)) {
      return claimed.trim();
    }
    return call.peerAddress();
  }

  private static S3Error authError(AuthFailure failure) {
    String message = failure.getMessage();
    return switch (failure.kind()) {
      case MISSING, INCOMPLETE -> S3Errors.of(400, "AuthorizationHeaderMalformed", message);
      case UNKNOWN_KEY ->
          S3Errors.of(
              403,
              "InvalidAccessKeyId",
              "The AWS Access Key Id you provided does not exist in our records.");
      case EXPIRED_TOKEN -> S3Errors.of(400, "ExpiredToken", "The provided token has expired.");
      case BAD_SIGNATURE ->
          message.startsWith("Signature")
              ? S3Errors.of(
                  403,
                  "RequestTimeTooSkewed",
                  "The difference between the request time and the current time is too large.")
              : S3Errors.of(
                  403,
                  "SignatureDoesNotMatch",
                  "The request signature we calculated does not match the signature you provided."
                      + " Check your key and signing method.");
    };
  }

  private static HttpReply reply(S3Result result, String requestId, String hostId) {
    Map<String, String> headers = new LinkedHashMap<>(result.headers());
    headers.put("x-amz-request-id", requestId);
    headers.put("x-amz-id-2", hostId);
    headers.put("Server", "AmazonS3");
    return new HttpReply(result.status(), headers, result.body());
  }

  private static HttpReply error(HttpCall call, S3Error error, String requestId, String hostId) {
    String body = "";
    // A HEAD answer has no body: clients read the error from the status alone.
    if (!call.method().equals("HEAD")) {
      StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error>");
      xml.append(element("Code", error.code())).append(element("Message", error.getMessage()));
      error.details().forEach((name, value) -> xml.append(element(name, value)));
      xml.append(element("RequestId", requestId)).append(element("HostId", hostId));
      body = xml.append("</Error>").toString();
    }
    return HttpReply.text(error.status(), "application/xml", body)
        .withHeader("x-amz-request-id", requestId)
        .withHeader("x-amz-id-2", hostId)
        .withHeader("Server", "AmazonS3");
  }

  private static String element(String name, String value) {
    return "<" + name + ">" + io.firedrill.sandbox.wire.Xml.escape(value) + "</" + name + ">";
  }

  private static String requestId() {
    char[] id = new char[16];
    for (int i = 0; i < id.length; i++) {
      id[i] = ID_CHARS[RANDOM.nextInt(ID_CHARS.length)];
    }
    return new String(id);
  }

  private static String hostId() {
    byte[] bytes = new byte[56];
    RANDOM.nextBytes(bytes);
    return Base64.getEncoder().encodeToString(bytes);
  }
}
