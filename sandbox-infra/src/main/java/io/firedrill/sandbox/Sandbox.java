package io.firedrill.sandbox;

import io.firedrill.sandbox.auth.Authorizer;
import io.firedrill.sandbox.ec2.Ec2Service;
import io.firedrill.sandbox.fault.FaultSpec;
import io.firedrill.sandbox.fault.Telemetry;
import io.firedrill.sandbox.guardduty.ApiBaseline;
import io.firedrill.sandbox.guardduty.TorExitNodes;
import io.firedrill.sandbox.http.SandboxHttpServer;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;

/**
 * A running embedded AWS sandbox: an HTTP server on 127.0.0.1 that AWS clients reach through an
 * endpoint override. Start one with {@link #builder()}; close it to stop the server.
 *
 * <pre>{@code
 * try (Sandbox sandbox = Sandbox.builder().port(0).start()) {
 *   StsClient sts = StsClient.builder()
 *       .endpointOverride(sandbox.endpoint())
 *       .region(Region.of(sandbox.region()))
 *       .credentialsProvider(StaticCredentialsProvider.create(sandbox.adminCredentials()))
 *       .build();
 * }
 * }</pre>
 */
public final class Sandbox implements AutoCloseable {

  /** The IAM user that holds the sandbox's control identity. */
  public static final String ADMIN_USER = "firedrill-admin";

  /** The AWS managed policy {@value #ADMIN_USER} has attached from the start. */
  public static final String ADMINISTRATOR_ACCESS = "arn:aws:iam::aws:policy/AdministratorAccess";

  private final SandboxHttpServer server;
  private final String region;
  private final String accountId;
  private final AwsBasicCredentials admin;
  private final AwsBasicCredentials root;
  // Null without a state directory.
  private final StateFile stateFile;
  private final InstanceCredentials instanceCredentials;
  private final AutoCloseable delivery;

  Sandbox(
      SandboxHttpServer server,
      String region,
      String accountId,
      AwsBasicCredentials admin,
      AwsBasicCredentials root,
      StateFile stateFile,
      InstanceCredentials instanceCredentials,
      AutoCloseable delivery) {
    this.server = server;
    this.region = region;
    this.accountId = accountId;
    this.admin = admin;
    this.root = root;
    this.stateFile = stateFile;
    this.instanceCredentials = instanceCredentials;
    this.delivery = delivery;
  }

  /** A builder with the defaults: port 4566, account 000000000000, region us-east-1. */
  public static Builder builder() {
    return new Builder();
  }

