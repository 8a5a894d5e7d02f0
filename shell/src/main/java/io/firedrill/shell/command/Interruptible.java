package io.firedrill.shell.command;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a command's long work so that Ctrl-C (or SIGTERM) stops it properly: the work's thread is
 * interrupted, it finishes what it must (cleanup, the journal's last entries, the report, the
 * summary), and the process then exits with the work's own exit code.
 */
final class Interruptible {

  /** The longest stopped work may take to finish before the process goes anyway. */
  private static final long GRACE_SECONDS = 60;

  private Interruptible() {}

  /** Runs the work, which returns the process's exit code, and returns that code. */
  static int run(Callable<Integer> work) throws Exception {
    Thread worker = Thread.currentThread();
    CountDownLatch done = new CountDownLatch(1);
    AtomicInteger code = new AtomicInteger(-1);
    Thread hook =
        new Thread(
            () -> {
              worker.interrupt();
              try {
                if (done.await(GRACE_SECONDS, TimeUnit.SECONDS) && code.get() >= 0) {
                  Runtime.getRuntime().halt(code.get());
                }
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "firedrill-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      int result = work.call();
      code.set(result);
      return result;
    } finally {
      System.out.flush();
      System.err.flush();
      done.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // The hook is running: it exits with the code just set.
      }
    }
  }
}
