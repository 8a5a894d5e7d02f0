package io.firedrill.shell.exercise;

/** The process exit codes that scripts and CI systems can rely on. */
public final class ExitCodes {

  public static final int OK = 0;
  public static final int EXPECTATION_MISSED = 1;
  public static final int BAD_INPUT = 2;
  public static final int TARGET_REFUSED = 3;
  public static final int INTERRUPTED = 4;

  private ExitCodes() {}
}
