/**
 * Containment probes: checks of the account's state over the SDK (does the leaked key still work,
 * is the backdoor user gone, is the trail logging, is the detector on), run after each blue-team
 * response call the scorer sees and once more at the end, each journaled with its verdict.
 */
package io.firedrill.scoring.probe;
