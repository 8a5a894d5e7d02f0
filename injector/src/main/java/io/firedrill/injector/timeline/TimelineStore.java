package io.firedrill.injector.timeline;

import java.util.Objects;
import java.util.Properties;

/**
 * Where the Quartz timeline keeps its jobs and triggers: in memory (the default, one process), or
 * in a database that several injector processes share as one clustered scheduler, so that each
 * inject fires exactly once whichever of them is up.
 *
 * <p>In a cluster every node prepares the same exercise (same plan, same id, its own sessions) and
 * one node starts it; any node may then fire any inject. The database needs Quartz's tables ({@code
 * org/quartz/impl/jdbcjobstore/tables_postgres.sql} in the Quartz jar, for PostgreSQL).
 */
public sealed interface TimelineStore {

  /** One process, nothing kept: what {@code firedrill run} uses. */
  static TimelineStore inMemory() {
    return new InMemory();
  }

  /**
   * A PostgreSQL database shared by the nodes of a cluster.
   *
   * @param url a JDBC URL such as {@code jdbc:postgresql://db:5432/quartz}
   * @param tablePrefix the prefix of Quartz's tables, {@code QRTZ_} as its script creates them
   */
  static TimelineStore postgres(String url, String user, String password, String tablePrefix) {
    return new Postgres(url, user, password, tablePrefix);
  }

  /** Quartz's job store settings for this store. */
  void configure(Properties quartz);

  /** Whether jobs outlive the scheduler, so that the one that started an exercise removes them. */
  boolean shared();

  /** In memory. */
  record InMemory() implements TimelineStore {
    @Override
    public void configure(Properties quartz) {
      quartz.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
    }

    @Override
    public boolean shared() {
      return false;
    }
  }

  /** Quartz's JDBC job store on PostgreSQL, clustered. */
  record Postgres(String url, String user, String password, String tablePrefix)
      implements TimelineStore {

    public Postgres {
      Objects.requireNonNull(url, "url");
      Objects.requireNonNull(tablePrefix, "tablePrefix");
    }

    @Override
    public void configure(Properties quartz) {
      quartz.setProperty("org.quartz.scheduler.instanceId", "AUTO");
      quartz.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
      quartz.setProperty(
          "org.quartz.jobStore.driverDelegateClass",
          "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
      quartz.setProperty("org.quartz.jobStore.tablePrefix", tablePrefix);
      quartz.setProperty("org.quartz.jobStore.isClustered", "true");
      // Nodes check in often, so that a dead node's injects move to a live one within seconds.
      quartz.setProperty("org.quartz.jobStore.clusterCheckinInterval", "2000");
      // Job data holds only names; the work itself stays in each node's scheduler context.
      quartz.setProperty("org.quartz.jobStore.useProperties", "true");
      // Quartz keeps data sources by name for the whole JVM: one per scheduler.
      String ds = "timeline-" + java.util.UUID.randomUUID();
      quartz.setProperty("org.quartz.jobStore.dataSource", ds);
      quartz.setProperty("org.quartz.dataSource." + ds + ".provider", "hikaricp");
      quartz.setProperty("org.quartz.dataSource." + ds + ".driver", "org.postgresql.Driver");
      quartz.setProperty("org.quartz.dataSource." + ds + ".URL", url);
      quartz.setProperty("org.quartz.dataSource." + ds + ".user", user == null ? "" : user);
      quartz.setProperty(
          "org.quartz.dataSource." + ds + ".password", password == null ? "" : password);
      quartz.setProperty("org.quartz.dataSource." + ds + ".maxConnections", "6");
    }

    @Override
    public boolean shared() {
      return true;
    }

    @Override
    public String toString() {
      // The default would print the password.
      return "Postgres[" + url + "]";
    }
  }
}
