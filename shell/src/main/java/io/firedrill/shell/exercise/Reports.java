package io.firedrill.shell.exercise;

import io.firedrill.injector.technique.Technique;
import io.firedrill.injector.technique.TechniqueCatalog;
import io.firedrill.reports.ReportSettings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the report needs from the technique catalog, which the reports module does not see. */
public final class Reports {

  private Reports() {}

  /** A draft report's settings, with every technique's ATT&amp;CK ids. */
  public static ReportSettings draft() {
    return ReportSettings.draft(attackIds());
  }

  public static ReportSettings of(ReportSettings.Status status, String version, String approver) {
    return new ReportSettings(status, version, approver, attackIds());
  }

  static Map<String, List<String>> attackIds() {
    Map<String, List<String>> ids = new LinkedHashMap<>();
    for (Technique<?> technique : TechniqueCatalog.all()) {
      ids.put(technique.info().id(), technique.info().attackIds());
    }
    return ids;
  }
}
