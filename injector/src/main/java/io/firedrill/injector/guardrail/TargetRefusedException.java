package io.firedrill.injector.guardrail;

/** The target is not one firedrill may inject into; nothing was injected. */
public final class TargetRefusedException extends RuntimeException {

  public TargetRefusedException(String message) {
    super(message);
  }
}
