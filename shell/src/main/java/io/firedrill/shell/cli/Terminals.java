package io.firedrill.shell.cli;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.shell.core.autoconfigure.TerminalCustomizer;

/**
 * The JLine terminal: a plain (dumb) one, quietly, when the output is not a terminal (a pipe, a CI
 * log, a test), instead of a warning on every command.
 */
@Configuration(proxyBeanMethods = false)
class Terminals {

  @Bean
  TerminalCustomizer plainWhenNotATerminal() {
    return builder -> {
      if (System.console() == null) {
        builder.system(false).dumb(true).streams(System.in, System.out);
      } else {
        builder.dumb(true);
      }
    };
  }
}
