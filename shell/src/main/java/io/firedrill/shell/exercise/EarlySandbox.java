package io.firedrill.shell.exercise;

import io.firedrill.exercise.scenario.Scenario;
import io.firedrill.injector.plan.Planner;
import io.firedrill.sandbox.Sandbox;
import io.firedrill.sandbox.baseline.AppliedBaseline;
import io.firedrill.sandbox.baseline.Baseline;
import io.firedrill.sandbox.baseline.BaselineApplier;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.organizations.OrganizationsClient;

/**
 * The embedded sandbox of a {@code run} command, started and given its baseline on a thread of its
 * own while Spring starts, so that the two second-long start-ups overlap instead of adding up.
 *
 * <p>It is only a head start: the sandbox and its baseline are made exactly as the run would make
 * them (through the SDK, over HTTP), and the run takes them only when its own scenario names the
 * same baseline. Whatever goes wrong here is dropped without a word; the run then starts its own
 * sandbox and meets the same problem where it always did, with the same message and exit code.
 */
public final class EarlySandbox {

  /** The options of {@code run} that leave the target the embedded sandbox. */
  private static final Set<String> EMBEDDED_OPTIONS =
      Set.of("--blue", "--playbook", "--speed", "--out");

  private static CompletableFuture<Started> pending;

  /** A sandbox that is listening, with a baseline applied to it. */
  record Started(Baseline baseline, Sandbox sandbox, AppliedBaseline applied) {}

  private EarlySandbox() {}

  /**
   * Starts the sandbox in the background when the command line is {@code run <scenario>} on the
   * embedded sandbox; does nothing otherwise.
   */
  public static synchronized void startFor(String[] args) {
    String scenario = embeddedRunScenario(args);
    if (scenario == null || pending != null) {
      return;
    }
    CompletableFuture<Started> started = new CompletableFuture<>();
    Thread thread =
        new Thread(
            () -> {
              try {
                Started ready = start(scenario);
                started.complete(ready);
                warm(ready.sandbox());
              } catch (Throwable e) {
                started.completeExceptionally(e);
              }
            },
            "firedrill-early-sandbox");
    thread.setDaemon(true);
    thread.start();
    pending = started;
  }

  /**
   * The scenario of a command line that runs an exercise on the embedded sandbox, or null. Only the
   * plain {@code --option value} form is recognised; anything else gets no head start.
   */
  static String embeddedRunScenario(String[] args) {
    if (args.length < 2 || !args[0].equals("run") || args[1].startsWith("-")) {
      return null;
    }
    for (int i = 2; i < args.length; i += 2) {
      if (i + 1 >= args.length) {
        return null;
      }
      boolean staysEmbedded =
          EMBEDDED_OPTIONS.contains(args[i])
              || args[i].equals("--sandbox") && args[i + 1].equals("embedded");
      if (!staysEmbedded) {
        return null;
      }
    }
    return args[1];
  }

  private static Started start(String scenarioId) {
    ScenarioLibrary library = ScenarioLibrary.fromSystem();
    ScenarioLibrary.Source source = library.scenario(scenarioId);
    Scenario scenario = Planner.load(source.text(), source.name()).scenario();
    Baseline baseline = library.loadBaseline(scenario.baseline());
    Sandbox sandbox = Sandbox.builder().port(0).start();
    try {
      return new Started(baseline, sandbox, apply(baseline, sandbox));
    } catch (RuntimeException | Error e) {
      sandbox.close();
      throw e;
    }
  }

  /**
   * Loads, beside the run, the code it needs next that the baseline did not load: the SDK clients
   * of the guardrails' and the warm-up's services and the injector's scheduler. The clients are
   * built and closed without a request, so the sandbox records nothing.
   */
  private static void warm(Sandbox sandbox) {
    StaticCredentialsProvider admin = StaticCredentialsProvider.create(sandbox.adminCredentials());
    try (SdkHttpClient http = UrlConnectionHttpClient.create();
        OrganizationsClient organizations =
            OrganizationsClient.builder()
                .httpClient(http)
                .endpointOverride(sandbox.endpoint())
                .region(Region.AWS_GLOBAL)
                .credentialsProvider(admin)
                .build();
        Ec2Client ec2 =
            Ec2Client.builder()
                .httpClient(http)
                .endpointOverride(sandbox.endpoint())
                .region(Region.of(sandbox.region()))
                .credentialsProvider(admin)
                .build()) {
      Class.forName("org.quartz.impl.StdSchedulerFactory");
    } catch (ClassNotFoundException | RuntimeException e) {
      // Only time was to be saved.
    }
  }

  /** Applies the baseline through the SDK, as firedrill's administrator: the run's one way. */
  static AppliedBaseline apply(Baseline baseline, Sandbox sandbox) {
    return BaselineApplier.apply(
        baseline,
        sandbox.endpoint(),
        sandbox.region(),
        StaticCredentialsProvider.create(sandbox.adminCredentials()));
  }

  /**
   * The sandbox started early, once it is ready, when its baseline is {@code baseline}; null when
   * none was started, its start failed, or it has another baseline (it is then closed). The first
   * call takes it; later calls get null.
   *
   * @throws AbortedException when interrupted while waiting, as an SDK call set up would be
   */
  static Started claim(Baseline baseline) {
    CompletableFuture<Started> started;
    synchronized (EarlySandbox.class) {
      started = pending;
      pending = null;
    }
    if (started == null) {
      return null;
    }
    Started ready;
    try {
      ready = started.get();
    } catch (ExecutionException e) {
      return null;
    } catch (InterruptedException e) {
      started.thenAccept(s -> s.sandbox().close());
      Thread.currentThread().interrupt();
      throw AbortedException.builder().message("interrupted while the sandbox started").build();
    }
    if (!ready.baseline().equals(baseline)) {
      ready.sandbox().close();
      return null;
    }
    return ready;
  }

  /** Closes the sandbox started early if no run took it, now or once it is ready. */
  public static void discard() {
    CompletableFuture<Started> started;
    synchronized (EarlySandbox.class) {
      started = pending;
      pending = null;
    }
    if (started != null) {
      started.thenAccept(s -> s.sandbox().close());
    }
  }
}
