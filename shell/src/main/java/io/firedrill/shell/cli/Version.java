package io.firedrill.shell.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** firedrill's version, as the build wrote it into the jar. */
public final class Version {

  private Version() {}

  public static String current() {
    try (InputStream in = Version.class.getResourceAsStream("/firedrill-version.properties")) {
      Properties properties = new Properties();
      if (in != null) {
        properties.load(in);
      }
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
