package io.firedrill.shell.command;

import io.firedrill.exercise.scenario.ScenarioException;
import io.firedrill.sandbox.baseline.Baseline;
import io.firedrill.sandbox.provision.CredentialsFile;
import io.firedrill.sandbox.provision.ProvisionResult;
import io.firedrill.sandbox.provision.Provisioner;
import io.firedrill.sandbox.provision.ProvisioningRecord;
import io.firedrill.sandbox.provision.Target;
import io.firedrill.sandbox.provision.Teardown;
import io.firedrill.sandbox.provision.TeardownReport;
import io.firedrill.shell.cli.ExitCodeHolder;
import io.firedrill.shell.exercise.ExitCodes;
import io.firedrill.shell.exercise.ScenarioLibrary;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * {@code sandbox provision | teardown}: a real sandbox account (or LocalStack, or a running
 * embedded sandbox) set up with a baseline, and returned to how it was found.
 */
@Component
class ProvisionCommands {

  private static final String LOCALSTACK = "http://localhost:4566";

  private final ExitCodeHolder exitCode;

  ProvisionCommands(ExitCodeHolder exitCode) {
    this.exitCode = exitCode;
  }

  @Command(
      name = {"sandbox", "provision"},
      group = "Sandbox",
      description = "Set up an AWS account for exercises: the baseline, GuardDuty, telemetry",
      help =
          """
          sandbox provision [--target aws|localstack] [--profile P] [--region R]
              [--endpoint URL] [--baseline NAME] [--record FILE]

            --target    aws (default): the account the credentials reach; localstack: the same
                        against --endpoint (default http://localhost:4566)
            --profile   an AWS CLI profile; default: the standard credential chain
            --region    the region of the trail, detector, rule and queue (default: the
                        profile's or environment's, else us-east-1)
            --endpoint  an endpoint instead of AWS's own (a 'firedrill sandbox up', a LocalStack)
            --baseline  the baseline from scenarios/baselines/ (default standard)
            --record    the provisioning record to write (default
                        ~/.firedrill/provisioning/<account>-<region>.json)

          Creates, tagged firedrill:managed=true and firedrill:provisioning=<id>: the baseline's
          users (with their access keys), policies, roles and trail (with its bucket and the
          bucket policy CloudTrail needs), a GuardDuty detector, an EventBridge rule sending
          CloudTrail API calls and GuardDuty findings to the SQS queue firedrill-telemetry, the
          firedrill-blue-team role, and the firedrill-sandbox role tagged firedrill:sandbox=true
          that marks the account as a sandbox. Whatever exists already is left as it is and
          named. Running it again creates nothing new.

          The record lists exactly what was created (no secret). The new access keys' secrets go
          to <record>.credentials, readable by you alone, as AWS CLI profiles firedrill-<user>.
          'firedrill sandbox teardown' removes what the record lists.""")
  public void provision(
      @Option(longName = "target", defaultValue = "aws", description = "aws or localstack")
          String targetKind,
      @Option(longName = "profile", description = "AWS CLI profile") String profile,
      @Option(longName = "region", description = "AWS region") String region,
      @Option(longName = "endpoint", description = "endpoint URL instead of AWS's") String endpoint,
      @Option(longName = "baseline", defaultValue = "standard", description = "baseline name")
          String baselineName,
      @Option(longName = "record", description = "provisioning record file") String record,
      CommandContext context) {
    PrintWriter out = context.outputWriter();
    try {
      URI url = endpoint(targetKind, endpoint);
      Baseline baseline = ScenarioLibrary.fromSystem().loadBaseline(baselineName);
      Target target = Target.resolve(url, region, profile);
      ProvisionResult result =
          new Provisioner(recordsDir(), Clock.systemUTC())
              .provision(baseline, target, record == null ? null : Path.of(record), out::println);
      out.println(
          result.created().size()
              + " created, "
              + result.existed().size()
              + " already there; record: "
              + result.recordFile());
      if (result.credentialsFile() != null) {
        out.println(
            "new access keys' secrets (readable by you only): "
                + result.credentialsFile()
                + ", profiles "
                + String.join(
                    ", ",
                    result.keyUsers().stream().sorted().map(CredentialsFile::profile).toList()));
      }
      out.flush();
      exitCode.set(ExitCodes.OK);
    } catch (ScenarioException e) {
      e.problems().forEach(p -> fail("provision", p));
    } catch (RuntimeException e) {
      fail("provision", message(e));
    }
  }

