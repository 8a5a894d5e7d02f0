package io.firedrill.benchmarks;

import io.firedrill.sandbox.Sandbox;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * Signed calls per second that the embedded sandbox serves (SigV4 verified, policy checked,
 * recorded in CloudTrail event history), beside the bare JDK HTTP server it is built on answering a
 * fixed body, with the same SDK clients signing every call in both cases.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@Fork(1)
@Threads(4)
public class SandboxThroughput {

  @Param({"sandbox", "bare"})
  public String server;

  private Sandbox sandbox;
  private BareServer bare;
  private StsClient sts;
  private IamClient iam;
  private final AtomicLong users = new AtomicLong();

  @Setup(Level.Trial)
  public void start() throws Exception {
    URI endpoint;
    AwsCredentials credentials;
    if (server.equals("sandbox")) {
      sandbox = Sandbox.builder().port(0).start();
      endpoint = sandbox.endpoint();
      credentials = sandbox.adminCredentials();
    } else {
      bare = new BareServer();
      endpoint = bare.endpoint();
      credentials =
          AwsBasicCredentials.create("AKIAEXAMPLE000000000", "secret".repeat(7).substring(0, 40));
    }
    StaticCredentialsProvider provider = StaticCredentialsProvider.create(credentials);
    sts =
        StsClient.builder()
            .endpointOverride(endpoint)
            .region(Region.US_EAST_1)
            .credentialsProvider(provider)
            .httpClient(UrlConnectionHttpClient.create())
            .build();
    iam =
        IamClient.builder()
            .endpointOverride(endpoint)
            .region(Region.AWS_GLOBAL)
            .credentialsProvider(provider)
            .httpClient(UrlConnectionHttpClient.create())
            .build();
  }

  @TearDown(Level.Trial)
  public void stop() {
    sts.close();
    iam.close();
    if (sandbox != null) {
      sandbox.close();
    }
    if (bare != null) {
      bare.close();
    }
  }

  @Benchmark
  public Object getCallerIdentity() {
    return sts.getCallerIdentity();
  }

  @Benchmark
  public Object createUser() {
    return iam.createUser(r -> r.userName("bench-" + users.incrementAndGet()));
  }
}
