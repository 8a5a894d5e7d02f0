package io.firedrill.reports;

import io.firedrill.reports.chart.Chart;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one model every format is rendered from: plain maps, lists, strings and numbers, so that the
 * JSON rendering is the model itself (less its pictures) and its schema describes what the HTML,
 * Markdown and PDF show. Durations carry both milliseconds of scenario time and a text for people.
 */
final class ReportModel {

  /** Bumped when a field changes meaning or goes; adding one keeps the version. */
  static final int SCHEMA_VERSION = 2; // 2: metrics are the scorer's, targets may be null

  /** Model fields that only the HTML and PDF use. */
  static final String CHARTS = "charts";

  private ReportModel() {}

  static Map<String, Object> of(Inputs in) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("schemaVersion", SCHEMA_VERSION);
    model.put("document", Overview.document(in));
    model.put("overview", Overview.overview(in));
    model.put("summary", Capabilities.summary(in.card()));
    model.put("objectives", Capabilities.objectives(in.card()));
    model.put("injects", Injects.played(in));
    model.put("notFired", Injects.notFired(in));
    List<DualTimeline.Line> lines = DualTimeline.lines(in);
    List<DualTimeline.Line> shown = DualTimeline.shown(lines);
    model.put("timeline", DualTimeline.model(shown, lines.size()));
    List<ScorecardMetrics.Metric> metrics = ScorecardMetrics.of(in.card());
    model.put("metrics", ScorecardMetrics.model(metrics));
    List<Map<String, Object>> coverage = Coverage.rows(in);
    model.put("coverage", coverage);
    model.put("capabilities", Capabilities.capabilities(in.card()));
    model.put("expectations", Capabilities.expectations(in.card()));
    model.put("improvementPlan", ImprovementPlan.items(in.card()));
    model.put("crosswalk", Crosswalk.rows(in.card()));
    model.put("hotWash", Appendices.hotWash(in));
    Map<String, Object> appendices = new LinkedHashMap<>();
    appendices.put("journalExcerpt", Appendices.journalExcerpt(in));
    appendices.put("manifest", Appendices.manifest(in.evidence()));
    appendices.put("cleanup", Appendices.cleanup(in));
    appendices.put("deviations", Injects.deviations(in));
    model.put("appendices", appendices);
    Map<String, Chart> charts = new LinkedHashMap<>();
    charts.put("timeline", Charts.timeline(in, shown));
    charts.put("coverage", Charts.coverage(coverage));
    charts.put("metrics", Charts.metrics(metrics));
    model.put(CHARTS, charts);
    return model;
  }
}
