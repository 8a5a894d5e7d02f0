package io.firedrill.benchmarks;

import io.firedrill.sandbox.Sandbox;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.InstanceType;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Recorded calls per second under a mixed burst: several threads cycle through RunInstances
 * (t2.micro, under a raised vCPU quota), DescribeInstances, IAM CreateUser and ListUsers, S3
 * PutObject and SQS SendMessage, with real SDK v2 clients, first against {@link BareMixedServer}
 * (the same JDK server answering fixed bodies: the floor) and then against the embedded sandbox, in
 * the same JVM and run. The sandbox's figure counts the events CloudTrail's LookupEvents holds
 * afterwards (S3 object calls and SQS messages are data events, which event history does not hold),
 * beside every call served. Run: {@code MixedBurst [seconds] [threads]}, by hand on an idle
 * machine; outside mvn verify.
 */
public final class MixedBurst {

  private static final String[] OPERATIONS = {
    "ec2:RunInstances",
    "ec2:DescribeInstances",
    "iam:CreateUser",
    "iam:ListUsers",
    "s3:PutObject",
    "sqs:SendMessage"
  };

  private MixedBurst() {}

  /** What one phase measured. */
  record Phase(
      String target,
      long calls,
      long failed,
      Duration span,
      Map<String, Long> byOp,
      long eventsBefore) {
    double perSecond(long count) {
      return count / (span.toNanos() / 1e9);
    }
  }

  public static void main(String[] args) throws Exception {
    Duration measure = Duration.ofSeconds(args.length > 0 ? Long.parseLong(args[0]) : 10);
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    // Warm-up by calls, not time: on a cold JVM the first seconds are class loading.
    int warmUpCalls = 60;

    Phase bare;
    try (BareMixedServer server = new BareMixedServer()) {
      AwsCredentials key =
          AwsBasicCredentials.create("AKIAEXAMPLE000000000", "secret".repeat(7).substring(0, 40));
      String queue = server.endpoint() + "/000000000000/bench";
      bare = burst("bare", server.endpoint(), key, queue, threads, warmUpCalls, measure, () -> 0);
    }

    Phase sandboxPhase;
    long recorded;
    try (Sandbox sandbox = Sandbox.builder().port(0).vcpuQuota("L-1216C47A", 10_000_000).start()) {
      AwsCredentials key = sandbox.adminCredentials();
      String queue;
      try (S3Client s3 = s3(sandbox.endpoint(), key);
          SqsClient sqs = sqs(sandbox.endpoint(), key)) {
        s3.createBucket(b -> b.bucket("bench"));
        queue = sqs.createQueue(q -> q.queueName("bench")).queueUrl();
      }
      // Events recorded before the clock starts (set-up, warm-up) are counted out.
      LongSupplier events = () -> recordedEvents(sandbox, key);
      sandboxPhase =
          burst("sandbox", sandbox.endpoint(), key, queue, threads, warmUpCalls, measure, events);
      recorded = events.getAsLong() - sandboxPhase.eventsBefore();
    }

    System.out.printf(
        "mixed burst, %d threads, %d s each, ops %s%n",
        threads, measure.toSeconds(), String.join(" ", OPERATIONS));
    for (Phase phase : List.of(bare, sandboxPhase)) {
      System.out.printf(
          "%-8s %8.0f calls/s served (%d calls, %d failed) %s%n",
          phase.target(),
          phase.perSecond(phase.calls()),
          phase.calls(),
          phase.failed(),
          phase.byOp());
    }
    double recordedPerSecond = sandboxPhase.perSecond(recorded);
    System.out.printf(
        "sandbox  %8.0f recorded calls/s (%d events in LookupEvents), %.1f%% of the bare server's"
            + " calls/s%n",
        recordedPerSecond, recorded, 100 * recordedPerSecond / bare.perSecond(bare.calls()));
  }

