package io.firedrill.injector.cleanup;

import io.firedrill.exercise.clock.ScenarioClock;
import io.firedrill.exercise.journal.EntryTypes;
import io.firedrill.exercise.journal.Journal;

/** Where an inject writes down a change before making it: the journal, flushed at once. */
public final class Ledger {

  private final Journal journal;
  private final ScenarioClock clock;
  private final String technique;

  public Ledger(Journal journal, ScenarioClock clock, String technique) {
    this.journal = journal;
    this.clock = clock;
    this.technique = technique;
  }

  /** Journals the change; call it before the API call that makes it. */
  public void willMake(Change change) {
    journal.append(EntryTypes.LEDGER_RECORDED, clock.now(), change.toJournal(technique));
  }

  /** The technique the changes are made for, to tag what it creates. */
  public String technique() {
    return technique;
  }
}
