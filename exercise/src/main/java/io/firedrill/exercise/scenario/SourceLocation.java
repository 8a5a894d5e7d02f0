package io.firedrill.exercise.scenario;

/** Where something was written: a file and a 1-based line and column, for error messages. */
public record SourceLocation(String path, int line, int column) {

  public static SourceLocation unknown(String path) {
    return new SourceLocation(path, 1, 1);
  }

  /** The compiler convention that editors and CI systems annotate. */
  public String describe(String message) {
    return path + ":" + line + ":" + column + ": " + message;
  }
}
