package io.firedrill.shell.exercise;

import io.firedrill.exercise.clock.ScenarioClock;
import io.firedrill.exercise.journal.Journal;
import io.firedrill.exercise.scenario.Playbook;
import io.firedrill.injector.aws.AwsSession;
import io.firedrill.injector.chaos.FaultControl;
import io.firedrill.injector.plan.Plan;
import io.firedrill.injector.responder.ScriptedBlueTeam;
import io.firedrill.injector.timeline.Timeline;
import io.firedrill.scoring.detect.DetectionRule;
import io.firedrill.scoring.detect.Detections;
import io.firedrill.scoring.probe.ContainmentProber;
import io.firedrill.scoring.telemetry.CloudTrailPoller;
import io.firedrill.scoring.telemetry.GuardDutyPoller;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.guardduty.GuardDutyClient;

/**
 * The running part of an exercise: the timeline, the scorer's poller and the blue team. What takes
 * time to set up is set up before the clock starts, so scenario time zero is when play begins.
 */
final class Play implements AutoCloseable {

  /** Why an exercise stopped from outside ended. */
  static final String INTERRUPTED = "interrupted before its end";

  /** Scenario time between the scorer's polls of CloudTrail. */
  private static final Duration POLL_EVERY = Duration.ofSeconds(1);

  private final Cast cast;
  private final Journal journal;
  private final RunOptions options;
  private final Timeline timeline;
  private final CloudTrailPoller poller;
  private final GuardDutyPoller findings;
  private final ContainmentProber prober;
  private final List<AutoCloseable> resources;
  private final Playbook playbook;
  private ScriptedBlueTeam blue;
  private ScenarioClock clock;

  private Play(
      Cast cast,
      Journal journal,
      RunOptions options,
      Timeline timeline,
      CloudTrailPoller poller,
      GuardDutyPoller findings,
      ContainmentProber prober,
      Playbook playbook,
      List<AutoCloseable> resources) {
    this.prober = prober;
    this.playbook = playbook;
    this.cast = cast;
    this.journal = journal;
    this.options = options;
    this.timeline = timeline;
    this.poller = poller;
    this.findings = findings;
    this.resources = resources;
  }

  static Play prepare(
      Plan plan,
      Cast cast,
      Journal journal,
      RunOptions options,
      Playbook playbook,
      List<DetectionRule> rules,
      Consumer<String> progress) {
    List<AutoCloseable> resources = new ArrayList<>();
    Detections detections = new Detections(rules, journal);
    CloudTrailClient scorerClient =
        CloudTrailClient.builder()
            .endpointOverride(cast.target().endpoint())
            .region(Region.of(cast.target().region()))
            .credentialsProvider(StaticCredentialsProvider.create(cast.control()))
            .httpClient(UrlConnectionHttpClient.create())
            .build();
    resources.add(scorerClient);
    CloudTrailPoller poller =
        CloudTrailPoller.prepare(
            scorerClient, journal, rateLimitGap(cast.target().endpoint()), progress);
    poller.detecting(detections);
    Map<String, AwsSession> sessions = new LinkedHashMap<>();
    cast.actors()
        .forEach((name, identity) -> sessions.put(name, new AwsSession(cast.target(), identity)));
    resources.addAll(sessions.values());
    Timeline timeline = Timeline.prepare(plan, sessions, journal, progress);
    if (!plan.scenario().faults().isEmpty() && cast.target().endpoint() != null) {
      // Only a firedrill sandbox has the control API; elsewhere each fault is journaled unset.
      timeline.withFaults(
          new FaultControl(cast.target().endpoint(), cast.target().region(), cast.control()));
    }
    Warmup.run(plan, cast);
    GuardDutyClient guardDuty =
        GuardDutyClient.builder()
            .endpointOverride(cast.target().endpoint())
            .region(Region.of(cast.target().region()))
            .credentialsProvider(StaticCredentialsProvider.create(cast.control()))
            .httpClient(UrlConnectionHttpClient.create())
            .build();
    resources.add(guardDuty);
    GuardDutyPoller findings =
        GuardDutyPoller.prepare(guardDuty, journal, progress).detecting(detections);
    ContainmentProber prober =
        ContainmentProber.prepare(
            cast.target().endpoint(),
            cast.target().region(),
            cast.control(),
            cast.actors().values().stream().map(a -> a.credentials()).toList(),
            journal,
            progress);
    return new Play(
        cast, journal, options, timeline, poller, findings, prober, playbook, resources);
  }

  /** Starts the scorer, the blue team and the timeline on the clock, which has just started. */
  void begin(ScenarioClock clock, Consumer<String> progress) {
    this.clock = clock;
    timeline.start(clock); // first: the injects at 0s are due now
    poller.start(clock, wallEvery(clock));
    findings.start(clock, wallEvery(clock));
    // Probing is not urgent: a verdict is credited to the call that made it pass, not to the probe.
    prober.start(clock, Duration.ofMillis(Math.max(200, wallEvery(clock).toMillis())));
    if (options.blueAuto()) {
      AwsSession blueSession = new AwsSession(cast.target(), cast.blue());
      resources.add(blueSession);
      blue =
          ScriptedBlueTeam.start(
              blueSession,
              playbook,
              clock,
              journal,
              Set.of(cast.control().accessKeyId()),
              progress);
    }
  }

  /**
   * Waits until the scenario's end, or until every inject has fired and every expectation is met.
   *
   * @return why the exercise ended
   */
  String awaitEnd(Duration end, BooleanSupplier allMet, Supplier<String> stopped) {
    // Scoring the whole journal is not free: a few times a second is soon enough to end.
    long checkMillis = Math.max(100, wallEvery(clock).toMillis());
    try {
      while (clock.now().compareTo(end) < 0) {
        if (stopped.get() != null) {
          return stopped.get();
        }
        if (timeline.allFired() && allMet.getAsBoolean()) {
          return "every expectation was met";
        }
        Thread.sleep(checkMillis);
      }
    } catch (InterruptedException e) {
      // Stopped from outside (Ctrl-C): the exercise still ends properly, cleanup and all.
      return INTERRUPTED;
    }
    return "the scenario's end time was reached";
  }

  Timeline timeline() {
    return timeline;
  }

  private static Duration wallEvery(ScenarioClock clock) {
    long millis = clock.wallSpan(POLL_EVERY).toMillis();
    return Duration.ofMillis(Math.max(5, Math.min(1000, millis)));
  }

  /** Stops the timeline and the blue team, lets the scorer read the last events, then stops it. */
  @Override
  public void close() throws InterruptedException {
    timeline.close();
    if (blue != null) {
      blue.close();
    }
    poller.drain();
    poller.close();
    findings.drain();
    findings.close();
    prober.drain(); // after the last records: they may hold the response it probes
    prober.close();
    for (AutoCloseable resource : resources) {
      try {
        resource.close();
      } catch (Exception e) {
        // Releasing HTTP connections at the end of an exercise; nothing to do if it fails.
      }
    }
  }

  /**
   * The gap between LookupEvents requests: none on loopback (a firedrill sandbox or LocalStack has
   * no rate limit), AWS's 2 requests per second elsewhere.
   */
  private static Duration rateLimitGap(java.net.URI endpoint) {
    String host = endpoint == null ? null : endpoint.getHost();
    boolean loopback =
        host != null
            && (host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]"));
    return loopback ? Duration.ZERO : Duration.ofMillis(500);
  }
}
