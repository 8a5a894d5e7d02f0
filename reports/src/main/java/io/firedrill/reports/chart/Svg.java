package io.firedrill.reports.chart;

import java.util.Locale;

/** Writes a chart as an inline SVG element: no fonts or images fetched, nothing but the marks. */
public final class Svg {

  private Svg() {}

  public static String of(Chart chart) {
    StringBuilder out = new StringBuilder(256 + 96 * chart.marks().size());
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" id=\"")
        .append(escape(chart.id()))
        .append("\" viewBox=\"0 0 ")
        .append(chart.width())
        .append(' ')
        .append(chart.height())
        .append("\" width=\"100%\" font-family=\"sans-serif\"><title>")
        .append(escape(chart.title()))
        .append("</title>");
    for (Chart.Mark mark : chart.marks()) {
      if (mark instanceof Chart.Rect r) {
        out.append("<rect x=\"")
            .append(n(r.x()))
            .append("\" y=\"")
            .append(n(r.y()))
            .append("\" width=\"")
            .append(n(r.w()))
            .append("\" height=\"")
            .append(n(r.h()))
            .append("\" fill=\"")
            .append(r.fill())
            .append(r.opacity() < 1 ? "\" fill-opacity=\"" + n(r.opacity()) : "")
            .append("\"/>");
      } else if (mark instanceof Chart.Line l) {
        out.append("<line x1=\"")
            .append(n(l.x1()))
            .append("\" y1=\"")
            .append(n(l.y1()))
            .append("\" x2=\"")
            .append(n(l.x2()))
            .append("\" y2=\"")
            .append(n(l.y2()))
            .append("\" stroke=\"")
            .append(l.stroke())
            .append("\" stroke-width=\"")
            .append(n(l.width()))
            .append("\"/>");
      } else if (mark instanceof Chart.Dot d) {
        out.append("<circle cx=\"")
            .append(n(d.x()))
            .append("\" cy=\"")
            .append(n(d.y()))
            .append("\" r=\"")
            .append(n(d.r()))
            .append("\" fill=\"")
            .append(d.fill())
            .append("\"><title>")
            .append(escape(d.tip()))
            .append("</title></circle>");
      } else if (mark instanceof Chart.Text t) {
        out.append("<text x=\"")
            .append(n(t.x()))
            .append("\" y=\"")
            .append(n(t.y()))
            .append("\" font-size=\"")
            .append(n(t.size()))
            .append("\" fill=\"")
            .append(t.fill())
            .append("\" text-anchor=\"")
            .append(t.anchor())
            .append("\">")
            .append(escape(t.text()))
            .append("</text>");
      }
    }
    return out.append("</svg>").toString();
  }

  /** Numbers with at most one decimal, the same on every JVM and locale. */
  private static String n(double value) {
    long tenths = Math.round(value * 10);
    return tenths % 10 == 0
        ? Long.toString(tenths / 10)
        : String.format(Locale.ROOT, "%.1f", tenths / 10.0);
  }

  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
