package io.firedrill.benchmarks;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The baseline: the JDK HTTP server the sandbox is built on, answering every request with a fixed
 * STS or IAM body and doing nothing else (no signature check, no recording).
 */
final class BareServer implements AutoCloseable {

  private static final byte[] CALLER_IDENTITY =
      ("<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">"
              + "<GetCallerIdentityResult><Arn>arn:aws:iam::000000000000:user/bench</Arn>"
              + "<UserId>AIDAEXAMPLE0000000000</UserId><Account>000000000000</Account>"
              + "</GetCallerIdentityResult><ResponseMetadata><RequestId>"
              + UUID.randomUUID()
              + "</RequestId></ResponseMetadata></GetCallerIdentityResponse>")
          .getBytes(StandardCharsets.UTF_8);

  private static final byte[] CREATE_USER =
      ("<CreateUserResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\"><CreateUserResult>"
              + "<User><Path>/</Path><UserName>bench</UserName><UserId>AIDAEXAMPLE0000000000</UserId>"
              + "<Arn>arn:aws:iam::000000000000:user/bench</Arn>"
              + "<CreateDate>2026-11-22T12:00:00Z</CreateDate></User></CreateUserResult>"
              + "<ResponseMetadata><RequestId>"
              + UUID.randomUUID()
              + "</RequestId></ResponseMetadata></CreateUserResponse>")
          .getBytes(StandardCharsets.UTF_8);

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(8);

  BareServer() throws IOException {
    // The same setting the sandbox makes, so that both answer without Nagle's delay.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          byte[] body;
          try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
          }
          byte[] answer =
              new String(body, StandardCharsets.UTF_8).contains("Action=CreateUser")
                  ? CREATE_USER
                  : CALLER_IDENTITY;
          exchange.getResponseHeaders().add("Content-Type", "text/xml");
          exchange.sendResponseHeaders(200, answer.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer);
          }
        });
    server.setExecutor(executor);
    server.start();
  }

  URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
