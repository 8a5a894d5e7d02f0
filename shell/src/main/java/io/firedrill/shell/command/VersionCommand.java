package io.firedrill.shell.command;

import io.firedrill.shell.cli.Version;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.stereotype.Component;

/** {@code version}: firedrill's version, as {@code --version} prints it. */
@Component
class VersionCommand {

  @Command(name = "version", group = "Built-In Commands", description = "Show firedrill's version")
  public String version() {
    return "firedrill " + Version.current();
  }
}
