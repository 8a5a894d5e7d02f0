package io.firedrill.shell.command;

import io.firedrill.reports.ReportFiles;
import io.firedrill.reports.ReportWriter.Rendering;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The renderings {@code report --format} names, and which written file to point a reader at. */
final class ReportFormats {

  static final String NAMES = "html, md (or markdown), pdf, json, junit";

  private static final Map<String, Rendering> BY_NAME =
      Map.of(
          "html", Rendering.HTML,
          "md", Rendering.MARKDOWN,
          "markdown", Rendering.MARKDOWN,
          "pdf", Rendering.PDF,
          "json", Rendering.JSON,
          "junit", Rendering.JUNIT);

  private ReportFormats() {}

  /** Every rendering when none is named; null when a name is not one of {@link #NAMES}. */
  static Set<Rendering> parse(String list) {
    if (list == null || list.isBlank()) {
      return EnumSet.allOf(Rendering.class);
    }
    Set<Rendering> renderings = EnumSet.noneOf(Rendering.class);
    for (String name : list.split(",")) {
      Rendering rendering = BY_NAME.get(name.strip().toLowerCase(Locale.ROOT));
      if (rendering == null) {
        return null;
      }
      renderings.add(rendering);
    }
    return renderings;
  }

  /** The file a reader opens first: the HTML when it was written, else the first written. */
  static Path shown(ReportFiles files, Set<Rendering> renderings) {
    Rendering first = renderings.iterator().next();
    Path path =
        switch (first) {
          case HTML -> files.html();
          case MARKDOWN -> files.markdown();
          case PDF -> files.pdf();
          case JSON -> files.report();
          case JUNIT -> files.junit();
        };
    return path.toAbsolutePath();
  }
}
