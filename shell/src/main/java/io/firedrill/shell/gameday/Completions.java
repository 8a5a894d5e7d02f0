package io.firedrill.shell.gameday;

import io.firedrill.injector.technique.TechniqueCatalog;
import io.firedrill.shell.config.FiredrillSettings;
import io.firedrill.shell.exercise.ExerciseHandle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.completion.CompletionContext;
import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.shell.core.command.completion.CompletionProvider;

/**
 * What Tab offers, by the bean name a command's {@code completionProvider} gives: scenario ids,
 * technique ids, exercises' journals, what the blue team can acknowledge, and option values.
 */
@Configuration(proxyBeanMethods = false)
public class Completions {

  @Bean
  CompletionProvider scenarioCompletion() {
    return context ->
        switch (option(context)) {
          case "blue" -> proposals(List.of("auto", "none"));
          case "speed" -> proposals(List.of("1", "10", "60", "max"));
          case "sandbox" -> proposals(List.of("embedded", "aws", "localstack"));
          case "" -> proposals(scenarioIds());
          default -> List.of();
        };
  }

  @Bean
  CompletionProvider techniqueCompletion() {
    return context ->
        option(context).isEmpty()
            ? proposals(TechniqueCatalog.all().stream().map(t -> t.info().id()).toList())
            : List.of();
  }

  @Bean
  CompletionProvider exerciseCompletion(FiredrillSettings settings) {
    return context -> option(context).isEmpty() ? journals(settings.reports()) : List.of();
  }

  @Bean
  CompletionProvider acknowledgeableCompletion(GameDay gameDay) {
    return context -> {
      ExerciseHandle handle = gameDay.current();
      if (handle == null || !option(context).isEmpty()) {
        return List.of();
      }
      return proposals(handle.status().map(s -> s.acknowledgeable()).orElse(Set.of()));
    };
  }

  @Bean
  CompletionProvider severityCompletion() {
    return context -> proposals(BlueCommands.SEVERITIES);
  }

  /** The long name of the option whose value is being completed; empty for an argument. */
  private static String option(CompletionContext context) {
    CommandOption option = context.getCommandOption();
    return option == null || option.longName() == null ? "" : option.longName();
  }

  /** The ids of the scenarios in the firedrill home's scenarios/ and in the jar. */
  /** The ids of the scenarios of the firedrill home and of the jar, sorted. */
  public static Set<String> scenarioIds() {
    Set<String> ids = new TreeSet<>();
    Path folder = Path.of(System.getProperty("firedrill.home", "."), "scenarios");
    try (Stream<Path> files = Files.list(folder)) {
      files
          .map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith(".yaml"))
          .forEach(n -> ids.add(n.substring(0, n.length() - 5)));
    } catch (IOException e) {
      // No scenarios folder here: the jar's own still complete.
    }
    try {
      for (Resource r :
          new PathMatchingResourcePatternResolver().getResources("classpath*:scenarios/*.yaml")) {
        String name = r.getFilename();
        if (name != null) {
          ids.add(name.substring(0, name.length() - 5));
        }
      }
    } catch (IOException e) {
      // Completion offers what it found on disk.
    }
    return ids;
  }

  /** Each exercise's journal under the reports folder, shown by the exercise's id. */
  private static List<CompletionProposal> journals(Path reports) {
    try (Stream<Path> folders = Files.list(reports)) {
      return folders
          .filter(f -> Files.isRegularFile(f.resolve("journal.jsonl")))
          .sorted()
          .map(
              f ->
                  new CompletionProposal(f.resolve("journal.jsonl").toString())
                      .displayText(f.getFileName().toString())
                      .description("exercise journal"))
          .toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  private static List<CompletionProposal> proposals(java.util.Collection<String> values) {
    return values.stream().map(CompletionProposal::new).toList();
  }
}
