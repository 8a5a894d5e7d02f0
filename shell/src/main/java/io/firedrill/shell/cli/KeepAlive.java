package io.firedrill.shell.cli;

/**
 * Something a command started that outlives the command, such as a sandbox: a command run from the
 * command line keeps the process alive until it stops (on Ctrl-C).
 */
public interface KeepAlive {

  boolean running();

  /** Blocks until it has stopped. */
  void awaitStop() throws InterruptedException;
}
