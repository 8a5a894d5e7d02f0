package io.firedrill.reports;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code report.json}: the report model itself, less its pictures. Its shape is described by {@code
 * report.schema.json} (shipped beside this class) and versioned by {@code schemaVersion}.
 */
final class JsonReport {

  static final String SCHEMA = "/io/firedrill/reports/report.schema.json";
  private static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private JsonReport() {}

  static String render(Map<String, Object> model) {
    Map<String, Object> data = new LinkedHashMap<>(model);
    data.remove(ReportModel.CHARTS);
    return JSON.writeValueAsString(data) + "\n";
  }
}
