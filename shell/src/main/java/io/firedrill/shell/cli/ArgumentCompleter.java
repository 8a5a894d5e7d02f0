package io.firedrill.shell.cli;

import java.util.ArrayList;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.jline.CommandCompleter;
import org.springframework.stereotype.Component;

/**
 * Spring Shell 4.0.1's completer finds the command by every word before the first option, the word
 * being typed included, so {@code gameday start leak<Tab>} finds no command and offers nothing.
 * This one hands it the line with the word being typed left out; JLine still filters what comes
 * back by that word. A line that is still a command's name is left as it is.
 */
@Component
class ArgumentCompleter extends CommandCompleter {

  private final CommandRegistry registry;

  ArgumentCompleter(CommandRegistry registry) {
    super(registry);
    this.registry = registry;
  }

  @Override
  public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
    String word = line.word() == null ? "" : line.word();
    int name = commandWords(line.words());
    boolean typingAValue =
        name > 0
            && line.wordIndex() >= name
            && !word.startsWith("-")
            && registry.getCommandsByPrefix(line.line()).isEmpty();
    super.complete(reader, typingAValue ? simplified(line, name) : line, candidates);
  }

  /** How many leading words name a command; 0 when they name none. */
  private int commandWords(List<String> words) {
    for (int n = Math.min(3, words.size()); n > 0; n--) {
      if (registry.getCommandByName(String.join(" ", words.subList(0, n))) != null) {
        return n;
      }
    }
    return 0;
  }

  private static ParsedLine simplified(ParsedLine line, int name) {
    List<String> words = new ArrayList<>(line.words().subList(0, name));
    int index = line.wordIndex();
    if (index > name && line.words().get(index - 1).startsWith("-")) {
      words.add(line.words().get(index - 1));
    }
    words.add("");
    int wordIndex = words.size() - 1;
    return new ParsedLine() {
      @Override
      public String word() {
        return "";
      }

      @Override
      public int wordCursor() {
        return 0;
      }

      @Override
      public int wordIndex() {
        return wordIndex;
      }

      @Override
      public List<String> words() {
        return words;
      }

      @Override
      public String line() {
        return line.line();
      }

      @Override
      public int cursor() {
        return line.cursor();
      }
    };
  }
}
