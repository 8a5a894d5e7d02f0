package io.firedrill.shell.exercise;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * A stand-in for LocalStack's health endpoint: it answers {@code GET /_localstack/health} with a
 * recorded answer of LocalStack's shape (test resource localstack/health-community.json) and 404 to
 * everything else. A fake, used because LocalStack cannot run on these machines (no Docker, no
 * PyPI); the Testcontainers LocalStack tests in features/ cover the real one where Docker exists.
 */
public final class FakeLocalStack implements AutoCloseable {

  private final HttpServer server;

  private FakeLocalStack(HttpServer server) {
    this.server = server;
  }

  /** Serves the recorded community-edition answer: no CloudTrail, no GuardDuty, SQS disabled. */
  public static FakeLocalStack community() throws IOException {
    byte[] health;
    try (InputStream in =
        FakeLocalStack.class.getResourceAsStream("/localstack/health-community.json")) {
      health = in.readAllBytes();
    }
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          boolean isHealth = exchange.getRequestURI().getPath().equals("/_localstack/health");
          byte[] body =
              isHealth
                  ? health
                  : "{\"error\":\"not served by this fake\"}".getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(isHealth ? 200 : 404, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
    return new FakeLocalStack(server);
  }

  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
