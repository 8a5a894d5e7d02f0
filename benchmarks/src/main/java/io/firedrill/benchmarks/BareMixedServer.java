package io.firedrill.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The baseline of the mixed burst: the JDK HTTP server the sandbox is built on, answering each of
 * the burst's operations (EC2, IAM, S3, SQS) with a fixed body the SDK accepts and doing nothing
 * else: no signature check, no policy, no state, no recording.
 */
final class BareMixedServer implements AutoCloseable {

  private static final String EC2 = "http://ec2.amazonaws.com/doc/2016-11-15/";
  private static final byte[] RUN_INSTANCES =
      bytes(
          "<RunInstancesResponse xmlns=\""
              + EC2
              + "\"><requestId>r</requestId>"
              + "<reservationId>r-0123456789abcdef0</reservationId><ownerId>000000000000</ownerId>"
              + "<instancesSet><item><instanceId>i-0123456789abcdef0</instanceId>"
              + "<instanceType>t2.micro</instanceType><instanceState><code>0</code>"
              + "<name>pending</name></instanceState></item></instancesSet>"
              + "</RunInstancesResponse>");
  private static final byte[] DESCRIBE_INSTANCES =
      bytes(
          "<DescribeInstancesResponse xmlns=\""
              + EC2
              + "\"><requestId>r</requestId>"
              + "<reservationSet/></DescribeInstancesResponse>");
  private static final byte[] CREATE_USER =
      bytes(
          "<CreateUserResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\">"
              + "<CreateUserResult><User><Path>/</Path><UserName>bench</UserName>"
              + "<UserId>AIDAEXAMPLE0000000000</UserId><Arn>arn:aws:iam::000000000000:user/bench"
              + "</Arn><CreateDate>2026-11-22T12:00:00Z</CreateDate></User></CreateUserResult>"
              + "<ResponseMetadata><RequestId>r</RequestId></ResponseMetadata>"
              + "</CreateUserResponse>");
  private static final byte[] LIST_USERS =
      bytes(
          "<ListUsersResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\">"
              + "<ListUsersResult><Users/><IsTruncated>false</IsTruncated></ListUsersResult>"
              + "<ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></ListUsersResponse>");
  private static final byte[] LIST_OBJECTS =
      bytes(
          "<ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
              + "<Name>bench</Name><Prefix></Prefix><KeyCount>0</KeyCount><MaxKeys>1000</MaxKeys>"
              + "<IsTruncated>false</IsTruncated></ListBucketResult>");
  private static final Pattern MESSAGE_BODY =
      Pattern.compile("\"MessageBody\"\\s*:\\s*\"([^\"]*)\"");

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(8);

  BareMixedServer() throws IOException {
    System.setProperty("sun.net.httpserver.nodelay", "true");
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::answer);
    server.setExecutor(executor);
    server.start();
  }

  URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  private void answer(HttpExchange exchange) throws IOException {
    String body;
    try (InputStream in = exchange.getRequestBody()) {
      body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
    String method = exchange.getRequestMethod();
    if (target != null && target.endsWith("SendMessage")) {
      Matcher message = MESSAGE_BODY.matcher(body);
      String md5 = md5(message.find() ? message.group(1) : "");
      send(
          exchange,
          "application/x-amz-json-1.0",
          bytes("{\"MessageId\":\"m-1\",\"MD5OfMessageBody\":\"" + md5 + "\"}"));
    } else if (method.equals("PUT")) {
      exchange.getResponseHeaders().add("ETag", "\"" + md5(body) + "\"");
      send(exchange, "application/xml", new byte[0]);
    } else if (method.equals("GET")) {
      send(exchange, "application/xml", LIST_OBJECTS);
    } else if (body.contains("Action=RunInstances")) {
      send(exchange, "text/xml", RUN_INSTANCES);
    } else if (body.contains("Action=DescribeInstances")) {
      send(exchange, "text/xml", DESCRIBE_INSTANCES);
    } else if (body.contains("Action=CreateUser")) {
      send(exchange, "text/xml", CREATE_USER);
    } else {
      send(exchange, "text/xml", LIST_USERS);
    }
  }

  private static void send(HttpExchange exchange, String type, byte[] answer) throws IOException {
    exchange.getResponseHeaders().add("Content-Type", type);
    exchange.sendResponseHeaders(200, answer.length == 0 ? -1 : answer.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(answer);
    }
  }

  private static String md5(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has MD5", e);
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
