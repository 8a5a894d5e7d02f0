package io.firedrill.sandbox.guardduty;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The Tor exit addresses the sandbox knows by default: {@value #RESOURCE}, beside this class, a
 * small fixed snapshot of blocks that long-running exit operators announce (documented in the
 * file). {@code Sandbox.Builder.torExitNodes} replaces them.
 */
public final class TorExitNodes {

  static final String RESOURCE = "tor-exit-nodes.txt";

  private TorExitNodes() {}

  /** The default list's entries: addresses and CIDR blocks. */
  public static List<String> defaultEntries() {
    try (InputStream in = TorExitNodes.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the sandbox's classpath");
      }
      List<String> entries = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
        int comment = line.indexOf('#');
        String entry = (comment < 0 ? line : line.substring(0, comment)).trim();
        if (!entry.isEmpty()) {
          entries.add(entry);
        }
      }
      return List.copyOf(entries);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static IpBlocks defaults() {
    return IpBlocks.of(defaultEntries());
  }
}
