/**
 * The scripted blue team ({@code --blue auto}): responders that watch the account the way a
 * defender would, through CloudTrail, and answer after a human-like delay.
 */
package io.firedrill.injector.responder;
