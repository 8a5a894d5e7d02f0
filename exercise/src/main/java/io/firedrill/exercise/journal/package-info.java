/**
 * The journal: the append-only record of everything that happened in an exercise, one JSON object
 * per line, each line carrying the SHA-256 of the line before it so that any later edit shows.
 * Scores and reports are computed from it alone.
 */
package io.firedrill.exercise.journal;
