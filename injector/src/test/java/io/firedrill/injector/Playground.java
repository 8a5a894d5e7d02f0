package io.firedrill.injector;

import io.firedrill.exercise.clock.ScenarioClock;
import io.firedrill.exercise.clock.Speed;
import io.firedrill.exercise.journal.Journal;
import io.firedrill.injector.aws.ActorIdentity;
import io.firedrill.injector.aws.AwsSession;
import io.firedrill.injector.aws.Target;
import io.firedrill.injector.cleanup.Cleanup;
import io.firedrill.injector.cleanup.CleanupReport;
import io.firedrill.injector.cleanup.Ledger;
import io.firedrill.sandbox.Sandbox;
import io.firedrill.sandbox.baseline.AppliedBaseline;
import io.firedrill.sandbox.baseline.Baseline;
import io.firedrill.sandbox.baseline.BaselineApplier;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;

/**
 * An embedded sandbox with the standard baseline applied, a journal, and sessions for the
 * injector's tests.
 */
public final class Playground implements AutoCloseable {

  public static final String TRAIL = "management-events";

  /** The baseline every exercise starts from: dev-frank, blue-responder, a logging trail. */
  static final Path STANDARD = Path.of("..", "scenarios", "baselines", "standard.yaml");

  public final Sandbox sandbox;
  public final AppliedBaseline baseline;
  public final Journal journal;
  private final List<AutoCloseable> open = new ArrayList<>();

  public Playground(Path dir) {
    sandbox = Sandbox.builder().port(0).start();
    baseline =
        BaselineApplier.apply(
            Baseline.load(STANDARD),
            sandbox.endpoint(),
            sandbox.region(),
            StaticCredentialsProvider.create(sandbox.adminCredentials()));
    journal = Journal.create(dir.resolve("journal.jsonl"), Clock.systemUTC());
  }

  public ScenarioClock clock(Speed speed) {
    return ScenarioClock.startingNow(Clock.systemUTC(), speed);
  }

  public AwsSession session(String actor, String user, String sourceIp) {
    AwsSession session =
        new AwsSession(
            new Target(sandbox.endpoint(), sandbox.region(), "test-exercise"),
            new ActorIdentity(actor, baseline.accessKeys().get(user), sourceIp, null));
    open.add(session);
    return session;
  }

  /** A session with the sandbox's admin key, as cleanup uses it. */
  public AwsSession control() {
    AwsSession session =
        new AwsSession(
            new Target(sandbox.endpoint(), sandbox.region(), "test-exercise"),
            new ActorIdentity("control", sandbox.adminCredentials(), null, null));
    open.add(session);
    return session;
  }

  /** A ledger that journals into this playground's journal. */
  public Ledger ledger(String technique) {
    return new Ledger(journal, clock(Speed.REAL_TIME), technique);
  }

  /** Undoes everything the journal's ledger holds, as the end of an exercise does. */
  public CleanupReport cleanup() {
    return Cleanup.undo(Cleanup.changes(journal.entries()), control());
  }

  /** A CloudTrail client with the sandbox's admin key, to look at what happened. */
  public CloudTrailClient admin() {
    CloudTrailClient client =
        CloudTrailClient.builder()
            .endpointOverride(sandbox.endpoint())
            .region(Region.of(sandbox.region()))
            .credentialsProvider(StaticCredentialsProvider.create(sandbox.adminCredentials()))
            .httpClient(UrlConnectionHttpClient.create())
            .build();
    open.add(client);
    return client;
  }

  @Override
  public void close() throws Exception {
    for (AutoCloseable c : open) {
      c.close();
    }
    journal.close();
    sandbox.close();
  }
}
