package io.firedrill.sandbox.provision;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;

/**
 * The running account of one provisioning run. Each creation is written to the record file at once,
 * so that a run that fails half-way still leaves teardown the list of what it made.
 */
final class Book {

  private ProvisioningRecord record;
  private final Path file;
  private final Consumer<String> say;
  private final List<Resource> created = new ArrayList<>();
  private final List<String> existed = new ArrayList<>();
  private final Map<String, AwsBasicCredentials> keys = new LinkedHashMap<>();

  Book(ProvisioningRecord record, Path file, Consumer<String> say) {
    this.record = record;
    this.file = file;
    this.say = say;
  }

  void created(Resource resource) {
    record = record.with(resource);
    record.write(file);
    created.add(resource);
    say.accept("created " + resource.describe());
  }

  void existed(String what) {
    existed.add(what);
    say.accept("already there: " + what);
  }

  void note(String what) {
    say.accept(what);
  }

  /** A new access key; its secret stays in memory until the credentials file gets it. */
  void key(String user, AwsBasicCredentials key) {
    keys.put(user, key);
  }

  void credentialsFile(Path credentials) {
    record = record.withCredentialsFile(credentials);
    record.write(file);
  }

  ProvisioningRecord record() {
    return record;
  }

  Path file() {
    return file;
  }

  List<Resource> created() {
    return List.copyOf(created);
  }

  List<String> existed() {
    return List.copyOf(existed);
  }

  Map<String, AwsBasicCredentials> keys() {
    return Map.copyOf(keys);
  }
}
