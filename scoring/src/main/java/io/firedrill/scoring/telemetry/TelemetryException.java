package io.firedrill.scoring.telemetry;

import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;

/** Telemetry that cannot be read, with where: {@code file:line:column: message} when known. */
public final class TelemetryException extends RuntimeException {

  public TelemetryException(String message) {
    super(message);
  }

  /** A problem at the parser's position; the reader puts the file's name in front. */
  TelemetryException(JsonParser parser, String message) {
    super(where(parser.currentTokenLocation()) + message);
  }

  static String where(TokenStreamLocation at) {
    return at.getLineNr() + ":" + at.getColumnNr() + ": ";
  }
}
