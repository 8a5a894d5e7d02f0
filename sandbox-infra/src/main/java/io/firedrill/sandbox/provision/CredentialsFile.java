package io.firedrill.sandbox.provision;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;

/**
 * The secrets of the access keys provisioning created, in the AWS CLI's credentials-file format
 * (one profile {@code firedrill-<user>} per key), in a file only its owner may read. This file is
 * the one place a secret key is written; the record names the file, never a secret.
 */
public final class CredentialsFile {

  private CredentialsFile() {}

  /** The credentials file that goes with a record: {@code X.json} gives {@code X.credentials}. */
  public static Path beside(Path recordFile) {
    String name = recordFile.getFileName().toString().replaceFirst("\\.json$", "");
    return recordFile.resolveSibling(name + ".credentials");
  }

  /** The profile a user's key is written under. */
  public static String profile(String user) {
    return "firedrill-" + user;
  }

  static void add(Path file, Map<String, AwsBasicCredentials> keys, Target target) {
    StringBuilder text = new StringBuilder();
    keys.forEach(
        (user, key) -> {
          text.append('[').append(profile(user)).append("]\n");
          text.append("aws_access_key_id = ").append(key.accessKeyId()).append('\n');
          text.append("aws_secret_access_key = ").append(key.secretAccessKey()).append('\n');
          text.append("region = ").append(target.region()).append('\n');
          if (target.endpoint() != null) {
            text.append("endpoint_url = ").append(target.endpoint()).append('\n');
          }
          text.append('\n');
        });
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      if (!Files.exists(file)) {
        // Created unreadable to others from the start, not narrowed after the secret is in it.
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
          Files.createFile(
              file,
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
          Files.createFile(file);
        }
      }
      Files.writeString(file, text, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the new keys' secrets to " + file, e);
    }
  }
}
