package io.firedrill.scoring.telemetry;

import io.firedrill.exercise.clock.ScenarioClock;
import io.firedrill.exercise.journal.EntryTypes;
import io.firedrill.exercise.journal.Journal;
import io.firedrill.scoring.detect.Detections;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import software.amazon.awssdk.services.guardduty.GuardDutyClient;
import software.amazon.awssdk.services.guardduty.model.Condition;
import software.amazon.awssdk.services.guardduty.model.Finding;
import software.amazon.awssdk.services.guardduty.model.ListFindingsResponse;

/**
 * Watches GuardDuty for findings updated since the exercise began, in every detector of the region,
 * and journals each new finding and each update of one (its count and last-seen time grow as the
 * activity repeats).
 */
public final class GuardDutyPoller implements AutoCloseable {

  public static final String SOURCE = "guardduty.findings";
  private static final int GET_FINDINGS_BATCH = 50;

  private final GuardDutyClient client;
  private final Journal journal;
  private final Consumer<String> progress;
  private final ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1);
  // Read and written by the executor's thread only: each finding's count when last journaled.
  private final Map<String, Integer> seenCounts = new HashMap<>();
  private volatile ScenarioClock clock;
  private volatile Detections detections;

  private GuardDutyPoller(GuardDutyClient client, Journal journal, Consumer<String> progress) {
    this.client = client;
    this.journal = journal;
    this.progress = progress;
  }

  /** Makes the poller and its first call, which loads the SDK, before the clock starts. */
  public static GuardDutyPoller prepare(
      GuardDutyClient client, Journal journal, Consumer<String> progress) {
    client.listDetectors();
    return new GuardDutyPoller(client, journal, progress);
  }

  /** Hands each new finding to the team's finding rules, which journal what goes off. */
  public GuardDutyPoller detecting(Detections detections) {
    this.detections = detections;
    return this;
  }

  public void start(ScenarioClock clock, Duration every) {
    this.clock = clock;
    executor.scheduleWithFixedDelay(this::pollQuietly, 0, every.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Polls once more now, so that the last findings are in the journal before scoring. */
  public void drain() throws InterruptedException {
    try {
      executor.submit(this::pollQuietly).get(30, TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      progress.accept("scorer: last GuardDuty poll failed: " + e.getMessage());
    }
  }

  private void pollQuietly() {
    try {
      for (String detector : client.listDetectorsPaginator().detectorIds()) {
        poll(detector);
      }
    } catch (RuntimeException e) {
      progress.accept("scorer: cannot read GuardDuty findings: " + e.getMessage());
    }
  }

  private void poll(String detector) {
    long since = clock.wallStart().minusSeconds(1).toEpochMilli();
    List<String> ids = new ArrayList<>();
    String token = null;
    do {
      String page = token;
      ListFindingsResponse response =
          client.listFindings(
              r ->
                  r.detectorId(detector)
                      .findingCriteria(
                          c ->
                              c.criterion(
                                  Map.of(
                                      "updatedAt",
                                      Condition.builder().greaterThanOrEqual(since).build())))
                      .nextToken(page));
      ids.addAll(response.findingIds());
      token = response.nextToken();
    } while (token != null && !token.isEmpty());
    for (int from = 0; from < ids.size(); from += GET_FINDINGS_BATCH) {
      List<String> batch = ids.subList(from, Math.min(ids.size(), from + GET_FINDINGS_BATCH));
      for (Finding finding :
          client.getFindings(r -> r.detectorId(detector).findingIds(batch)).findings()) {
        Integer count = finding.service() == null ? null : finding.service().count();
        Integer before = seenCounts.put(finding.id(), count == null ? 1 : count);
        if (before == null || !before.equals(count)) {
          Duration now = clock.now();
          Map<String, Object> facts = facts(finding, before != null);
          journal.append(EntryTypes.TELEMETRY_OBSERVED, now, facts);
          if (before == null && detections != null) {
            detections.onFinding(
                FindingJson.of(finding),
                (String) facts.get("accessKeyId"),
                (String) facts.get("api"),
                now);
          }
        }
      }
    }
  }

  private Map<String, Object> facts(Finding finding, boolean update) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("source", SOURCE);
    data.put("findingId", finding.id());
    data.put("findingType", finding.type());
    data.put("severity", finding.severity());
    data.put("update", update);
    var service = finding.service();
    if (service != null) {
      data.put("count", service.count());
      data.put("eventFirstSeen", service.eventFirstSeen());
      data.put("eventLastSeen", service.eventLastSeen());
      if (service.eventFirstSeen() != null) {
        data.put(
            "firstSeenAt",
            String.valueOf(clock.toScenario(Instant.parse(service.eventFirstSeen())).toMillis()));
      }
      if (service.action() != null && service.action().awsApiCallAction() != null) {
        var call = service.action().awsApiCallAction();
        data.put("api", call.api());
        if (call.remoteIpDetails() != null) {
          data.put("sourceIp", call.remoteIpDetails().ipAddressV4());
        }
      }
    }
    if (finding.resource() != null && finding.resource().accessKeyDetails() != null) {
      data.put("accessKeyId", finding.resource().accessKeyDetails().accessKeyId());
      data.put("userName", finding.resource().accessKeyDetails().userName());
    }
    return data;
  }

  @Override
  public void close() {
    executor.shutdown();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
