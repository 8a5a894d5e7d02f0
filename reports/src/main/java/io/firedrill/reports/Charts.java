package io.firedrill.reports;

import io.firedrill.reports.chart.Chart;
import io.firedrill.scoring.score.ExpectationResult;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The report's three pictures, drawn from the same model the tables show. */
final class Charts {

  static final String MET = "#2e7d32";
  static final String LATE = "#e0a000";
  static final String MISSED = "#c62828";
  static final String NONE = "#b0b7c3";
  static final String INK = "#1d2430";
  static final String GRID = "#d8dde6";
  private static final List<String> LANES = List.of("attacker", "detection", "blue");
  private static final Map<String, String> LANE_COLOURS =
      Map.of("attacker", "#c62828", "detection", "#6a3fb5", "blue", "#1b5fbf");
  private static final Map<String, String> PHASE_COLOURS =
      Map.of(
          "detect", "#6a3fb5",
          "contain", "#1b5fbf",
          "eradicate", "#00838f",
          "recover", "#2e7d32",
          "communicate", "#8d6e63");

  private Charts() {}

  /** Injects, detections and blue actions on one axis of scenario time, each phase shaded. */
  static Chart timeline(Inputs in, List<DualTimeline.Line> lines) {
    int width = 900;
    int left = 90;
    int right = 30;
    List<String> phases =
        in.card().phases().stream().map(p -> p.phase()).sorted(Charts::phaseOrder).toList();
    double top = 10 + 18 * phases.size() + 8;
    double bottom = top + 50 * LANES.size();
    int height = (int) bottom + 30;
    long end = in.card().duration().toMillis();
    for (DualTimeline.Line l : lines) {
      end = Math.max(end, l.at().toMillis());
    }
    long span = Math.max(end, 1000);
    double plot = width - left - right;
    Chart.Builder b = new Chart.Builder();
    // Each phase its own row: a solid bar from its clock's start to its last achievement, a pale
    // one to the end when something in it was missed; the lanes beneath are shaded faintly too.
    for (int i = 0; i < phases.size(); i++) {
      String phase = phases.get(i);
      Duration from = null;
      Duration to = null;
      boolean missed = false;
      for (ExpectationResult r : in.card().expectations()) {
        if (r.phase().equals(phase) && r.startedAt() != null) {
          from = from == null || r.startedAt().compareTo(from) < 0 ? r.startedAt() : from;
          missed |= r.achievedAt() == null;
          Duration until = r.achievedAt() != null ? r.achievedAt() : Duration.ofMillis(end);
          to = to == null || until.compareTo(to) > 0 ? until : to;
        }
      }
      double y = 10 + 18 * i;
      String colour = PHASE_COLOURS.getOrDefault(phase, NONE);
      b.text(left - 8, y + 11, phase, 11, colour, "end");
      b.rect(left, y, plot, 14, "#f1f3f6", 1);
      if (from != null) {
        double x1 = left + plot * from.toMillis() / span;
        double x2 = Math.max(x1 + 3, left + plot * to.toMillis() / span);
        b.rect(x1, y, x2 - x1, 14, colour, missed ? 0.3 : 0.85);
        if (!missed) {
          b.rect(x1, top, x2 - x1, bottom - top, colour, 0.08);
        }
        String label = missed ? "not achieved" : Format.human(to.minus(from));
        boolean roomAfter = x2 < width - right - 90;
        b.text(
            roomAfter ? x2 + 4 : x1 + 4, y + 11, label, 10, roomAfter ? INK : "#ffffff", "start");
      }
    }
    for (int i = 0; i < LANES.size(); i++) {
      double y = top + 25 + 50 * i;
      b.line(left, y, width - right, y, GRID, 1);
      b.text(left - 8, y + 4, LANES.get(i), 12, INK, "end");
    }
    b.line(left, bottom, width - right, bottom, INK, 1);
    for (int t = 0; t <= 5; t++) {
      double x = left + plot * t / 5;
      b.line(x, bottom, x, bottom + 4, INK, 1);
      b.text(
          x,
          bottom + 18,
          Format.clock(Duration.ofMillis(span * t / 5)),
          11,
          INK,
          t == 5 ? "end" : t == 0 ? "start" : "middle");
    }
    for (DualTimeline.Line l : lines) {
      int lane = LANES.indexOf(l.lane());
      double x = left + plot * l.at().toMillis() / span;
      String tip =
          Format.clock(l.at()) + " " + l.what() + " (" + l.citesKind() + " " + l.cites() + ")";
      b.dot(x, top + 25 + 50 * lane, 5, LANE_COLOURS.get(l.lane()), tip);
    }
    return b.build(
        "timeline-chart", "Timeline: injects, detections and blue-team actions", width, height);
  }

