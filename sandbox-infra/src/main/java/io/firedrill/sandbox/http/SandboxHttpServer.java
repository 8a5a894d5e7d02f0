package io.firedrill.sandbox.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A JDK HTTP server bound to 127.0.0.1 that hands every exchange to one handler.
 *
 * <p>Bodies are read whole (the AWS APIs emulated here take small form or JSON bodies) but never
 * more than {@link #MAX_BODY_BYTES}: a larger body is drained and discarded, and the handler is
 * told so, because the handler knows the protocol its error has to be written in.
 */
public final class SandboxHttpServer implements AutoCloseable {

  /** The largest request body the sandbox accepts: 10 MiB. */
  public static final int MAX_BODY_BYTES = 10 * 1024 * 1024;

  // Past this, draining costs more than dropping the connection.
  private static final long MAX_DRAIN_BYTES = 8L * MAX_BODY_BYTES;
  private static final int THREADS = 8;
  // A long-polling SQS ReceiveMessage holds its thread for up to 20 s: past the core threads the
  // pool grows, so that waiting receivers never hold up other requests.
  private static final int MAX_THREADS = 256;

  static {
    // Without TCP_NODELAY the JDK server sends headers and body as two small packets, and the
    // second waits out the client's delayed ACK: about 40 ms on every call. The server reads the
    // property once, when its first instance is created in this JVM, so an explicit setting wins.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final HttpServer server;
  private final ExecutorService executor;

  private SandboxHttpServer(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /** Binds 127.0.0.1:{@code port} (0 picks a free port) and starts serving. */
  public static SandboxHttpServer start(int port, Function<HttpCall, HttpReply> handler) {
    AtomicInteger threadCount = new AtomicInteger();
    ExecutorService executor =
        new ThreadPoolExecutor(
            THREADS,
            MAX_THREADS,
            60,
            TimeUnit.SECONDS,
            new SynchronousQueue<>(),
            runnable -> {
              Thread thread =
                  new Thread(runnable, "firedrill-sandbox-" + threadCount.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
      server.setExecutor(executor);
      server.createContext("/", exchange -> serve(exchange, handler));
      server.start();
      return new SandboxHttpServer(server, executor);
    } catch (IOException e) {
      executor.shutdownNow();
      throw new UncheckedIOException("cannot bind 127.0.0.1:" + port, e);
    }
  }

  /** The port actually bound. */
  public int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private static void serve(HttpExchange exchange, Function<HttpCall, HttpReply> handler) {
    try (exchange) {
      HttpReply reply;
      boolean oversized = false;
      try {
        byte[] body = readBounded(exchange.getRequestBody());
        oversized = body == null;
        HttpCall call =
            new HttpCall(
                exchange.getRequestMethod().toUpperCase(Locale.ROOT),
                exchange.getRequestURI().getRawPath(),
                exchange.getRequestURI().getRawQuery(),
                exchange.getRequestHeaders(),
                oversized ? new byte[0] : body,
                oversized,
                exchange.getRemoteAddress().getAddress().getHostAddress());
        reply = handler.apply(call);
      } catch (RuntimeException | IOException e) {
        // The handler renders its own errors; this is the last line of defence, so say little.
        reply = HttpReply.text(500, "text/plain", "Internal server error");
      }
      send(exchange, reply, oversized);
    } catch (IOException | RuntimeException e) {
      // The client went away mid-response; nothing is left to tell it.
    }
  }

  private static byte[] readBounded(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    int read;
    while ((read = in.read(buffer)) != -1) {
      total += read;
      if (total <= MAX_BODY_BYTES) {
        out.write(buffer, 0, read);
      } else if (total > MAX_DRAIN_BYTES) {
        break;
      }
    }
    return total > MAX_BODY_BYTES ? null : out.toByteArray();
  }

  private static void send(HttpExchange exchange, HttpReply reply, boolean closeAfter)
      throws IOException {
    for (Map.Entry<String, String> header : reply.headers().entrySet()) {
      exchange.getResponseHeaders().set(header.getKey(), header.getValue());
    }
    if (closeAfter) {
      exchange.getResponseHeaders().set("Connection", "close");
    }
    byte[] body = reply.body();
    exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }
}
