package io.firedrill.sandbox;

import io.firedrill.sandbox.cloudtrail.CloudTrailService;
import io.firedrill.sandbox.ec2.Ec2Service;
import io.firedrill.sandbox.events.EventsService;
import io.firedrill.sandbox.guardduty.GuardDutyService;
import io.firedrill.sandbox.iam.IamStore;
import io.firedrill.sandbox.s3.S3Store;
import io.firedrill.sandbox.sqs.SqsService;
import io.firedrill.sandbox.sts.SessionStore;
import io.firedrill.sandbox.wire.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A sandbox's state on disk, {@value #NAME} in a directory: read into every store on start, written
 * from them on close. The file holds secret access keys and session tokens, so it is written
 * readable by its owner alone where the file system has POSIX permissions, and never logged.
 */
final class StateFile {

  static final String NAME = "sandbox-state.json";

  // Instants as ISO-8601 text, not epoch numbers: exact to the nanosecond and readable by a person.
  // Unknown properties are derived getters some records have (Caller.isUser): ignored on read.
  private static final JsonMapper MAPPER =
      Json.MAPPER
          .rebuild()
          .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  private final Path file;
  private final String accountId;
  private final IamStore iam;
  private final SessionStore sessions;
  private final CloudTrailService cloudTrail;
  private final GuardDutyService guardDuty;
  private final Ec2Service ec2;
  private final S3Store s3;
  // Set by with(); kept apart from the constructor so that services added later stay small edits.
  private SqsService sqs;
  private EventsService events;

  StateFile(
      Path dir,
      String accountId,
      IamStore iam,
      SessionStore sessions,
      CloudTrailService cloudTrail,
      GuardDutyService guardDuty,
      Ec2Service ec2,
      S3Store s3) {
    this.file = dir.resolve(NAME);
    this.accountId = accountId;
    this.iam = iam;
    this.sessions = sessions;
    this.cloudTrail = cloudTrail;
    this.guardDuty = guardDuty;
    this.ec2 = ec2;
    this.s3 = s3;
  }

  /** This state file, holding SQS's queues and EventBridge's rules too. */
  StateFile with(SqsService queues, EventsService bus) {
    this.sqs = queues;
    this.events = bus;
    return this;
  }

  /** Restores every store from the file, if there is one: the admin's key id then, else empty. */
  Optional<String> load() {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    SandboxState state;
    try {
      state = MAPPER.readValue(file.toFile(), SandboxState.class);
    } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
      throw new IllegalStateException(
          "cannot read the sandbox state " + file + ": " + e.getMessage(), e);
    }
    if (state.version() > SandboxState.VERSION) {
      throw new IllegalStateException(
          "the sandbox state "
              + file
              + " has format version "
              + state.version()
              + ", newer than this sandbox's "
              + SandboxState.VERSION);
    }
    if (!state.accountId().equals(accountId)) {
      throw new IllegalStateException(
          "the sandbox state "
              + file
              + " belongs to account "
              + state.accountId()
              + ", not "
              + accountId);
    }
    iam.restore(state.iam());
    sessions.restore(state.sessions());
    cloudTrail.restore(state.cloudTrail());
    guardDuty.restore(state.guardDuty());
    ec2.restore(state.ec2());
    s3.restore(state.s3());
    if (sqs != null) {
      sqs.restore(state.sqs());
    }
    if (events != null) {
      events.restore(state.events());
    }
    return Optional.of(state.adminAccessKeyId());
  }

  /** Writes every store's content, replacing the file in one move. */
  void save(String adminAccessKeyId) {
    SandboxState state =
        new SandboxState(
            SandboxState.VERSION,
            accountId,
            adminAccessKeyId,
            iam.snapshot(),
            sessions.snapshot(),
            cloudTrail.snapshot(),
            guardDuty.snapshot(),
            ec2.snapshot(),
            s3.snapshot(),
            sqs == null ? null : sqs.snapshot(),
            events == null ? null : events.snapshot());
    try {
      Files.createDirectories(file.getParent());
      Path temp = Files.createTempFile(file.getParent(), NAME, ".tmp");
      try {
        ownerOnly(temp);
        MAPPER.writeValue(temp.toFile(), state);
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the sandbox state " + file, e);
    }
  }

  // rw------- before any secret is written; a file system without POSIX permissions (Windows)
  // keeps its own defaults, which a temp file's are already close to.
  private static void ownerOnly(Path temp) throws IOException {
    if (temp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
    }
  }
}
