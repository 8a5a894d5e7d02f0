/**
 * The timeline: injects scheduled on Quartz at their scenario offsets, fired with their actor's
 * session, each journaled with its schedule, its lateness and AWS's answers.
 */
package io.firedrill.injector.timeline;