  private static int phaseOrder(String a, String b) {
    List<String> order = List.of("detect", "contain", "eradicate", "recover", "communicate");
    return Integer.compare(order.indexOf(a), order.indexOf(b));
  }

  /** Techniques down, detection sources across, each cell coloured by how the detection went. */
  static Chart coverage(List<Map<String, Object>> rows) {
    int left = 360;
    int cell = 120;
    int rowHeight = 26;
    List<String> sources = List.of(Coverage.CLOUDTRAIL, Coverage.GUARDDUTY);
    int height = 30 + rowHeight * Math.max(1, rows.size()) + 10;
    Chart.Builder b = new Chart.Builder();
    for (int c = 0; c < sources.size(); c++) {
      b.text(left + cell * c + cell / 2.0, 18, sources.get(c), 12, INK, "middle");
    }
    for (int r = 0; r < rows.size(); r++) {
      Map<String, Object> row = rows.get(r);
      double y = 30 + rowHeight * r;
      String label =
          row.get("technique")
              + (row.get("expectation") == null ? "" : " / " + row.get("expectation"));
      b.text(left - 8, y + 17, label, 11, INK, "end");
      for (int c = 0; c < sources.size(); c++) {
        boolean gap = row.get("source") == null;
        boolean here = sources.get(c).equals(row.get("source")) || (gap && c == 0);
        String fill = here ? colour((String) row.get("outcome")) : gap ? NONE : "#f1f3f6";
        b.rect(left + cell * c + 1, y + 1, cell - 2, rowHeight - 2, fill, 1);
        if (gap && c == 0) {
          b.text(left + cell * c + cell / 2.0, y + 17, "none expected", 11, INK, "middle");
        } else if (here) {
          b.text(
              left + cell * c + cell / 2.0,
              y + 17,
              row.get("outcome") + " " + row.get("latency"),
              11,
              "#ffffff",
              "middle");
        }
      }
    }
    return b.build(
        "coverage-chart",
        "Detection coverage: technique by detection source",
        left + cell * sources.size() + 10,
        height);
  }

  /** Each metric as a bar, with its target as a line across it. */
  static Chart metrics(List<ScorecardMetrics.Metric> metrics) {
    int left = 70;
    int width = 700;
    int rowHeight = 34;
    int height = 20 + rowHeight * Math.max(1, metrics.size()) + 10;
    long max = 1;
    for (ScorecardMetrics.Metric m : metrics) {
      max = Math.max(max, m.target() == null ? 0 : m.target().toMillis());
      max = Math.max(max, m.value() == null ? 0 : m.value().toMillis());
    }
    double plot = width - left - 210;
    Chart.Builder b = new Chart.Builder();
    for (int i = 0; i < metrics.size(); i++) {
      ScorecardMetrics.Metric m = metrics.get(i);
      double y = 14 + rowHeight * i;
      b.text(left - 8, y + 16, m.abbreviation(), 12, INK, "end");
      b.rect(left, y + 4, plot, 18, "#f1f3f6", 1);
      if (m.value() != null) {
        String colour =
            "met".equals(m.status()) || "no target".equals(m.status())
                ? MET
                : "over target".equals(m.status()) ? LATE : MISSED;
        b.rect(left, y + 4, Math.max(2, plot * m.value().toMillis() / max), 18, colour, 1);
      }
      if (m.target() != null) {
        double tx = left + plot * m.target().toMillis() / max;
        b.line(tx, y, tx, y + 26, INK, 2);
      }
      b.text(
          left + plot + 8,
          y + 17,
          (m.value() == null ? "not achieved" : Format.human(m.value()))
              + (m.target() == null ? " / no target" : " / target " + Format.human(m.target())),
          11,
          INK,
          "start");
    }
    return b.build("metrics-chart", "Metrics against their targets", width, height);
  }

  static String colour(String outcome) {
    return switch (outcome) {
      case "met" -> MET;
      case "late" -> LATE;
      case "missed" -> MISSED;
      default -> NONE;
    };
  }
}
