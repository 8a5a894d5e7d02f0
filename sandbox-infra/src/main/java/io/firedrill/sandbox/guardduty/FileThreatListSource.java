package io.firedrill.sandbox.guardduty;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads threat lists from {@code file://} locations on the sandbox's machine. */
public final class FileThreatListSource implements ThreatListSource {

  @Override
  public String read(String location) throws IOException {
    URI uri;
    try {
      uri = URI.create(location);
    } catch (IllegalArgumentException e) {
      throw new IOException("not a location: " + location, e);
    }
    if (!"file".equals(uri.getScheme())) {
      throw new IOException("only file:// locations are read here, not " + location);
    }
    return Files.readString(Path.of(uri), StandardCharsets.UTF_8);
  }
}
