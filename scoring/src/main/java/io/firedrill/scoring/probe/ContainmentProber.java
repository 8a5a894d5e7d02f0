package io.firedrill.scoring.probe;

import io.firedrill.exercise.clock.ScenarioClock;
import io.firedrill.exercise.journal.EntryTypes;
import io.firedrill.exercise.journal.Journal;
import io.firedrill.exercise.journal.JournalEntry;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import tools.jackson.databind.JsonNode;

/**
 * Checks that the blue team's response took hold, not just that the call was made. It reads the
 * journal as it grows: the attack's records say what to probe (the leaked keys, the users it
 * created, the trails it stopped, the detector it disabled), and each blue-team response call
 * triggers the probes of its phase. Every probe is journaled, so the scorecard, which decides what
 * was achieved and when, stays a function of the journal alone.
 */
public final class ContainmentProber implements AutoCloseable {

  private static final Set<String> CONTAIN =
      Set.of(
          "UpdateAccessKey",
          "DeleteAccessKey",
          "PutUserPolicy",
          "PutRolePolicy",
          "PutGroupPolicy",
          "AttachUserPolicy",
          "AttachRolePolicy",
          "AttachGroupPolicy");
  private static final Set<String> ERADICATE =
      Set.of("DeleteUser", "DeleteLoginProfile", "DeleteAccessKey");
  private static final Set<String> RECOVER =
      Set.of("StartLogging", "CreateTrail", "UpdateDetector", "CreateDetector");

  private final Probes probes;
  private final Journal journal;
  private final Consumer<String> progress;
  private final Map<String, AwsCredentials> leakedByKeyId = new LinkedHashMap<>();
  private final ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1);
  // Read and written by the executor's thread only.
  private final Map<String, String> userByKeyId = new LinkedHashMap<>();
  private final Set<String> createdUsers = new LinkedHashSet<>();
  private final Set<String> stoppedTrails = new LinkedHashSet<>();
  private boolean detectorImpaired;
  private String controlKey;
  private int next;
  private volatile ScenarioClock clock;

  private ContainmentProber(
      Probes probes, List<AwsCredentials> leaked, Journal journal, Consumer<String> progress) {
    this.probes = probes;
    this.journal = journal;
    this.progress = progress;
    leaked.forEach(key -> leakedByKeyId.put(key.accessKeyId(), key));
  }

  /**
   * @param control firedrill's own key, which reads the account's state
   * @param leaked the actors' keys, each probed to see whether AWS still accepts it; kept in memory
   *     only, and journaled by key id
   */
  public static ContainmentProber prepare(
      URI endpoint,
      String region,
      AwsCredentials control,
      List<AwsCredentials> leaked,
      Journal journal,
      Consumer<String> progress) {
    return new ContainmentProber(new Probes(endpoint, region, control), leaked, journal, progress);
  }

  public void start(ScenarioClock clock, Duration every) {
    this.clock = clock;
    executor.scheduleWithFixedDelay(
        this::readQuietly, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Reads what is left of the journal, then probes everything once more: the final state. */
  public void drain() throws InterruptedException {
    try {
      executor
          .submit(
              () -> {
                readQuietly();
                probeAll(true, true, true, null);
              })
          .get(60, TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      progress.accept("scorer: last containment probes failed: " + e.getMessage());
    }
  }

  private void readQuietly() {
    try {
      List<JournalEntry> entries = journal.entries();
      for (; next < entries.size(); next++) {
        read(entries.get(next));
      }
    } catch (RuntimeException e) {
      progress.accept("scorer: a containment probe failed: " + e.getMessage());
    }
  }

  private void read(JournalEntry entry) {
    if (EntryTypes.EXERCISE_STARTED.equals(entry.type())) {
      controlKey = entry.text("controlAccessKeyId");
      for (JsonNode actor : entry.data().path("actors")) {
        userByKeyId.put(
            actor.path("accessKeyId").asString(""), actor.path("userName").asString(null));
      }
      return;
    }
    String key = entry.text("accessKeyId");
    String event = entry.text("eventName");
    if (!EntryTypes.TELEMETRY_OBSERVED.equals(entry.type())
        || key == null
        || event == null
        || entry.text("errorCode") != null
        || key.equals(controlKey)) {
      return;
    }
    JsonNode p = entry.data().path("requestParameters");
    if (leakedByKeyId.containsKey(key)) {
      noteAttack(event, p);
    } else if (!"AWSService".equals(entry.text("identityType"))) {
      boolean contain = CONTAIN.contains(event);
      boolean eradicate = ERADICATE.contains(event);
      boolean recover = RECOVER.contains(event);
      if (contain || eradicate || recover) {
        probeAll(contain, eradicate, recover, entry.text("eventId"));
      }
    }
  }

  private void noteAttack(String event, JsonNode p) {
    switch (event) {
      case "CreateUser" -> createdUsers.add(p.path("userName").asString());
      case "StopLogging", "DeleteTrail" -> {
        String name = p.path("name").asString("");
        stoppedTrails.add(name.substring(name.lastIndexOf('/') + 1));
      }
      case "DeleteDetector" -> detectorImpaired = true;
      case "UpdateDetector" -> detectorImpaired |= !p.path("enable").asBoolean(true);
      default -> {}
    }
  }

  private void probeAll(boolean contain, boolean eradicate, boolean recover, String after) {
    // Stamped with when the checks began: what they saw is the state at about that moment.
    Duration now = clock.now();
    List<ProbeResult> results = new ArrayList<>();
    if (contain) {
      leakedByKeyId.forEach((id, key) -> results.add(probes.key(userByKeyId.get(id), key)));
    }
    if (eradicate) {
      createdUsers.forEach(user -> results.add(probes.user(user)));
    }
    if (recover) {
      stoppedTrails.forEach(trail -> results.add(probes.trail(trail)));
      if (detectorImpaired) {
        results.add(probes.detector());
      }
    }
    for (ProbeResult result : results) {
      journal.append(EntryTypes.PROBE_CHECKED, now, result.toJournal(after));
    }
  }

  @Override
  public void close() {
    executor.shutdown();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    probes.close();
  }
}