  @Command(
      name = {"sandbox", "teardown"},
      group = "Sandbox",
      description = "Remove exactly what 'sandbox provision' created",
      help =
          """
          sandbox teardown [--record FILE] [--profile P] [--region R] [--endpoint URL]

            --record    the provisioning record (default
                        ~/.firedrill/provisioning/<account>-<region>.json for the account the
                        credentials reach)
            --profile, --region, --endpoint
                        as for provision; the region and endpoint default to the record's

          Removes what the record lists, in the order AWS allows (keys, attached policies,
          users, roles, trail, flow log, bucket objects and buckets, detector, rule targets and
          rule, queue), and says so for each; what is already gone is named and passed over.
          When all is gone the record and its credentials file are deleted; otherwise the record
          keeps what is left, for another try. Exit codes: 0 all removed, 1 something left,
          2 bad input.""")
  public void teardown(
      @Option(longName = "record", description = "provisioning record file") String record,
      @Option(longName = "profile", description = "AWS CLI profile") String profile,
      @Option(longName = "region", description = "AWS region") String region,
      @Option(longName = "endpoint", description = "endpoint URL instead of AWS's") String endpoint,
      CommandContext context) {
    PrintWriter out = context.outputWriter();
    try {
      Path file;
      Target target;
      if (record != null) {
        file = Path.of(record);
        if (!Files.isRegularFile(file)) {
          fail("teardown", "no such provisioning record: " + record);
          return;
        }
        ProvisioningRecord read = ProvisioningRecord.read(file);
        URI url = endpoint != null ? URI.create(endpoint) : endpointOf(read);
        target = Target.resolve(url, region != null ? region : read.region(), profile);
      } else {
        target = Target.resolve(endpoint == null ? null : URI.create(endpoint), region, profile);
        file =
            ProvisioningRecord.defaultFile(
                recordsDir(), Teardown.accountOf(target), target.region());
        if (!Files.isRegularFile(file)) {
          fail(
              "teardown",
              "no provisioning record for this account and region at "
                  + file
                  + "; name one with --record");
          return;
        }
      }
      TeardownReport report = Teardown.run(ProvisioningRecord.read(file), target, out::println);
      out.println(
          report.removed().size()
              + " removed, "
              + report.alreadyGone().size()
              + " already gone, "
              + report.failed().size()
              + " left");
      if (report.complete()) {
        String credentials = report.record().credentialsFile();
        if (credentials != null) {
          Files.deleteIfExists(Path.of(credentials));
        }
        Files.delete(file);
        out.println("deleted the record " + file);
      } else {
        report.remaining().write(file);
        out.println("the record " + file + " now lists what is left");
      }
      out.flush();
      exitCode.set(report.complete() ? ExitCodes.OK : ExitCodes.EXPECTATION_MISSED);
    } catch (IOException e) {
      fail("teardown", e.getMessage());
    } catch (RuntimeException e) {
      fail("teardown", message(e));
    }
  }

  private static URI endpoint(String kind, String endpoint) {
    return switch (kind) {
      case "aws" -> endpoint == null ? null : URI.create(endpoint);
      case "localstack" -> URI.create(endpoint == null ? LOCALSTACK : endpoint);
      default ->
          throw new IllegalArgumentException("--target is aws or localstack, not '" + kind + "'");
    };
  }

  private static URI endpointOf(ProvisioningRecord record) {
    return record.endpoint() == null ? null : URI.create(record.endpoint());
  }

  private static Path recordsDir() {
    return Path.of(System.getProperty("user.home"), ".firedrill", "provisioning");
  }

  private static String message(RuntimeException e) {
    if (e instanceof AwsServiceException aws && aws.awsErrorDetails() != null) {
      return aws.awsErrorDetails().errorCode() + ": " + aws.awsErrorDetails().errorMessage();
    }
    if (e instanceof SdkException) {
      return "cannot reach AWS: " + e.getMessage();
    }
    if (e instanceof UncheckedIOException io) {
      return e.getMessage() + ": " + io.getCause().getMessage();
    }
    return e.getMessage();
  }

  private void fail(String command, String message) {
    System.err.println("firedrill sandbox " + command + ": " + message);
    exitCode.set(ExitCodes.BAD_INPUT);
  }
}
