package io.firedrill.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Start-up to the first injected call, whole process, as a user starts it: {@code ./firedrill run
 * leaked-access-key --speed max} (or, with {@code -Dstartup.jar=} naming a jar or left empty,
 * {@code java -jar shell/target/shell-*-exec.jar ...}), timed from launching the process to the
 * line it prints once the first inject's API call has returned ({@code inject 1 ...
 * sts:GetCallerIdentity allowed}), beside the time {@code --version} takes to print in the same run
 * (the JVM's own start-up, the baseline). The milestones between (Spring up and the embedded
 * sandbox listening, the baseline applied) say where the time goes, and the CPU time used by the
 * first inject is steadier than wall time on a loaded machine. Each figure is the median of N runs
 * (default 5) after one warm-up, which also lets the launcher record its class-data archive.
 * Target: first inject under 3 s.
 *
 * <p>Build the jar first ({@code ./firedrill --version} builds it when stale), then run from the
 * checkout's root: {@code benchmarks/run-main StartupTime [N [JVM options...]]}.
 */
public final class StartupTime {

  private static final Pattern FIRST_INJECT =
      Pattern.compile("^T\\+\\S+\\s+inject \\d+.* by \\S+: \\S+:\\S+ .*");

  /** The milestones of a run, as the lines that mark them. */
  private static final Map<String, Pattern> MILESTONES = new LinkedHashMap<>();

  static {
    MILESTONES.put(
        "embedded sandbox listening", Pattern.compile("^sandbox: embedded AWS sandbox.*"));
    MILESTONES.put("baseline applied", Pattern.compile("^sandbox: baseline '.*' applied"));
    MILESTONES.put("first injected call returned", FIRST_INJECT);
  }

  private static final String CPU = "CPU time used by then (user+system)";

  private static long lastVersionCpu;

  /** JVM options to try (after N on the command line), e.g. -XX:TieredStopAtLevel=1. */
  private static List<String> jvmOptions = List.of();

  private StartupTime() {}

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    jvmOptions = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
    Path home = Path.of("").toAbsolutePath();
    // -Dstartup.jar=shell/target/shell-VERSION-exec.jar times plain 'java -jar' instead.
    Path jar = System.getProperty("startup.jar") != null ? jar(home) : null;
    Path out = Files.createTempDirectory("startup-time");
    System.out.println(
        jar == null ? "started as: ./firedrill (the launcher)" : "started as: java -jar " + jar);
    System.out.printf(
        "median of %d runs after 1 warm-up, cores: %d, load average now: %s%n",
        runs, Runtime.getRuntime().availableProcessors(), loadAverage());

    List<Long> version = new ArrayList<>();
    List<Long> versionCpu = new ArrayList<>();
    Map<String, List<Long>> run = new LinkedHashMap<>();
    MILESTONES.keySet().forEach(k -> run.put(k, new ArrayList<>()));
    run.put(CPU, new ArrayList<>());
    for (int i = 0; i <= runs; i++) {
      long v = versionMillis(home, jar);
      Map<String, Long> r = runMillis(home, jar, out, i == 0);
      if (i == 0) {
        continue;
      }
      version.add(v);
      r.forEach((k, ms) -> run.get(k).add(ms));
      versionCpu.add(lastVersionCpu);
    }
    System.out.printf("%-42s %8s   %s%n", "", "median", "each run (ms)");
    print("baseline: --version printed and exited", version);
    print("baseline: --version CPU time", versionCpu);
    run.forEach((k, v) -> print("run leaked-access-key: " + k, v));
    long first = median(run.get("first injected call returned"));
    System.out.printf(
        "first injected call %s the 3 s target (%d ms; %d ms over --version)%n",
        first < 3000 ? "meets" : "misses", first, first - median(version));
  }

  private static long versionMillis(Path home, Path jar) throws Exception {
    long start = System.nanoTime();
    Process p = command(home, jar, "--version").start();
    String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    lastVersionCpu = p.info().totalCpuDuration().map(d -> d.toMillis()).orElse(-1L);
    p.waitFor();
    long ms = (System.nanoTime() - start) / 1_000_000;
    if (!text.startsWith("firedrill ")) {
      throw new IllegalStateException("--version printed: " + text);
    }
    return ms;
  }

  /** Milliseconds from launch to each milestone's line; the process is stopped after the last. */
  private static Map<String, Long> runMillis(Path home, Path jar, Path out, boolean warmUp)
      throws Exception {
    long start = System.nanoTime();
    Process p =
        command(home, jar, "run", "leaked-access-key", "--speed", "max", "--out", out.toString())
            .redirectErrorStream(true)
            .start();
    Map<String, Long> seen = new LinkedHashMap<>();
    List<String> lines = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while (seen.size() < MILESTONES.size() && (line = reader.readLine()) != null) {
        long ms = (System.nanoTime() - start) / 1_000_000;
        lines.add(line);
        for (Map.Entry<String, Pattern> m : MILESTONES.entrySet()) {
          if (!seen.containsKey(m.getKey()) && m.getValue().matcher(line).matches()) {
            seen.put(m.getKey(), ms);
          }
        }
      }
      // CPU time is steadier than wall time on a loaded machine: it says what start-up costs.
      p.info().totalCpuDuration().ifPresent(cpu -> seen.put(CPU, cpu.toMillis()));
    } finally {
      // The warm-up ends as on Ctrl-C (SIGTERM: cleanup, then the launcher's class-data archive is
      // written at exit); the measured runs are killed, their embedded sandbox with them.
      if (warmUp) {
        p.destroy();
      } else {
        p.destroyForcibly();
      }
      if (!p.waitFor(5, TimeUnit.MINUTES)) {
        p.destroyForcibly();
      }
    }
    if (!seen.keySet().containsAll(MILESTONES.keySet())) {
      throw new IllegalStateException(
          "the run ended before its first inject; it printed:\n" + String.join("\n", lines));
    }
    return seen;
  }

  private static ProcessBuilder command(Path home, Path jar, String... args) {
    List<String> command = new ArrayList<>();
    if (jar == null) {
      // As the README starts it: the launcher, with its extracted jar and class-data archive.
      command.add(home.resolve("firedrill").toString());
    } else {
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.add("-Dfiredrill.home=" + home);
      command.addAll(jvmOptions);
      command.add("-jar");
      command.add(jar.toString());
    }
    command.addAll(Arrays.asList(args));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(home.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    if (jar == null && !jvmOptions.isEmpty()) {
      builder.environment().put("JAVA_TOOL_OPTIONS", String.join(" ", jvmOptions));
    }
    return builder;
  }

  private static Path jar(Path home) throws IOException {
    if (!System.getProperty("startup.jar").isBlank()) {
      return Path.of(System.getProperty("startup.jar")).toAbsolutePath();
    }
    try (Stream<Path> files = Files.list(home.resolve("shell").resolve("target"))) {
      return files
          .filter(f -> f.getFileName().toString().matches("shell-.*-exec\\.jar"))
          .findFirst()
          .orElseThrow(
              () -> new IllegalStateException("no shell jar; ./firedrill --version builds it"));
    } catch (java.nio.file.NoSuchFileException e) {
      throw new IllegalStateException("no shell/target; ./firedrill --version builds the jar");
    }
  }

  private static void print(String what, List<Long> millis) {
    System.out.printf("%-42s %6d ms   %s%n", what, median(millis), millis);
  }

  private static long median(List<Long> millis) {
    List<Long> sorted = millis.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (IOException e) {
      return "unknown";
    }
  }
}
