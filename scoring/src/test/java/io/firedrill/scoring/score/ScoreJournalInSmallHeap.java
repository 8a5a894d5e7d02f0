package io.firedrill.scoring.score;

import java.nio.file.Path;

/**
 * Scores a journal file and prints its score and timeline length: run by {@link LargeJournalTest}
 * in a JVM of its own with a small heap.
 */
public final class ScoreJournalInSmallHeap {

  private ScoreJournalInSmallHeap() {}

  public static void main(String[] args) {
    Scorecard card = Scorer.score(Path.of(args[0]));
    System.out.println("score " + card.score() + ", timeline " + card.timeline().size());
  }
}
