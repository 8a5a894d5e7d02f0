package io.firedrill.reports;

import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import io.firedrill.reports.chart.Chart;
import io.firedrill.reports.chart.Svg;
import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Renders the model with Freemarker: {@code report.html.ftlh} escapes as HTML (by its extension),
 * {@code report.md.ftl} writes text as it is.
 */
final class Templates {

  private static final Configuration FREEMARKER = configuration();

  private Templates() {}

  /**
   * @param pdf true for the PDF's HTML, where each picture is an object the PDF renderer draws
   */
  static String html(Map<String, Object> model, boolean pdf) {
    Map<String, Object> data = new HashMap<>(model);
    data.put("pdf", pdf);
    @SuppressWarnings("unchecked")
    Map<String, Chart> charts = (Map<String, Chart>) model.get(ReportModel.CHARTS);
    Map<String, String> svg = new LinkedHashMap<>();
    if (!pdf) {
      charts.forEach((name, chart) -> svg.put(name, Svg.of(chart)));
    }
    data.put("svg", svg);
    // The PDF's object boxes keep each picture's proportions at the page's width.
    data.put("metricsHeight", charts.get("metrics").height() * 680 / charts.get("metrics").width());
    data.put(
        "coverageHeight", charts.get("coverage").height() * 600 / charts.get("coverage").width());
    return render("report.html.ftlh", data);
  }

  static String markdown(Map<String, Object> model) {
    return render("report.md.ftl", model);
  }

  private static String render(String name, Map<String, Object> data) {
    try {
      StringWriter out = new StringWriter();
      FREEMARKER.getTemplate(name).process(data, out);
      return out.toString();
    } catch (IOException | TemplateException e) {
      throw new IllegalStateException(
          "the report template " + name + " failed: " + e.getMessage(), e);
    }
  }

  private static Configuration configuration() {
    Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
    configuration.setClassForTemplateLoading(Templates.class, "/io/firedrill/reports");
    configuration.setDefaultEncoding("UTF-8");
    configuration.setRecognizeStandardFileExtensions(true);
    configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    configuration.setLogTemplateExceptions(false);
    configuration.setNumberFormat("computer");
    return configuration;
  }
}