  /**
   * Each thread builds its clients and makes {@code warmUpCalls} calls untimed; once all have, the
   * clock starts and every thread calls for {@code span}.
   */
  private static Phase burst(
      String target,
      URI endpoint,
      AwsCredentials key,
      String queue,
      int threads,
      int warmUpCalls,
      Duration span,
      LongSupplier events)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicLong failed = new AtomicLong();
    Map<String, AtomicLong> byOp = new ConcurrentHashMap<>();
    CountDownLatch warm = new CountDownLatch(threads);
    CountDownLatch go = new CountDownLatch(1);
    long[] window = new long[2];
    List<Future<Long>> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      workers.add(
          pool.submit(
              () -> {
                long calls = 0;
                try (Ec2Client ec2 = ec2(endpoint, key);
                    IamClient iam = iam(endpoint, key);
                    S3Client s3 = s3(endpoint, key);
                    SqsClient sqs = sqs(endpoint, key)) {
                  long end = Long.MAX_VALUE;
                  for (long i = thread; System.nanoTime() < end; i++) {
                    if (i == thread + warmUpCalls) {
                      warm.countDown();
                      go.await();
                      end = window[1];
                      failed.set(0);
                    }
                    boolean timed = i >= thread + warmUpCalls;
                    int op = (int) (i % OPERATIONS.length);
                    long n = i;
                    try {
                      switch (op) {
                        case 0 ->
                            ec2.runInstances(
                                r ->
                                    r.imageId("ami-0abcdef1234567890")
                                        .instanceType(InstanceType.T2_MICRO)
                                        .minCount(1)
                                        .maxCount(1));
                        case 1 -> ec2.describeInstances(d -> d.maxResults(5));
                        case 2 -> iam.createUser(u -> u.userName(target + "-" + thread + "-" + n));
                        case 3 -> iam.listUsers(l -> l.maxItems(10));
                        case 4 ->
                            s3.putObject(
                                p -> p.bucket("bench").key("k-" + thread + "-" + n),
                                RequestBody.fromString("burst"));
                        default -> sqs.sendMessage(m -> m.queueUrl(queue).messageBody("b" + n));
                      }
                      if (timed) {
                        byOp.computeIfAbsent(OPERATIONS[op], k -> new AtomicLong())
                            .incrementAndGet();
                      }
                    } catch (RuntimeException e) {
                      if (timed) {
                        failed.incrementAndGet();
                      }
                    }
                    calls += timed ? 1 : 0;
                  }
                }
                return calls;
              }));
    }
    warm.await();
    long eventsBefore = events.getAsLong();
    window[0] = System.nanoTime();
    window[1] = window[0] + span.toNanos();
    go.countDown();
    long calls = 0;
    for (Future<Long> worker : workers) {
      calls += worker.get();
    }
    Duration took = Duration.ofNanos(System.nanoTime() - window[0]);
    pool.shutdown();
    Map<String, Long> counts = new TreeMap<>();
    byOp.forEach((op, count) -> counts.put(op, count.get()));
    return new Phase(target, calls, failed.get(), took, counts, eventsBefore);
  }

  /** Every event LookupEvents holds now, but those of counting them. */
  private static long recordedEvents(Sandbox sandbox, AwsCredentials key) {
    try (CloudTrailClient cloudTrail =
        CloudTrailClient.builder()
            .endpointOverride(sandbox.endpoint())
            .region(Region.US_EAST_1)
            .credentialsProvider(StaticCredentialsProvider.create(key))
            .httpClient(UrlConnectionHttpClient.create())
            .build()) {
      return cloudTrail.lookupEventsPaginator(l -> l.maxResults(50)).events().stream()
          // This count's own LookupEvents calls are recorded too; they are not the burst's.
          .filter(e -> !"LookupEvents".equals(e.eventName()))
          .count();
    }
  }

  private static Ec2Client ec2(URI endpoint, AwsCredentials key) {
    return Ec2Client.builder()
        .endpointOverride(endpoint)
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(key))
        .httpClient(UrlConnectionHttpClient.create())
        .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
        .build();
  }

  private static IamClient iam(URI endpoint, AwsCredentials key) {
    return IamClient.builder()
        .endpointOverride(endpoint)
        .region(Region.AWS_GLOBAL)
        .credentialsProvider(StaticCredentialsProvider.create(key))
        .httpClient(UrlConnectionHttpClient.create())
        .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
        .build();
  }

  private static S3Client s3(URI endpoint, AwsCredentials key) {
    return S3Client.builder()
        .endpointOverride(endpoint)
        .forcePathStyle(true)
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(key))
        .httpClient(UrlConnectionHttpClient.create())
        .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
        .build();
  }

  private static SqsClient sqs(URI endpoint, AwsCredentials key) {
    return SqsClient.builder()
        .endpointOverride(endpoint)
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(key))
        .httpClient(UrlConnectionHttpClient.create())
        .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
        .build();
  }
}