  /** Where clients send requests, e.g. {@code http://127.0.0.1:43123}. */
  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.port());
  }

  /** The region clients should sign for (the sandbox accepts any). */
  public String region() {
    return region;
  }

  /** The sandbox account's id. */
  public String accountId() {
    return accountId;
  }

  /**
   * The access key of {@value #ADMIN_USER}, the control identity: an ordinary IAM user with {@value
   * #ADMINISTRATOR_ACCESS} attached, so it may do everything until someone changes its policies.
   */
  public AwsBasicCredentials adminCredentials() {
    return admin;
  }

  /**
   * A long-term access key of the account's root user ({@code arn:aws:iam::ACCOUNT:root}), which
   * may do everything whatever IAM policies say, and which CloudTrail records as type {@code Root}.
   * It belongs to no IAM user; a {@linkplain Builder#stateDir state directory} keeps it.
   */
  public AwsBasicCredentials rootCredentials() {
    return root;
  }

  /**
   * The credentials running instance {@code instanceId}'s metadata service hands out: a session of
   * the role in its instance profile, named after the instance, as EC2 delivers them. What an
   * attacker who reaches the metadata service (SSRF, a foothold) takes; GuardDuty raises
   * InstanceCredentialExfiltration.OutsideAWS when they are used from an address other than an
   * instance's. A profile holds the role of the same name.
   *
   * @throws IllegalArgumentException when there is no such running instance with a profile, or no
   *     role of the profile's name
   */
  public AwsSessionCredentials instanceCredentials(String instanceId) {
    return instanceCredentials.of(instanceId);
  }

  /**
   * Stops the server, then writes the sandbox's state to the {@linkplain Builder#stateDir state
   * directory} if it has one; without one, the state is gone with it.
   *
   * @throws java.io.UncheckedIOException when the state cannot be written
   */
  @Override
  public void close() {
    server.close();
    try {
      delivery.close();
    } catch (Exception e) {
      // Stopping a timer thread does not fail.
    }
    if (stateFile != null) {
      stateFile.save(admin.accessKeyId());
    }
  }

  @Override
  public String toString() {
    return "Sandbox[" + endpoint() + ", account " + accountId + ", " + region + "]";
  }

  /** Configures and starts a {@link Sandbox}. */
  public static final class Builder {

    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d+");

    int port = 4566;
    String accountId = "000000000000";
    String region = "us-east-1";
    // Null: IAM policy evaluation, the sandbox's own authorizer.
    Authorizer authorizer;
    Clock clock = Clock.systemUTC();
    final Map<String, Integer> vcpuQuotas = new HashMap<>();
    Telemetry telemetry = Telemetry.IMMEDIATE;
    final List<FaultSpec> faults = new ArrayList<>();
    Path stateDir;
    ApiBaseline anomalyBaseline;
    List<String> torExitNodes;
    Duration trailDeliveryInterval = Duration.ofSeconds(10);

    private Builder() {}

    /**
     * How often a logging trail's log files are written to its bucket; AWS takes about five
     * minutes. Default 10 seconds.
     */
    public Builder trailDeliveryInterval(Duration interval) {
      if (interval == null || interval.isNegative() || interval.isZero()) {
        throw new IllegalArgumentException("a delivery interval must be positive, got " + interval);
      }
      this.trailDeliveryInterval = interval;
      return this;
    }

    /**
     * How long after the call that raises it a GuardDuty finding becomes visible; AWS takes
     * minutes. Default zero: at once.
     */
    public Builder findingDelay(Duration delay) {
      if (delay == null || delay.isNegative()) {
        throw new IllegalArgumentException("finding delay must be zero or more, got " + delay);
      }
      this.telemetry = telemetry.withFindingDelay(delay);
      return this;
    }

    /**
     * How late CloudTrail's event history and GuardDuty's findings are when no fault says
     * otherwise. Default {@link Telemetry#IMMEDIATE}; {@code sandbox up} asks for {@link
     * Telemetry#FAST}, {@code --telemetry realistic} for {@link Telemetry#REALISTIC}.
     */
    public Builder telemetry(Telemetry profile) {
      this.telemetry = Objects.requireNonNull(profile, "telemetry");
      return this;
    }

    /**
     * A fault in force from the start (its duration counts from the start); the control API at
     * {@code /_firedrill/faults} lists, clears and adds faults while the sandbox runs.
     */
    public Builder fault(FaultSpec fault) {
      faults.add(Objects.requireNonNull(fault, "fault"));
      return this;
    }

    /**
     * Starts GuardDuty's anomaly baseline as {@code baseline} (what each principal normally does)
     * instead of empty, e.g. one a previous run learnt. An SDK-only caller opens and closes a
     * learning window with a detector tag instead; see the {@code guardduty} package.
     */
    public Builder anomalyBaseline(ApiBaseline baseline) {
      this.anomalyBaseline = Objects.requireNonNull(baseline, "baseline");
      return this;
    }

    /**
     * The Tor exit nodes GuardDuty knows, addresses or CIDR blocks, instead of the small default
     * snapshot ({@link TorExitNodes#defaultEntries()}).
     */
    public Builder torExitNodes(List<String> addressesOrBlocks) {
      this.torExitNodes = List.copyOf(addressesOrBlocks);
      return this;
    }

    /**
     * Sets the running On-Demand vCPU quota {@code quotaCode} (a Service Quotas code, one of {@link
     * Ec2Service#QUOTA_CODES}) in every region. By default a region allows 32 vCPUs of standard
     * instances (L-1216C47A) and none of P, G and VT, or X instances, as a new account does.
     */
    public Builder vcpuQuota(String quotaCode, int vcpus) {
      if (!Ec2Service.QUOTA_CODES.contains(quotaCode)) {
        throw new IllegalArgumentException(
            "not an EC2 vCPU quota code: " + quotaCode + "; one of " + Ec2Service.QUOTA_CODES);
      }
      if (vcpus < 0) {
        throw new IllegalArgumentException("a vCPU quota must be zero or more, got " + vcpus);
      }
      vcpuQuotas.put(quotaCode, vcpus);
      return this;
    }

    /**
     * Keeps the sandbox's state in {@code dir}: {@link #start()} loads {@value StateFile#NAME} from
     * it when there is one, and {@link Sandbox#close()} writes it there, creating the directory.
     * The file holds secret keys and is written readable by its owner only.
     */
    public Builder stateDir(Path dir) {
      this.stateDir = Objects.requireNonNull(dir, "dir");
      return this;
    }

    /** The port to listen on; 0 picks a free one. Default 4566. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0-65535, got " + port);
      }
      this.port = port;
      return this;
    }

    /** The account id, twelve digits. Default 000000000000. */
    public Builder accountId(String accountId) {
      if (accountId == null || !ACCOUNT.matcher(accountId).matches()) {
        throw new IllegalArgumentException("account id must be twelve digits, got " + accountId);
      }
      this.accountId = accountId;
      return this;
    }

    /** The region clients are told to use, e.g. eu-west-1. Default us-east-1. */
    public Builder region(String region) {
      if (region == null || !REGION.matcher(region).matches()) {
        throw new IllegalArgumentException("not a region name: " + region);
      }
      this.region = region;
      return this;
    }

    // Package-private, for tests that are about something other than IAM policies, or that prove
    // a denial travels the whole way (wire error, recorded event) whoever decides it.
    Builder authorizer(Authorizer decider) {
      this.authorizer = Objects.requireNonNull(decider, "authorizer");
      return this;
    }

    // Package-private, for tests in which sessions must expire or time must pass faster than it
    // does; clients then sign with the sandbox's time, as a client with clock skew correction
    // would.
    Builder clock(Clock source) {
      this.clock = Objects.requireNonNull(source, "clock");
      return this;
    }

    /**
     * Starts the server and creates {@value #ADMIN_USER} with a fresh key and {@value
     * #ADMINISTRATOR_ACCESS}, and a key of the account's root user. Every other user starts without
     * permissions, as on AWS. With a {@linkplain #stateDir state directory} holding a state file,
     * starts from that state instead, {@value #ADMIN_USER}'s and root's keys included; a file that
     * cannot be read, is from another account or from a newer sandbox fails the start.
     */
    public Sandbox start() {
      return SandboxWiring.start(this);
    }
  }
}
