package io.firedrill.reports.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * A picture in user units (about a CSS pixel each): a title for screen readers, and marks drawn in
 * order, later ones on top.
 */
public record Chart(String id, String title, int width, int height, List<Mark> marks) {

  public Chart {
    marks = List.copyOf(marks);
  }

  /** A mark: a filled rectangle, a line, a dot or a piece of text. */
  public sealed interface Mark permits Rect, Line, Dot, Text {}

  /** A rectangle; {@code opacity} 1 for solid, less to shade what lies beneath. */
  public record Rect(double x, double y, double w, double h, String fill, double opacity)
      implements Mark {}

  public record Line(double x1, double y1, double x2, double y2, String stroke, double width)
      implements Mark {}

  /** A filled circle, with what it stands for as a tooltip in the SVG. */
  public record Dot(double x, double y, double r, String fill, String tip) implements Mark {}

  /**
   * @param anchor start, middle or end, as SVG's text-anchor
   */
  public record Text(double x, double y, String text, double size, String fill, String anchor)
      implements Mark {}

  /** Collects marks in drawing order. */
  public static final class Builder {
    private final List<Mark> marks = new ArrayList<>();

    public Builder rect(double x, double y, double w, double h, String fill, double opacity) {
      marks.add(new Rect(x, y, w, h, fill, opacity));
      return this;
    }

    public Builder line(double x1, double y1, double x2, double y2, String stroke, double width) {
      marks.add(new Line(x1, y1, x2, y2, stroke, width));
      return this;
    }

    public Builder dot(double x, double y, double r, String fill, String tip) {
      marks.add(new Dot(x, y, r, fill, tip));
      return this;
    }

    public Builder text(double x, double y, String text, double size, String fill, String anchor) {
      marks.add(new Text(x, y, text, size, fill, anchor));
      return this;
    }

    public Chart build(String id, String title, int width, int height) {
      return new Chart(id, title, width, height, marks);
    }
  }
}
