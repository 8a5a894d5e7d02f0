package io.firedrill.shell;

import io.firedrill.shell.cli.ExitCodeHolder;
import io.firedrill.shell.cli.Version;
import io.firedrill.shell.exercise.EarlySandbox;
import io.firedrill.shell.exercise.ExitCodes;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.aop.AopAutoConfiguration;
import org.springframework.boot.autoconfigure.availability.ApplicationAvailabilityAutoConfiguration;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.boot.autoconfigure.task.TaskSchedulingAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts firedrill: the interactive shell with no arguments, otherwise the one command given, whose
 * exit code becomes the process's.
 */
// What firedrill never uses is left out: Spring starts a command sooner without it.
@SpringBootApplication(
    proxyBeanMethods = false,
    exclude = {
      AopAutoConfiguration.class,
      ApplicationAvailabilityAutoConfiguration.class,
      SslAutoConfiguration.class,
      TaskExecutionAutoConfiguration.class,
      TaskSchedulingAutoConfiguration.class
    })
@ConfigurationPropertiesScan
public class FiredrillApplication {

  public static void main(String[] args) {
    if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
      // Answered before Spring starts: scripts ask this often and want it fast.
      System.out.println("firedrill " + Version.current());
      return;
    }
    // A run's embedded sandbox starts beside Spring, which takes as long again.
    EarlySandbox.startFor(args);
    SpringApplication application = new SpringApplication(FiredrillApplication.class);
    // One command makes only the beans it uses (the interactive shell's JLine parts stay unmade).
    application.setLazyInitialization(args.length > 0);
    ConfigurableApplicationContext context = application.run(args);
    int code;
    try {
      code = context.getBean(ExitCodeHolder.class).get();
    } catch (IllegalStateException closed) {
      // Ctrl-C or SIGTERM closed the context before the command could set its exit code.
      System.exit(ExitCodes.INTERRUPTED);
      return;
    }
    EarlySandbox.discard();
    System.exit(SpringApplication.exit(context, () -> code));
  }
}
