package io.firedrill.shell.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

  private String read(int files, long bytesEach, boolean terminal) {
    ProgressBar bar =
        new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), terminal);
    for (int done = 0; done <= files; done++) {
      bar.files("reading the trail", done, files, done * bytesEach, files * bytesEach);
    }
    bar.stage("writing the report");
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void outsideATerminalAPlainLineAtEveryTenth() {
    String out = read(200, 50_000, false);

    assertThat(out.lines().toList())
        .hasSize(12)
        .startsWith("reading the trail: 0/200 files, 0 B of 9.5 MB (0%)")
        .contains("reading the trail: 20/200 files, 976.6 KB of 9.5 MB (10%)")
        .endsWith(
            "reading the trail: 200/200 files, 9.5 MB of 9.5 MB (100%)", "writing the report...");
    assertThat(out).doesNotContain("\r", "\033");
  }

  @Test
  void onATerminalOneLineRedrawnInPlaceThenLeftWhole() {
    String out = read(200, 50_000, true);

    // 101 redraws (0% to 100%), not one per file, all on one line that ends when reading is done.
    assertThat(out.split("\r\033\\[2K", -1)).hasSize(102);
    assertThat(out)
        .contains("reading the trail [------------------------] 0%  0/200 files, 0 B of 9.5 MB")
        .contains("reading the trail [############------------] 50%  100/200 files")
        .endsWith(
            "reading the trail [########################] 100%  200/200 files, 9.5 MB of 9.5 MB"
                + System.lineSeparator()
                + "writing the report..."
                + System.lineSeparator());
  }

  @Test
  void anEmptyTrailIsDoneAtOnce() {
    assertThat(read(0, 0, false)).startsWith("reading the trail: 0/0 files, 0 B of 0 B (100%)");
  }

  @Test
  void percentagesOutsideATerminalAreALineAtEveryTenth() {
    ProgressBar bar = new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), false);
    for (int percent = 0; percent <= 100; percent++) {
      bar.percent("writing the report", percent, percent < 50 ? "HTML" : "PDF");
    }

    assertThat(bytes.toString(StandardCharsets.UTF_8).lines().toList())
        .hasSize(11)
        .startsWith("writing the report: 0% (HTML)")
        .contains("writing the report: 50% (PDF)")
        .endsWith("writing the report: 100% (PDF)");
  }

  @Test
  void percentagesOnATerminalRedrawOneLineAndEndIt() {
    ProgressBar bar = new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), true);
    for (int percent = 0; percent <= 100; percent += 25) {
      bar.percent("writing the report", percent, "PDF");
    }

    String out = bytes.toString(StandardCharsets.UTF_8);
    // Five redraws of one line, ended once.
    assertThat(out.chars().filter(c -> c == '\r')).hasSize(5);
    assertThat(out.chars().filter(c -> c == '\n')).hasSize(1);
    assertThat(out)
        .contains("\r\033[2Kwriting the report [######------------------] 25%  PDF")
        .endsWith("[########################] 100%  PDF" + System.lineSeparator());
  }
}
