package io.firedrill.sandbox.guardduty;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A threat intel set: a list of known-bad addresses GuardDuty raises {@code
 * *:IAMUser/MaliciousIPCaller.Custom} for. The addresses are read from the location when the set is
 * activated, or its location changes while it is active.
 *
 * @param id 32 hex digits
 * @param name its name, which findings cite as {@code threatListName}
 * @param format TXT, the one format the sandbox reads
 * @param location where the list is read from
 * @param status ACTIVE, INACTIVE, or ERROR when the list could not be read
 * @param tags the set's tags
 * @param entries the addresses and CIDR blocks read, empty unless ACTIVE
 */
public record ThreatIntelSet(
    String id,
    String name,
    String format,
    String location,
    String status,
    Map<String, String> tags,
    List<String> entries) {

  public ThreatIntelSet {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(location, "location");
    tags = tags == null ? Map.of() : Map.copyOf(tags);
    entries = entries == null ? List.of() : List.copyOf(entries);
  }

  boolean active() {
    return "ACTIVE".equals(status);
  }
}
