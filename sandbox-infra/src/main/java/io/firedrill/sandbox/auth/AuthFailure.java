package io.firedrill.sandbox.auth;

/**
 * Why a request failed authentication. The gateway turns the kind into the error the request's
 * protocol answers with; such requests are never recorded in CloudTrail.
 */
public final class AuthFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** What went wrong. */
  public enum Kind {
    /** No {@code Authorization} header. */
    MISSING,
    /** An {@code Authorization} header that is not a complete SigV4 header. */
    INCOMPLETE,
    /**
     * An access key that does not exist or is inactive, or a session token that is missing, wrong,
     * or sent with a long-term key.
     */
    UNKNOWN_KEY,
    /** A signature that does not match, or a request signed too long ago. */
    BAD_SIGNATURE,
    /** Temporary credentials past their expiration. */
    EXPIRED_TOKEN
  }

  private final Kind kind;

  public AuthFailure(Kind kind, String message) {
    super(message, null, false, false);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
