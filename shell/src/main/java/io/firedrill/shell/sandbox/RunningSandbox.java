package io.firedrill.shell.sandbox;

import io.firedrill.sandbox.Sandbox;
import io.firedrill.sandbox.baseline.AppliedBaseline;
import io.firedrill.sandbox.baseline.Baseline;
import io.firedrill.sandbox.baseline.BaselineApplier;
import io.firedrill.sandbox.fault.Telemetry;
import io.firedrill.shell.exercise.ScenarioLibrary;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/** An embedded sandbox with a baseline applied, and the keys each party uses to reach it. */
public final class RunningSandbox implements AutoCloseable {

  /** The baseline users whose keys the blue team and the attacker use. */
  static final String BLUE_USER = "blue-responder";

  static final String ATTACKER_USER = "dev-frank";

  private final Sandbox sandbox;
  private final String baselineName;
  private final Map<Party, AwsCredentials> keys;

  private RunningSandbox(Sandbox sandbox, String baselineName, Map<Party, AwsCredentials> keys) {
    this.sandbox = sandbox;
    this.baselineName = baselineName;
    this.keys = keys;
  }

  /**
   * Starts a sandbox on 127.0.0.1 and applies a baseline to it through the SDK; or, given a state
   * folder that holds a saved sandbox, starts that sandbox again as it was, keys and all.
   *
   * @param port the port, or 0 for any free one
   * @param stateDir where the sandbox is saved when it stops, or null to keep nothing
   */
  public static RunningSandbox start(
      ScenarioLibrary library, String baselineName, int port, Path stateDir) {
    return start(library, baselineName, port, stateDir, Telemetry.FAST);
  }

  /**
   * As {@link #start(ScenarioLibrary, String, int, Path)}, with {@code telemetry}'s delays for
   * CloudTrail's event history and GuardDuty's findings.
   */
  public static RunningSandbox start(
      ScenarioLibrary library, String baselineName, int port, Path stateDir, Telemetry telemetry) {
    Sandbox.Builder builder = Sandbox.builder().port(port).telemetry(telemetry);
    if (stateDir != null) {
      builder.stateDir(stateDir);
      if (PartyKeys.exist(stateDir)) {
        Sandbox sandbox = builder.start();
        PartyKeys saved = PartyKeys.read(stateDir);
        return new RunningSandbox(sandbox, saved.baseline(), saved.keys());
      }
    }
    Baseline baseline = library.loadBaseline(baselineName);
    Sandbox sandbox = builder.start();
    try {
      AppliedBaseline applied =
          BaselineApplier.apply(
              baseline,
              sandbox.endpoint(),
              sandbox.region(),
              StaticCredentialsProvider.create(sandbox.adminCredentials()));
      Map<Party, AwsCredentials> keys = new EnumMap<>(Party.class);
      keys.put(Party.ADMIN, sandbox.adminCredentials());
      if (applied.accessKeys().containsKey(BLUE_USER)) {
        keys.put(Party.BLUE, applied.accessKeys().get(BLUE_USER));
      }
      if (applied.accessKeys().containsKey(ATTACKER_USER)) {
        keys.put(Party.ATTACKER, applied.accessKeys().get(ATTACKER_USER));
      }
      if (stateDir != null) {
        new PartyKeys(baseline.name(), keys).write(stateDir);
      }
      return new RunningSandbox(sandbox, baseline.name(), keys);
    } catch (RuntimeException e) {
      sandbox.close();
      throw e;
    }
  }

  public Sandbox sandbox() {
    return sandbox;
  }

  public String baselineName() {
    return baselineName;
  }

  /**
   * The shell lines that point the AWS CLI, boto3 or an SDK at the sandbox as one party. They hold
   * a secret key: they are for the terminal of the person who asked, never for a log.
   */
  public String exports(Party party) {
    AwsCredentials key = keys.get(party);
    if (key == null) {
      throw new IllegalArgumentException(
          "baseline '" + baselineName + "' has no key for " + party.description());
    }
    return "export AWS_ENDPOINT_URL="
        + sandbox.endpoint()
        + " AWS_ACCESS_KEY_ID="
        + key.accessKeyId()
        + " AWS_SECRET_ACCESS_KEY="
        + key.secretAccessKey()
        + " AWS_REGION="
        + sandbox.region()
        // The AWS CLI v1 and boto3 read the region from AWS_DEFAULT_REGION only.
        + " AWS_DEFAULT_REGION="
        + sandbox.region();
  }

  public boolean has(Party party) {
    return keys.containsKey(party);
  }

  @Override
  public void close() {
    sandbox.close();
  }

  @Override
  public String toString() {
    return "RunningSandbox[" + sandbox + ", baseline " + baselineName + "]";
  }
}
