package io.firedrill.injector.technique;

import java.util.List;

/**
 * What a technique is and how it shows: the data of the catalog.
 *
 * @param id Stratus Red Team's shape: {@code aws.<tactic>.<name>}
 * @param attackIds MITRE ATT&CK technique ids, such as T1562.008
 * @param eventNames the CloudTrail eventNames that detonation produces
 * @param guardDutyFindings the GuardDuty finding types it should raise; empty when none
 * @param permissions the IAM actions the actor's identity needs for detonation to succeed
 */
public record TechniqueInfo(
    String id,
    String name,
    String description,
    List<String> attackIds,
    IncidentType incidentType,
    List<String> eventNames,
    List<String> guardDutyFindings,
    List<String> permissions) {

  public TechniqueInfo {
    attackIds = List.copyOf(attackIds);
    eventNames = List.copyOf(eventNames);
    guardDutyFindings = List.copyOf(guardDutyFindings);
    permissions = List.copyOf(permissions);
  }

  /** The ATT&CK tactic part of the id, such as defense-evasion. */
  public String tactic() {
    return id.split("\\.")[1];
  }
}
