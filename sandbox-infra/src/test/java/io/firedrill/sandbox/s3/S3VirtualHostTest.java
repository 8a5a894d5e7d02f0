package io.firedrill.sandbox.s3;

import static org.assertj.core.api.Assertions.assertThat;

import io.firedrill.sandbox.Sandbox;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Virtual-host-style addressing: the SDK with its default addressing against {@code
 * http://localhost:PORT} puts the bucket in the host name ({@code <bucket>.localhost:PORT}), and
 * the Apache client resolves that name to the loopback address; the sandbox reads the bucket from
 * the Host header, and the signature covers that Host.
 */
class S3VirtualHostTest {

  private final List<String> hosts = new CopyOnWriteArrayList<>();

  private ExecutionInterceptor hostsSent() {
    return new ExecutionInterceptor() {
      @Override
      public void beforeTransmission(
          Context.BeforeTransmission context, ExecutionAttributes attributes) {
        hosts.add(context.httpRequest().host());
      }
    };
  }

  @Test
  void theSdkAddressesBucketsByHostName() throws Exception {
    try (Sandbox sandbox = Sandbox.builder().port(0).start();
        S3Client s3 = S3Clients.virtualHost(sandbox, sandbox.adminCredentials(), hostsSent());
        S3Client pathStyle = S3Clients.pathStyle(sandbox, sandbox.adminCredentials())) {
      s3.createBucket(b -> b.bucket("vhost-bucket"));
      s3.putObject(
          b -> b.bucket("vhost-bucket").key("dir/file.txt"), RequestBody.fromString("hosted"));

      assertThat(hosts).contains("vhost-bucket.localhost").doesNotContain("localhost");
      var response =
          s3.getObject(
              b -> b.bucket("vhost-bucket").key("dir/file.txt"), ResponseTransformer.toBytes());
      assertThat(response.asUtf8String()).isEqualTo("hosted");
      assertThat(s3.listObjectsV2(b -> b.bucket("vhost-bucket")).contents())
          .extracting(S3Object::key)
          .containsExactly("dir/file.txt");
      // The same bucket, path style.
      assertThat(
              pathStyle
                  .getObjectAsBytes(b -> b.bucket("vhost-bucket").key("dir/file.txt"))
                  .asUtf8String())
          .isEqualTo("hosted");

      // An unsigned request to the bucket's host is S3's, answered in S3's words.
      // (A raw socket: the JDK's HTTP client will not let a caller set Host.)
      try (Socket socket =
          new Socket(InetAddress.getLoopbackAddress(), sandbox.endpoint().getPort())) {
        socket
            .getOutputStream()
            .write(
                ("GET /dir/file.txt HTTP/1.1\r\nHost: vhost-bucket.s3.localhost\r\n"
                        + "Connection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
        String raw = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(raw).startsWith("HTTP/1.1 403").contains("<Code>AccessDenied</Code>");
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
