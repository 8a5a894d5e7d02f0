package io.firedrill.sandbox.auth;

import io.firedrill.sandbox.http.HttpCall;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Turns a signed request into the {@link Caller} that signed it, or an {@link AuthFailure}. */
public final class Authenticator {

  private static final DateTimeFormatter AMZ_DATE =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  // AWS accepts a signature for 15 minutes either side of its own clock.
  private static final Duration SKEW = Duration.ofMinutes(15);
  private static final String TOKEN = "x-amz-security-token";
  private static final String INVALID_TOKEN =
      "The security token included in the request is invalid.";
  private static final String EXPIRED_TOKEN =
      "The security token included in the request is expired";
  private static final String NO_MATCH =
      "The request signature we calculated does not match the signature you provided. Check your"
          + " AWS Secret Access Key and signing method. Consult the service documentation for"
          + " details.";

  private final CredentialStore credentials;

  public Authenticator(CredentialStore credentials) {
    this.credentials = credentials;
  }

  /** The caller of {@code call}, whose Authorization header parsed as {@code auth}. */
  public Caller authenticate(HttpCall call, SigV4Header auth, Instant now) {
    String amzDate = call.header("x-amz-date");
    if (amzDate == null) {
      throw new AuthFailure(
          AuthFailure.Kind.INCOMPLETE,
          "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.");
    }
    Instant signedAt;
    try {
      signedAt = Instant.from(AMZ_DATE.parse(amzDate));
    } catch (DateTimeParseException e) {
      throw new AuthFailure(AuthFailure.Kind.INCOMPLETE, "Invalid X-Amz-Date: " + amzDate);
    }
    Credential credential =
        credentials
            .find(auth.accessKeyId())
            .filter(Credential::active)
            .orElseThrow(() -> new AuthFailure(AuthFailure.Kind.UNKNOWN_KEY, INVALID_TOKEN));
    checkToken(credential, securityToken(call));
    checkFreshness(amzDate, signedAt, now);
    if (!SignatureVerifier.matches(call, auth, credential.secretAccessKey(), signedAt)) {
      throw new AuthFailure(AuthFailure.Kind.BAD_SIGNATURE, NO_MATCH);
    }
    if (credential.temporary() && !now.isBefore(credential.expiration())) {
      throw new AuthFailure(AuthFailure.Kind.EXPIRED_TOKEN, EXPIRED_TOKEN);
    }
    Caller caller = credential.caller();
    // IAM refuses an IAM user's own session credentials unless the session was created with MFA,
    // and says so as it says for any token it does not accept.
    if (caller.isUser()
        && caller.temporary()
        && !caller.session().mfaAuthenticated()
        && auth.service().equals("iam")) {
      throw new AuthFailure(AuthFailure.Kind.UNKNOWN_KEY, INVALID_TOKEN);
    }
    credentials.used(credential.accessKeyId(), now, auth.service(), auth.region());
    return caller;
  }

  // A temporary key works only with its own token; a long-term key with none.
  private static void checkToken(Credential credential, String token) {
    boolean matches =
        credential.temporary() ? credential.sessionToken().equals(token) : token == null;
    if (!matches) {
      throw new AuthFailure(AuthFailure.Kind.UNKNOWN_KEY, INVALID_TOKEN);
    }
  }

  // The SDKs send the token as a header; presigning clients put it in the query string.
  private static String securityToken(HttpCall call) {
    String header = call.header(TOKEN);
    if (header != null) {
      return header;
    }
    for (String pair : call.rawQuery().split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0 && decode(pair.substring(0, eq)).equalsIgnoreCase(TOKEN)) {
        return decode(pair.substring(eq + 1));
      }
    }
    return null;
  }

  private static String decode(String raw) {
    try {
      return URLDecoder.decode(raw, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return raw;
    }
  }

  private static void checkFreshness(String amzDate, Instant signedAt, Instant now) {
    if (signedAt.isBefore(now.minus(SKEW))) {
      throw new AuthFailure(
          AuthFailure.Kind.BAD_SIGNATURE,
          "Signature expired: "
              + amzDate
              + " is now earlier than "
              + AMZ_DATE.format(now.minus(SKEW))
              + " ("
              + AMZ_DATE.format(now)
              + " - 15 min.)");
    }
    if (signedAt.isAfter(now.plus(SKEW))) {
      throw new AuthFailure(
          AuthFailure.Kind.BAD_SIGNATURE,
          "Signature not yet current: "
              + amzDate
              + " is still later than "
              + AMZ_DATE.format(now.plus(SKEW))
              + " ("
              + AMZ_DATE.format(now)
              + " + 15 min.)");
    }
  }
}
