package io.firedrill.sandbox.cloudtrail;

import java.util.List;

/**
 * CloudTrail's content as plain data, to persist across a restart: the trails with their logging
 * state and selectors, and the whole event history, oldest first.
 */
public record CloudTrailState(List<Trail> trails, List<HistoryEntry> events) {

  public CloudTrailState {
    trails = List.copyOf(trails);
    events = List.copyOf(events);
  }
}
