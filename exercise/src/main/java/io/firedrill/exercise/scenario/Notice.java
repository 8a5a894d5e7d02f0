package io.firedrill.exercise.scenario;

import java.time.Duration;

/**
 * A game master's message delivered to the players at a point of the timeline, such as the abuse
 * notice AWS sends when it finds an access key in a public repository. Journaled, and shown to
 * everyone watching the exercise.
 *
 * @param from who the message appears to come from, e.g. {@code AWS Trust & Safety}
 * @param subject one line
 * @param text the message itself; may be empty
 */
public record Notice(
    int index, Duration at, String from, String subject, String text, SourceLocation location) {}
