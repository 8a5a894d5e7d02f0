/**
 * The scorecard: a pure function of the journal that says which expectations the blue team met,
 * when, and on what evidence.
 */
package io.firedrill.scoring.score;
