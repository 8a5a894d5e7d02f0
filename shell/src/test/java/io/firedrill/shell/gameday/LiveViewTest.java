package io.firedrill.shell.gameday;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The live view on a terminal of 24 rows, through the bytes it writes: the bar keeps the bottom two
 * rows, and lines printed while it shows and updates scroll above it, whole.
 */
class LiveViewTest {

  private static final String SAVE = "\0337";
  private static final String RESTORE = "\0338";

  @Test
  void linesPrintedWhileTheBarUpdatesLandAboveItWhole() throws Exception {
    StringWriter screen = new StringWriter();
    PrintWriter out = new PrintWriter(screen);
    LiveView view =
        new LiveView(
            line -> {
              out.println(line);
              out.flush();
            },
            new TerminalBar(out, 24, 80));
    int lines = 300;
    // The live view shows its bar as the exercise starts, before any line is printed.
    view.bar(List.of(" leaked-access-key  T+0m0s", " injects 0"));
    Thread ticker =
        new Thread(
            () -> {
              for (int i = 0; i < lines; i++) {
                view.bar(List.of(" leaked-access-key  T+0m" + i + "s", " injects " + i));
              }
            });
    ticker.start();
    for (int i = 0; i < lines; i++) {
      view.line("T+0m01s  inject " + i + " aws.discovery.sts-get-caller-identity by attacker");
    }
    ticker.join();
    String drawn = screen.toString();
    view.close();
    String closing = screen.toString().substring(drawn.length());

    // Before anything else, the rows above the bar become the scroll region: lines scroll there.
    assertThat(drawn).startsWith(SAVE + "\033[24;1H\n\n\033[1;22r" + RESTORE);
    // The bar is drawn only between a cursor save and restore, on rows 23 and 24, never holding a
    // printed line.
    Matcher bar =
        Pattern.compile(Pattern.quote(SAVE) + "(.*?)" + Pattern.quote(RESTORE), Pattern.DOTALL)
            .matcher(drawn);
    List<String> draws = new ArrayList<>();
    while (bar.find()) {
      draws.add(bar.group(1));
    }
    assertThat(draws).hasSizeGreaterThan(lines);
    for (String draw : draws.subList(1, draws.size())) {
      assertThat(draw)
          .startsWith("\033[23;1H\033[2K\033[7m leaked-access-key  T+0m")
          .contains("\033[24;1H\033[2K\033[7m injects ")
          .doesNotContain("aws.discovery")
          .doesNotContain("\n");
    }
    // Outside the bar's draws, the printed lines, whole and in order.
    String outside = bar.replaceAll("").replace("\033[2A", "");
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < lines; i++) {
      expected.add("T+0m01s  inject " + i + " aws.discovery.sts-get-caller-identity by attacker");
    }
    assertThat(outside.lines().toList()).containsExactlyElementsOf(expected);
    // Closing clears the bar's rows and gives the whole screen back to scrolling.
    assertThat(closing).isEqualTo(SAVE + "\033[23;1H\033[2K\033[24;1H\033[2K\033[r" + RESTORE);
  }

  @Test
  void barLinesWiderThanTheTerminalAreCut() {
    StringWriter screen = new StringWriter();
    TerminalBar bar = new TerminalBar(new PrintWriter(screen), 24, 20);
    bar.show(List.of("0123456789abcdefghijKLMNOP"));
    assertThat(screen.toString()).contains("0123456789abcdefghij\033[0m").doesNotContain("KLM");
  }

  @Test
  void withoutATerminalLinesArePlain() {
    StringBuilder printed = new StringBuilder();
    LiveView view = new LiveView(line -> printed.append(line).append('\n'), null);
    view.bar(List.of("ignored"));
    view.line("T+0m01s  inject 1");
    view.close();
    view.line("after the end");
    assertThat(printed.toString()).isEqualTo("T+0m01s  inject 1\n");
  }
}
