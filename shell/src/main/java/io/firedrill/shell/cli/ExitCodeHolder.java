package io.firedrill.shell.cli;

import io.firedrill.shell.exercise.ExitCodes;
import org.springframework.stereotype.Component;

/** The exit code that the command run from the command line asked for. */
@Component
public class ExitCodeHolder {

  private volatile int code = ExitCodes.OK;

  public int get() {
    return code;
  }

  public void set(int code) {
    this.code = code;
  }
}
