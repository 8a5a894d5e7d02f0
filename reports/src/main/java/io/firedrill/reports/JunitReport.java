package io.firedrill.reports;

import io.firedrill.scoring.score.ExpectationResult;
import io.firedrill.scoring.score.Outcome;
import io.firedrill.scoring.score.Scorecard;
import java.util.Locale;

/**
 * {@code junit.xml} for CI systems: the exercise is a test suite, each expectation a test case
 * (class name: its phase), timed by its latency. A missed expectation is a failure, and so is a
 * late one: the exercise's exit code counts it as not met either.
 */
final class JunitReport {

  private JunitReport() {}

  static String render(Scorecard card) {
    long failures = card.expectations().stream().filter(r -> r.outcome() != Outcome.MET).count();
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.append("<testsuites name=\"firedrill\" tests=\"")
        .append(card.expectations().size())
        .append("\" failures=\"")
        .append(failures)
        .append("\">\n");
    xml.append("  <testsuite name=\"")
        .append(esc(card.scenarioId()))
        .append("\" id=\"")
        .append(esc(card.exerciseId()))
        .append("\" tests=\"")
        .append(card.expectations().size())
        .append("\" failures=\"")
        .append(failures)
        .append("\" errors=\"0\" skipped=\"0\" timestamp=\"")
        .append(card.startedAt().toString().replaceAll("\\.\\d+Z$", ""))
        .append("\" time=\"")
        .append(seconds(card.duration().toMillis()))
        .append("\">\n");
    xml.append("    <properties>\n");
    property(xml, "score", Integer.toString(card.score()));
    property(xml, "scenarioSha256", card.scenarioSha256());
    card.phases().forEach(p -> property(xml, "rating." + p.phase(), p.rating().name()));
    xml.append("    </properties>\n");
    for (ExpectationResult r : card.expectations()) {
      xml.append("    <testcase classname=\"")
          .append(esc(card.scenarioId() + "." + r.phase()))
          .append("\" name=\"")
          .append(
              esc(
                  r.id()
                      + ": "
                      + r.event()
                      + " by "
                      + r.by()
                      + " within "
                      + Format.human(r.target())))
          .append("\" time=\"")
          .append(r.latency() == null ? "0" : seconds(r.latency().toMillis()))
          .append('"');
      if (r.outcome() == Outcome.MET) {
        xml.append("/>\n");
        continue;
      }
      String message =
          r.outcome() == Outcome.MISSED
              ? "missed: not seen before the exercise ended"
              : "late: " + Format.human(r.latency()) + ", target " + Format.human(r.target());
      xml.append(">\n      <failure type=\"")
          .append(r.outcome().name().toLowerCase(Locale.ROOT))
          .append("\" message=\"")
          .append(esc(message))
          .append("\"/>\n    </testcase>\n");
    }
    return xml.append("  </testsuite>\n</testsuites>\n").toString();
  }

  private static void property(StringBuilder xml, String name, String value) {
    xml.append("      <property name=\"")
        .append(esc(name))
        .append("\" value=\"")
        .append(esc(value))
        .append("\"/>\n");
  }

  private static String seconds(long millis) {
    return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
  }

  private static String esc(String text) {
    if (text == null) {
      return "";
    }
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
