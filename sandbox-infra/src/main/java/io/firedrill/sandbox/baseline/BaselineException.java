package io.firedrill.sandbox.baseline;

/**
 * A baseline file that cannot be used, with where: the message reads {@code path:line:column:
 * message}, lines and columns counted from 1.
 */
public final class BaselineException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final int column;
  private final String problem;

  public BaselineException(String source, int line, int column, String problem) {
    super(source + ":" + line + ":" + column + ": " + problem);
    this.source = source;
    this.line = line;
    this.column = column;
    this.problem = problem;
  }

  /** The file (or other source name) the problem is in. */
  public String source() {
    return source;
  }

  /** The line, from 1. */
  public int line() {
    return line;
  }

  /** The column, from 1. */
  public int column() {
    return column;
  }

  /** What is wrong, without the position. */
  public String problem() {
    return problem;
  }
}
