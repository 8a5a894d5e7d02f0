package io.firedrill.scoring.detect;

import java.util.List;

/**
 * A detection a team relies on: an EventBridge event pattern, with what it is for.
 *
 * @param name unique among the rules in use, e.g. cloudtrail-logging-disabled
 * @param severity low, medium, high or critical: how loudly the team is told
 * @param techniques the firedrill technique ids it should catch
 * @param pattern the EventBridge event pattern, as JSON
 * @param source the file it came from, for messages
 */
public record DetectionRule(
    String name, String severity, List<String> techniques, String pattern, String source) {

  public DetectionRule {
    techniques = List.copyOf(techniques);
  }
}
