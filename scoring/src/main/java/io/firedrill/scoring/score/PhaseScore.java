package io.firedrill.scoring.score;

/**
 * How the blue team did in one response phase.
 *
 * @param weight the phase's share of the exercise's score
 * @param factor 0 to 1: the mean of the phase's expectations' factors
 * @param points weight times factor
 */
public record PhaseScore(String phase, int weight, double factor, double points, Rating rating) {}
