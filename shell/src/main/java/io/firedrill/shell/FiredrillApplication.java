package io.firedrill.shell;

import io.firedrill.shell.cli.ExitCodeHolder;
import io.firedrill.shell.cli.Version;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts firedrill: the interactive shell with no arguments, otherwise the one command given, whose
 * exit code becomes the process's.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class FiredrillApplication {

  public static void main(String[] args) {
    if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
      // Answered before Spring starts: scripts ask this often and want it fast.
      System.out.println("firedrill " + Version.current());
      return;
    }
    ConfigurableApplicationContext context =
        SpringApplication.run(FiredrillApplication.class, args);
    int code = context.getBean(ExitCodeHolder.class).get();
    System.exit(SpringApplication.exit(context, () -> code));
  }
}
