package io.firedrill.shell.cli;

import io.firedrill.shell.exercise.ExitCodes;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.shell.core.InputReader;
import org.springframework.shell.core.ShellRunner;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandExecutor;
import org.springframework.shell.core.command.CommandNotFoundException;
import org.springframework.shell.core.command.CommandParser;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ExitStatus;
import org.springframework.shell.core.command.ParsedInput;
import org.springframework.stereotype.Component;

/**
 * Runs the command given on the command line and keeps its exit code, which Spring Shell's own
 * non-interactive runner drops; with no arguments, opens the interactive shell.
 */
@Component
public class CommandLineRunner implements ApplicationRunner {

  private final ObjectProvider<ShellRunner> interactive;
  private final CommandParser parser;
  private final CommandRegistry registry;
  private final ExitCodeHolder exitCode;
  private final List<KeepAlive> keepAlives;

  CommandLineRunner(
      ObjectProvider<ShellRunner> interactive,
      CommandParser parser,
      CommandRegistry registry,
      ExitCodeHolder exitCode,
      List<KeepAlive> keepAlives) {
    this.interactive = interactive;
    this.parser = parser;
    this.registry = registry;
    this.exitCode = exitCode;
    this.keepAlives = keepAlives;
  }

  @Override
  public void run(ApplicationArguments arguments) throws Exception {
    String[] args = arguments.getSourceArgs();
    if (args.length == 0) {
      interactive.getObject().run(args);
      return;
    }
    execute(args);
    for (KeepAlive keepAlive : keepAlives) {
      if (keepAlive.running()) {
        keepAlive.awaitStop();
      }
    }
  }

  /**
   * Runs one command line, as {@code firedrill <args>} does, and returns its exit code; what it
   * prints goes to {@link System#out} and {@link System#err} as they are when it is called.
   */
  public int execute(String... args) {
    exitCode.set(ExitCodes.OK);
    if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
      args = new String[] {"help"};
    }
    PrintWriter out = new PrintWriter(System.out, true);
    String line =
        Arrays.stream(args).map(CommandLineRunner::quote).collect(Collectors.joining(" "));
    try {
      ParsedInput input = parser.parse(line);
      ExitStatus status =
          new CommandExecutor(registry)
              .execute(new CommandContext(input, registry, out, new InputReader() {}));
      if (status.code() != ExitStatus.OK.code()) {
        System.err.println("firedrill: " + status.description());
        exitCode.set(ExitCodes.BAD_INPUT);
      }
    } catch (CommandNotFoundException e) {
      System.err.println("firedrill: unknown command '" + String.join(" ", args) + "'");
      System.err.println("Run 'firedrill help' for the commands and their options.");
      exitCode.set(ExitCodes.BAD_INPUT);
    } catch (Exception e) {
      System.err.println("firedrill: " + rootMessage(e));
      System.err.println("Run 'firedrill help' for the commands and their options.");
      exitCode.set(ExitCodes.BAD_INPUT);
    }
    out.flush();
    return exitCode.get();
  }

  private static String quote(String arg) {
    return arg.isEmpty() || arg.contains(" ") ? "\"" + arg.replace("\"", "\\\"") + "\"" : arg;
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.toString() : root.getMessage();
  }
}
