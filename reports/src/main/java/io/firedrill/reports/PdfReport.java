package io.firedrill.reports;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;
import com.openhtmltopdf.util.XRLog;
import io.firedrill.reports.chart.Chart;
import io.firedrill.reports.chart.Java2d;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Map;
import java.util.TimeZone;
import java.util.function.DoubleConsumer;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * {@code report.pdf}: the HTML report laid out by openhtmltopdf, its pictures drawn from the same
 * marks as the SVG. The same model gives the same bytes: the dates are the exercise's start and the
 * file identifier is a hash of the HTML, where PDFBox would otherwise use the clock.
 */
final class PdfReport {

  static final String CHART_TYPE = "application/x-firedrill-chart";

  static {
    // openhtmltopdf logs its layout timings and CSS notes at INFO, into the console of a run.
    XRLog.setLoggingEnabled(false);
  }

  private PdfReport() {}

  static byte[] render(Map<String, Object> model, String title, Instant startedAt) {
    return render(model, title, startedAt, fraction -> {});
  }

  /**
   * @param within told how far the rendering has come, from 0 to 1, at each of its stages (the
   *     template, the layout, the pages, the file)
   */
  static byte[] render(
      Map<String, Object> model, String title, Instant startedAt, DoubleConsumer within) {
    String html = Templates.html(model, true);
    within.accept(0.1);
    @SuppressWarnings("unchecked")
    Map<String, Chart> charts = (Map<String, Chart>) model.get(ReportModel.CHARTS);
    DefaultObjectDrawerFactory drawers = new DefaultObjectDrawerFactory();
    drawers.registerDrawer(
        CHART_TYPE,
        (element, x, y, width, height, device, context, dotsPerPixel) -> {
          Chart chart = charts.get(element.getAttribute("data-chart"));
          if (chart != null) {
            double w = width / dotsPerPixel;
            double h = height / dotsPerPixel;
            device.drawWithGraphics(
                (float) x, (float) y, (float) w, (float) h, g -> Java2d.draw(chart, g, w, h));
          }
          return null;
        });
    try (PDDocument document = new PDDocument()) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.usePDDocument(document);
      builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "about:blank");
      builder.useObjectDrawerFactory(drawers);
      builder.withProducer("firedrill");
      try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
        within.accept(0.2);
        renderer.layout();
        within.accept(0.5);
        renderer.createPDFWithoutClosing();
        within.accept(0.9);
      }
      PDDocumentInformation info = document.getDocumentInformation();
      Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
      when.setTimeInMillis(startedAt.toEpochMilli());
      info.setCreationDate(when);
      info.setModificationDate(when);
      info.setTitle("After-action report: " + title);
      info.setProducer("firedrill");
      byte[] id = Arrays.copyOf(sha256(html), 16);
      COSArray ids = new COSArray();
      ids.add(new COSString(id));
      ids.add(new COSString(id));
      document.getDocument().getTrailer().setItem(COSName.ID, ids);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      within.accept(1.0);
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException("cannot render the PDF report: " + e.getMessage(), e);
    }
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
