package io.firedrill.sandbox.cloudtrail;

import io.firedrill.sandbox.wire.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Trail log delivery: every event a trail records while it logs (in its regions, passing its event
 * selectors) is written, every {@code interval}, to the trail's current bucket as a gzipped {@code
 * {"Records":[...]}} file per region, named and placed as CloudTrail names and places them. An
 * event recorded while the trail is stopped is never delivered, except the StopLogging call that
 * stopped it, which AWS delivers too.
 *
 * <p>A record is held back until it reaches LookupEvents (the trail-delay fault or the telemetry
 * profile, as in force when the call was recorded): a late trail is late in the bucket too, never
 * earlier there than in event history.
 */
final class TrailDelivery implements AutoCloseable {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmm'Z'").withZone(ZoneOffset.UTC);
  private static final char[] ALNUM =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  /** A record waiting for delivery, and when it may be delivered. */
  private record Pending(JsonNode record, Instant due) {}

  /** Where a trail's deliveries stand, for GetTrailStatus. */
  record Status(Instant latestDelivery, Instant latestAttempt, String latestError) {}

  private final TrailStore trails;
  private final LogSink sink;
  private final Clock clock;
  private final EventHistory history;
  private final Map<String, List<Pending>> pending = new LinkedHashMap<>();
  private final Map<String, Status> statuses = new ConcurrentHashMap<>();
  private final ScheduledExecutorService timer;

  TrailDelivery(
      TrailStore trails, EventHistory history, LogSink sink, Clock clock, Duration interval) {
    this.trails = trails;
    this.history = history;
    this.sink = sink;
    this.clock = clock;
    history.subscribeEntries(this::offer);
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "firedrill-trail-delivery");
              thread.setDaemon(true);
              return thread;
            });
    long millis = Math.max(1, interval.toMillis());
    timer.scheduleWithFixedDelay(this::deliverQuietly, millis, millis, TimeUnit.MILLISECONDS);
  }

  Status status(String trailArn) {
    return statuses.get(trailArn);
  }

  private void offer(HistoryEntry entry) {
    JsonNode record = Json.MAPPER.readTree(entry.recordJson());
    Pending item = new Pending(record, history.deliveredAt(entry));
    for (Trail trail : trails.all()) {
      if (records(trail, entry, record)) {
        synchronized (pending) {
          pending.computeIfAbsent(trail.arn(), arn -> new ArrayList<>()).add(item);
        }
      }
    }
  }

  private static boolean records(Trail trail, HistoryEntry entry, JsonNode record) {
    boolean stoppingThis =
        entry.eventName().equals("StopLogging")
            && !record.has("errorCode")
            && names(trail, record.at("/requestParameters/name").asString(""));
    if (!trail.logging() && !stoppingThis) {
      return false;
    }
    String region = record.path("awsRegion").asString("");
    if (!trail.multiRegion() && !region.equals(trail.homeRegion())) {
      return false;
    }
    JsonNode selectors = trail.eventSelectors();
    if (selectors == null || !selectors.isArray()) {
      return true;
    }
    for (JsonNode selector : selectors) {
      boolean management = selector.path("IncludeManagementEvents").asBoolean(true);
      String readWrite = selector.path("ReadWriteType").asString("All");
      boolean kind = readWrite.equals("All") || readWrite.equals("ReadOnly") == entry.readOnly();
      if (management && kind) {
        return true;
      }
    }
    return false;
  }

  private static boolean names(Trail trail, String nameOrArn) {
    return nameOrArn.equals(trail.name()) || nameOrArn.equals(trail.arn());
  }

  private void deliverQuietly() {
    try {
      deliver();
    } catch (RuntimeException e) {
      // A failed round is retried at the next: the records stay pending.
    }
  }

  /** Writes every trail's pending records that are due to its bucket now. */
  void deliver() {
    Instant now = clock.instant();
    Map<String, List<Pending>> due = new LinkedHashMap<>();
    synchronized (pending) {
      for (Map.Entry<String, List<Pending>> waiting : pending.entrySet()) {
        List<Pending> ready = new ArrayList<>();
        waiting.getValue().removeIf(p -> !p.due().isAfter(now) && ready.add(p));
        if (!ready.isEmpty()) {
          due.put(waiting.getKey(), ready);
        }
      }
      pending.values().removeIf(List::isEmpty);
    }
    for (Map.Entry<String, List<Pending>> batch : due.entrySet()) {
      Trail trail = trails.byArn(batch.getKey()).orElse(null);
      if (trail == null) {
        continue; // deleted: what it had not delivered is gone with it, as on AWS
      }
      Map<String, List<JsonNode>> byRegion = new LinkedHashMap<>();
      for (Pending item : batch.getValue()) {
        byRegion
            .computeIfAbsent(item.record().path("awsRegion").asString(), r -> new ArrayList<>())
            .add(item.record());
      }
      boolean delivered = true;
      for (Map.Entry<String, List<JsonNode>> region : byRegion.entrySet()) {
        String account = trail.arn().split(":")[4];
        byte[] file = gzip(region.getValue());
        delivered &= sink.put(trail.bucket(), key(trail, account, region.getKey(), now), file, now);
      }
      Status before = statuses.get(trail.arn());
      if (delivered) {
        statuses.put(trail.arn(), new Status(now, now, null));
      } else {
        statuses.put(
            trail.arn(),
            new Status(before == null ? null : before.latestDelivery(), now, "NoSuchBucket"));
        synchronized (pending) {
          pending
              .computeIfAbsent(trail.arn(), arn -> new ArrayList<>())
              .addAll(0, batch.getValue());
        }
      }
    }
  }

  static String key(Trail trail, String account, String region, Instant at) {
    String prefix =
        trail.keyPrefix() == null || trail.keyPrefix().isEmpty() ? "" : trail.keyPrefix() + "/";
    StringBuilder random = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      random.append(ALNUM[RANDOM.nextInt(ALNUM.length)]);
    }
    return prefix
        + "AWSLogs/"
        + account
        + "/CloudTrail/"
        + region
        + "/"
        + DAY.format(at)
        + "/"
        + account
        + "_CloudTrail_"
        + region
        + "_"
        + STAMP.format(at)
        + "_"
        + random
        + ".json.gz";
  }

  private static byte[] gzip(List<JsonNode> records) {
    ObjectNode file = Json.object();
    ArrayNode list = file.putArray("Records");
    records.forEach(list::add);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
      zip.write(Json.write(file).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
