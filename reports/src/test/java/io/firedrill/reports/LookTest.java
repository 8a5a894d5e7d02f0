package io.firedrill.reports;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LookTest {
  @Test
  void look() throws Exception {
    Recorded.render("blue-absent", Path.of("/tmp/look/blue-absent"));
    Recorded.render("all-met", Path.of("/tmp/look/all-met"));
  }
}
