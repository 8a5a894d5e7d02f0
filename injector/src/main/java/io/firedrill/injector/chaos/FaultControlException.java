package io.firedrill.injector.chaos;

/** The control API refused a request, or could not be reached. */
public final class FaultControlException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;

  FaultControlException(int status, String code, String message) {
    super(status + " " + code + ": " + message);
    this.status = status;
    this.code = code;
  }

  FaultControlException(String message, Throwable cause) {
    super(message, cause);
    this.status = 0;
    this.code = "Unreachable";
  }

  /** The HTTP status, or 0 when no answer came. */
  public int status() {
    return status;
  }

  /** The error code, e.g. {@code AccessDeniedException} or {@code ValidationException}. */
  public String code() {
    return code;
  }
}
