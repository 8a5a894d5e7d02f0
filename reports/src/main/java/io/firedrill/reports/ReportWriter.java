package io.firedrill.reports;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import io.firedrill.scoring.score.Scorecard;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a scorecard as {@code report.html} and {@code result.json} into an exercise's folder. */
public final class ReportWriter {

  private static final Configuration FREEMARKER = configuration();

  private ReportWriter() {}

  public static ReportFiles write(Scorecard card, Path folder) {
    try {
      Files.createDirectories(folder);
      Path html = folder.resolve("report.html");
      Path json = folder.resolve("result.json");
      Files.writeString(html, html(card), StandardCharsets.UTF_8);
      Files.writeString(json, ResultJson.render(card), StandardCharsets.UTF_8);
      return new ReportFiles(html, json);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the report into " + folder, e);
    }
  }

  static String html(Scorecard card) {
    try {
      Template template = FREEMARKER.getTemplate("report.html.ftl");
      StringWriter out = new StringWriter();
      template.process(ReportModel.of(card), out);
      return out.toString();
    } catch (IOException | TemplateException e) {
      throw new IllegalStateException("the report template failed: " + e.getMessage(), e);
    }
  }

  private static Configuration configuration() {
    Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
    configuration.setClassForTemplateLoading(ReportWriter.class, "/io/firedrill/reports");
    configuration.setDefaultEncoding("UTF-8");
    configuration.setOutputFormat(freemarker.core.HTMLOutputFormat.INSTANCE);
    configuration.setTemplateExceptionHandler(
        freemarker.template.TemplateExceptionHandler.RETHROW_HANDLER);
    configuration.setLogTemplateExceptions(false);
    return configuration;
  }
}
