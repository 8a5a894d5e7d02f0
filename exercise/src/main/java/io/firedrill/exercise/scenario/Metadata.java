package io.firedrill.exercise.scenario;

import java.util.List;

/**
 * What a scenario is about, for the people who choose and review it and for the report.
 *
 * @param severity low, medium, high or critical
 * @param incidentTypes among {@link #INCIDENT_TYPES}
 * @param attack MITRE ATT&CK technique ids such as T1562.008
 * @param objectives what the exercise tests, in the words of its planners
 */
public record Metadata(
    String severity, List<String> incidentTypes, List<String> attack, List<String> objectives) {

  /** The nine incident types of AWS's security incident response simulation workshop. */
  public static final List<String> INCIDENT_TYPES =
      List.of(
          "compliance-variance",
          "service-disruption",
          "unauthorized-resources",
          "unauthorized-access",
          "privilege-escalation",
          "persistence",
          "excessive-permissions",
          "information-exposure",
          "credentials-exposure");

  public static final List<String> SEVERITIES = List.of("low", "medium", "high", "critical");

  public static final Metadata NONE = new Metadata("medium", List.of(), List.of(), List.of());

  public Metadata {
    incidentTypes = List.copyOf(incidentTypes);
    attack = List.copyOf(attack);
    objectives = List.copyOf(objectives);
  }
}
