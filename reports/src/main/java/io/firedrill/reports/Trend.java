package io.firedrill.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Compares exercises of one scenario over time, from each bundle's {@code report.json}: score,
 * ratings, each metric, and the improvement-plan items still open and closed since the run before:
 * the evidence that the programme improves.
 */
public final class Trend {

  private Trend() {}

  /**
   * The comparison as a text table, oldest exercise first.
   *
   * @throws IllegalArgumentException when a folder has no readable report.json, or the exercises
   *     played different scenarios
   */
  public static String table(List<Path> bundles) {
    if (bundles.isEmpty()) {
      throw new IllegalArgumentException("no bundle given");
    }
    List<JsonNode> reports = new ArrayList<>();
    for (Path bundle : bundles) {
      Path file = bundle.resolve("report.json");
      try {
        reports.add(Manifest.JSON.readTree(Files.readString(file)));
      } catch (IOException | JacksonException e) {
        throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
      }
    }
    String scenario = reports.get(0).path("overview").path("scenarioId").asString();
    for (int i = 0; i < reports.size(); i++) {
      String other = reports.get(i).path("overview").path("scenarioId").asString();
      if (!scenario.equals(other)) {
        throw new IllegalArgumentException(
            bundles.get(i) + " played scenario " + other + ", not " + scenario);
      }
    }
    reports.sort(Comparator.comparing(r -> r.path("overview").path("startedAt").asString()));
    Set<String> metrics = new LinkedHashSet<>();
    reports.forEach(
        r -> r.path("metrics").forEach(m -> metrics.add(m.path("abbreviation").asString())));
    List<List<String>> rows = new ArrayList<>();
    List<String> header =
        new ArrayList<>(List.of("exercise", "started", "score", "met", "ratings"));
    header.addAll(metrics);
    header.addAll(List.of("plan open", "closed"));
    rows.add(header);
    Set<String> before = null;
    for (JsonNode r : reports) {
      List<String> row = new ArrayList<>();
      row.add(r.path("overview").path("exerciseId").asString());
      row.add(r.path("overview").path("startedAt").asString().replaceAll("\\.\\d+Z$", "Z"));
      row.add(r.path("summary").path("score").asInt() + "/100");
      row.add(
          r.path("summary").path("met").asInt() + "/" + r.path("summary").path("total").asInt());
      StringBuilder ratings = new StringBuilder();
      r.path("capabilities")
          .forEach(
              c ->
                  ratings
                      .append(ratings.isEmpty() ? "" : " ")
                      .append(c.path("phase").asString())
                      .append(':')
                      .append(c.path("rating").asString()));
      row.add(ratings.toString());
      for (String metric : metrics) {
        String value = "-";
        for (JsonNode m : r.path("metrics")) {
          if (metric.equals(m.path("abbreviation").asString())) {
            value = m.path("value").asString();
          }
        }
        row.add(value);
      }
      Set<String> open = new LinkedHashSet<>();
      r.path("improvementPlan").forEach(i -> open.add(i.path("id").asString()));
      row.add(Integer.toString(open.size()));
      if (before == null) {
        row.add("-");
      } else {
        Set<String> closed = new LinkedHashSet<>(before);
        closed.removeAll(open);
        row.add(Integer.toString(closed.size()));
      }
      before = open;
      rows.add(row);
    }
    return "scenario " + scenario + "\n" + align(rows);
  }

  private static String align(List<List<String>> rows) {
    int[] widths = new int[rows.get(0).size()];
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.size(); i++) {
        line.append(String.format("%-" + widths[i] + "s", row.get(i))).append("  ");
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    return out.toString();
  }
}
