package io.firedrill.injector.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.firedrill.exercise.clock.ScenarioClock;
import io.firedrill.exercise.clock.Speed;
import io.firedrill.exercise.journal.EntryTypes;
import io.firedrill.exercise.journal.JournalEntry;
import io.firedrill.exercise.scenario.ScenarioLoader;
import io.firedrill.injector.Playground;
import io.firedrill.injector.aws.AwsSession;
import io.firedrill.injector.plan.Plan;
import io.firedrill.injector.plan.Planner;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two injector nodes share one Quartz JDBC job store on PostgreSQL: one starts the exercise, both
 * may fire its injects, and each inject fires exactly once. Skipped, saying why, where no
 * PostgreSQL answers (FIREDRILL_TEST_POSTGRES_URL, default the local one of these machines).
 */
class ClusteredTimelineTest {

  private static final String URL =
      System.getenv()
          .getOrDefault("FIREDRILL_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");
  private static final String USER =
      System.getenv().getOrDefault("FIREDRILL_TEST_POSTGRES_USER", "postgres");

  private static final String SCENARIO =
      """
      id: s
      title: t
      actors:
        attacker: { leakedKeyOf: dev-frank }
      timeline:
        - at: 0s
          actor: attacker
          technique: aws.discovery.sts-get-caller-identity
        - id: sweep
          at: 1s
          actor: attacker
          technique: aws.discovery.iam-list-users
          every: 1s
          times: 4
        - after: sweep
          at: 1s
          actor: attacker
          technique: aws.discovery.iam-list-roles
      """;

  @TempDir Path dir;
  private final String prefix = "fd" + Long.toHexString(System.nanoTime()) + "_";

  @BeforeEach
  void createQuartzTables() throws Exception {
    try (Connection db = DriverManager.getConnection(URL, USER, "")) {
      runScript(db, quartzScript().replace("QRTZ_", prefix.toUpperCase()));
    } catch (SQLException e) {
      Assumptions.abort(
          "no PostgreSQL at " + URL + " for the clustered job store: " + e.getMessage());
    }
  }

  @AfterEach
  void dropQuartzTables() throws Exception {
    try (Connection db = DriverManager.getConnection(URL, USER, "");
        Statement sql = db.createStatement()) {
      for (String table : tables()) {
        sql.execute("DROP TABLE IF EXISTS " + prefix + table + " CASCADE");
      }
    } catch (SQLException e) {
      // Nothing was created.
    }
  }

  @Test
  void twoNodesFireEachInjectOfAnExerciseExactlyOnce() throws Exception {
    try (Playground playground = new Playground(dir)) {
      Plan plan = Planner.plan(ScenarioLoader.parse(SCENARIO, "s.yaml"));
      TimelineStore store = TimelineStore.postgres(URL, USER, "", prefix.toUpperCase());
      AwsSession a = playground.session("attacker", "dev-frank", null);
      AwsSession b = playground.session("attacker", "dev-frank", null);

      try (Timeline nodeA =
              Timeline.prepare(
                  plan, Map.of("attacker", a), playground.journal, line -> {}, store, "ex-1");
          Timeline nodeB =
              Timeline.prepare(
                  plan, Map.of("attacker", b), playground.journal, line -> {}, store, "ex-1")) {
        ScenarioClock clock = playground.clock(Speed.parse("1"));
        nodeB.join(clock);
        nodeA.start(clock);

        await().atMost(Duration.ofSeconds(60)).until(() -> fired(playground).size() >= 6);
        // Time for a second firing of anything to show, had the cluster fired one twice.
        Thread.sleep(3000);
      }

      List<JournalEntry> fired = fired(playground);
      assertThat(fired).hasSize(6);
      Set<String> firings =
          fired.stream()
              .map(e -> e.data().path("step").asInt() + "/" + e.data().path("repeat").asInt(0))
              .collect(Collectors.toSet());
      assertThat(firings).containsExactlyInAnyOrder("1/0", "2/1", "2/2", "2/3", "2/4", "3/0");
      assertThat(fired)
          .allMatch(
              e -> e.data().path("calls").get(0).path("outcome").asString().equals("allowed"));
    }
  }

  private static List<JournalEntry> fired(Playground playground) {
    return playground.journal.entries().stream()
        .filter(e -> e.type().equals(EntryTypes.INJECT_FIRED))
        .toList();
  }

  private static String quartzScript() throws IOException {
    try (InputStream in =
        org.quartz.Scheduler.class.getResourceAsStream(
            "/org/quartz/impl/jdbcjobstore/tables_postgres.sql")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void runScript(Connection db, String script) throws SQLException {
    try (Statement sql = db.createStatement()) {
      for (String statement : script.replaceAll("(?m)^--.*$", "").split(";")) {
        String trimmed = statement.strip();
        if (trimmed.isEmpty()
            || trimmed.toUpperCase().startsWith("COMMIT")
            || trimmed.toUpperCase().startsWith("DROP")) {
          continue;
        }
        sql.execute(trimmed);
      }
    }
  }

  private static List<String> tables() {
    return List.of(
        "fired_triggers",
        "paused_trigger_grps",
        "scheduler_state",
        "locks",
        "simple_triggers",
        "simprop_triggers",
        "cron_triggers",
        "blob_triggers",
        "triggers",
        "job_details",
        "calendars");
  }
}
