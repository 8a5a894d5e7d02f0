package io.firedrill.exercise.journal;

/** A journal that cannot be trusted: unreadable, or edited after it was written. */
public final class JournalException extends RuntimeException {

  public JournalException(String message) {
    super(message);
  }
}
