package io.firedrill.sandbox.cloudtrail;

import io.firedrill.sandbox.wire.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * CloudTrail's event history: every authenticated call the sandbox serves, successful or not,
 * whether or not any trail is logging (AWS keeps event history independently of trails). Calls that
 * fail authentication never reach it, as on AWS.
 *
 * <p>Kept in memory for the life of the sandbox; a game day produces thousands of events, not
 * millions.
 */
public final class EventHistory {

  private final List<HistoryEntry> entries = new ArrayList<>();

  /** Records one served call. */
  public void record(CallRecord call) {
    String eventId = UUID.randomUUID().toString();
    String json = Json.write(EventRecords.build(call, eventId));
    synchronized (entries) {
      entries.add(
          new HistoryEntry(
              entries.size(),
              eventId,
              EventRecords.eventTime(call.time()),
              call.eventName(),
              call.eventSource(),
              call.readOnly(),
              call.caller().userName(),
              call.caller().accessKeyId(),
              call.resources(),
              json));
    }
  }

  /**
   * Up to {@code limit} entries matching {@code filter} recorded before sequence {@code before},
   * newest first.
   */
  List<HistoryEntry> newestFirst(Predicate<HistoryEntry> filter, long before, int limit) {
    List<HistoryEntry> page = new ArrayList<>();
    synchronized (entries) {
      for (int i = (int) Math.min(before, entries.size()) - 1; i >= 0 && page.size() < limit; i--) {
        HistoryEntry entry = entries.get(i);
        if (filter.test(entry)) {
          page.add(entry);
        }
      }
    }
    return page;
  }
}
