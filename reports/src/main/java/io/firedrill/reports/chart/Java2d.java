package io.firedrill.reports.chart;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;

/** Draws a chart with Java2D, scaled to fit the box it is given: how the PDF shows it. */
public final class Java2d {

  private Java2d() {}

  public static void draw(Chart chart, Graphics2D g, double boxWidth, double boxHeight) {
    double scale = Math.min(boxWidth / chart.width(), boxHeight / chart.height());
    g.scale(scale, scale);
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    for (Chart.Mark mark : chart.marks()) {
      if (mark instanceof Chart.Rect r) {
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) r.opacity()));
        g.setColor(Color.decode(r.fill()));
        g.fill(new Rectangle2D.Double(r.x(), r.y(), r.w(), r.h()));
        g.setComposite(AlphaComposite.SrcOver);
      } else if (mark instanceof Chart.Line l) {
        g.setColor(Color.decode(l.stroke()));
        g.setStroke(new BasicStroke((float) l.width()));
        g.draw(new Line2D.Double(l.x1(), l.y1(), l.x2(), l.y2()));
      } else if (mark instanceof Chart.Dot d) {
        g.setColor(Color.decode(d.fill()));
        g.fill(new Ellipse2D.Double(d.x() - d.r(), d.y() - d.r(), 2 * d.r(), 2 * d.r()));
      } else if (mark instanceof Chart.Text t) {
        g.setColor(Color.decode(t.fill()));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 1).deriveFont((float) t.size()));
        double width = g.getFontMetrics().stringWidth(t.text());
        double x =
            "middle".equals(t.anchor())
                ? t.x() - width / 2
                : "end".equals(t.anchor()) ? t.x() - width : t.x();
        g.drawString(t.text(), (float) x, (float) t.y());
      }
    }
  }
}
