package io.firedrill.sandbox.cloudtrail;

import io.firedrill.sandbox.wire.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

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
  // When each entry reaches LookupEvents, by position; restored entries have arrived long ago.
  private final List<Instant> deliveredAt = new ArrayList<>();
  private final List<Consumer<CallRecord>> listeners = new CopyOnWriteArrayList<>();
  private final List<Consumer<HistoryEntry>> entryListeners = new CopyOnWriteArrayList<>();
  private final Supplier<Duration> deliveryDelay;

  /** A history whose events reach LookupEvents as soon as they are recorded. */
  public EventHistory() {
    this(() -> Duration.ZERO);
  }

  /**
   * A history whose events reach LookupEvents only the delay {@code deliveryDelay} gives when the
   * call is recorded after the call was made, as AWS's do minutes later.
   */
  public EventHistory(Supplier<Duration> deliveryDelay) {
    this.deliveryDelay = Objects.requireNonNull(deliveryDelay, "deliveryDelay");
  }

  private final List<BiConsumer<CallRecord, String>> recordListeners = new CopyOnWriteArrayList<>();
  // eventSource + " " + eventName of data events, which event history does not hold.
  private final Set<String> dataEvents = ConcurrentHashMap.newKeySet();

  /**
   * Declares {@code eventNames} of {@code eventSource} data events (SQS SendMessage and the like):
   * as on AWS, event history neither holds them nor passes them to its subscribers.
   */
  public void dataEvents(String eventSource, Set<String> eventNames) {
    eventNames.forEach(name -> dataEvents.add(eventSource + " " + name));
  }

  /**
   * Like {@link #subscribe}, with the CloudTrail record as history holds it (JSON text), so that a
   * watcher sees the same eventID LookupEvents answers with.
   */
  public void subscribeRecords(BiConsumer<CallRecord, String> listener) {
    recordListeners.add(Objects.requireNonNull(listener, "listener"));
  }

  /**
   * Calls {@code listener} with every call recorded from now on, in the recording thread, after the
   * call is in the history. A listener that throws does not stop the recording or other listeners.
   */
  public void subscribe(Consumer<CallRecord> listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
  }

  /** Like {@link #subscribe}, with the entry as recorded: its event id and record JSON. */
  void subscribeEntries(Consumer<HistoryEntry> listener) {
    entryListeners.add(Objects.requireNonNull(listener, "listener"));
  }

  /** When {@code entry} reaches LookupEvents: its delay was fixed when it was recorded. */
  Instant deliveredAt(HistoryEntry entry) {
    synchronized (entries) {
      return deliveredAt.get((int) entry.sequence());
    }
  }

  List<HistoryEntry> snapshot() {
    synchronized (entries) {
      return List.copyOf(entries);
    }
  }

  // Sequences are positions in the list, so the restored entries keep theirs and new ones follow.
  void restore(List<HistoryEntry> state) {
    synchronized (entries) {
      entries.clear();
      entries.addAll(state);
      deliveredAt.clear();
      state.forEach(entry -> deliveredAt.add(Instant.MIN));
    }
  }

  /** Records one served call. */
  public void record(CallRecord call) {
    if (dataEvents.contains(call.eventSource() + " " + call.eventName())) {
      return;
    }
    HistoryEntry entry = append(call);
    for (Consumer<HistoryEntry> listener : entryListeners) {
      try {
        listener.accept(entry);
      } catch (RuntimeException ignored) {
        // As below: the call is recorded whatever a watcher does.
      }
    }
    String json = entry.recordJson();
    for (Consumer<CallRecord> listener : listeners) {
      try {
        listener.accept(call);
      } catch (RuntimeException ignored) {
        // A watcher's failure is its own; the call was served and is recorded.
      }
    }
    for (BiConsumer<CallRecord, String> listener : recordListeners) {
      try {
        listener.accept(call, json);
      } catch (RuntimeException ignored) {
        // As above.
      }
    }
  }

  private HistoryEntry append(CallRecord call) {
    String eventId = UUID.randomUUID().toString();
    String json = Json.write(EventRecords.build(call, eventId));
    Instant delivered = call.time().plus(deliveryDelay.get());
    synchronized (entries) {
      deliveredAt.add(delivered);
      HistoryEntry entry =
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
              json);
      entries.add(entry);
      return entry;
    }
  }

  /** Whether an entry has reached LookupEvents by {@code now}. */
  Predicate<HistoryEntry> deliveredBy(Instant now) {
    return entry -> {
      synchronized (entries) {
        return !deliveredAt.get((int) entry.sequence()).isAfter(now);
      }
    };
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
