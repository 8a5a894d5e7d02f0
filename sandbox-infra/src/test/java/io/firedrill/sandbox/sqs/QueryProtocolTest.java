package io.firedrill.sandbox.sqs;

import static org.assertj.core.api.Assertions.assertThat;

import io.firedrill.sandbox.RawRequests;
import io.firedrill.sandbox.Sandbox;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SQS's query protocol, as older SDKs speak it: form-encoded requests signed for {@code sqs},
 * flattened lists and maps, XML answers; and the awsJson answer's query-compatible error header.
 */
class QueryProtocolTest {

  private static Sandbox sandbox;

  @BeforeAll
  static void start() {
    sandbox = Sandbox.builder().port(0).start();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  private static HttpResponse<String> query(String form) {
    return RawRequests.query(
        sandbox, form + "&Version=2012-11-05", sandbox.adminCredentials(), "sqs");
  }

  private static String enc(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static String element(String xml, String name) {
    Matcher m = Pattern.compile("<" + name + ">(.*?)</" + name + ">", Pattern.DOTALL).matcher(xml);
    return m.find() ? m.group(1) : null;
  }

  @Test
  void aQueueIsCreatedWithAttributesAndMessagesTravelAsXml() {
    HttpResponse<String> created =
        query(
            "Action=CreateQueue&QueueName=legacy&Attribute.1.Name=VisibilityTimeout"
                + "&Attribute.1.Value=40&Tag.1.Key=team&Tag.1.Value=red");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
    assertThat(created.body())
        .startsWith(
            "<CreateQueueResponse xmlns=\"http://queue.amazonaws.com/doc/2012-11-05/\">"
                + "<CreateQueueResult><QueueUrl>")
        .contains("<RequestId>");
    String url = element(created.body(), "QueueUrl");
    assertThat(url).isEqualTo(sandbox.endpoint() + "/000000000000/legacy");

    String body = "first\r\nsecond & <third>";
    HttpResponse<String> sent =
        query(
            "Action=SendMessage&QueueUrl="
                + enc(url)
                + "&MessageBody="
                + enc(body)
                + "&MessageAttribute.1.Name=kind&MessageAttribute.1.Value.DataType=String"
                + "&MessageAttribute.1.Value.StringValue=alert");
    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
    assertThat(element(sent.body(), "MD5OfMessageBody")).isEqualTo(MessageDigests.ofBody(body));
    assertThat(element(sent.body(), "MD5OfMessageAttributes")).hasSize(32);

    HttpResponse<String> received =
        query(
            "Action=ReceiveMessage&QueueUrl="
                + enc(url)
                + "&AttributeName.1=All&MessageAttributeName.1=All");
    assertThat(received.body())
        .contains("<ReceiveMessageResult><Message><MessageId>")
        .contains("<Body>first&#xD;\nsecond &amp; &lt;third&gt;</Body>")
        .contains("<Attribute><Name>ApproximateReceiveCount</Name><Value>1</Value></Attribute>")
        .contains(
            "<MessageAttribute><Name>kind</Name><Value><DataType>String</DataType>"
                + "<StringValue>alert</StringValue></Value></MessageAttribute>");

    HttpResponse<String> attributes =
        query("Action=GetQueueAttributes&QueueUrl=" + enc(url) + "&AttributeName.1=All");
    assertThat(attributes.body())
        .contains("<Attribute><Name>VisibilityTimeout</Name><Value>40</Value></Attribute>")
        .contains("<Attribute><Name>ApproximateNumberOfMessagesNotVisible</Name><Value>1</Value>");
    assertThat(query("Action=ListQueueTags&QueueUrl=" + enc(url)).body())
        .contains("<Tag><Key>team</Key><Value>red</Value></Tag>");
  }

  @Test
  void batchEntriesAreNumberedAndAnsweredPerEntry() {
    String url = element(query("Action=CreateQueue&QueueName=legacy-batch").body(), "QueueUrl");
    HttpResponse<String> sent =
        query(
            "Action=SendMessageBatch&QueueUrl="
                + enc(url)
                + "&SendMessageBatchRequestEntry.1.Id=a&SendMessageBatchRequestEntry.1.MessageBody=x"
                + "&SendMessageBatchRequestEntry.2.Id=b&SendMessageBatchRequestEntry.2.MessageBody=y"
                + "&SendMessageBatchRequestEntry.2.DelaySeconds=5");

    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
    assertThat(sent.body())
        .contains("<SendMessageBatchResult><SendMessageBatchResultEntry><Id>a</Id>")
        .contains("<SendMessageBatchResultEntry><Id>b</Id>");
    HttpResponse<String> deleted = query("Action=DeleteQueue&QueueUrl=" + enc(url));
    assertThat(deleted.body()).startsWith("<DeleteQueueResponse").doesNotContain("Result>");
  }

  @Test
  void errorsCarrySqsQueryCodes() {
    HttpResponse<String> missing = query("Action=GetQueueUrl&QueueName=" + enc("does-not-exist"));

    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(missing.body())
        .contains("<Type>Sender</Type>")
        .contains("<Code>AWS.SimpleQueueService.NonExistentQueue</Code>");
  }

  @Test
  void awsJsonErrorsSayTheQueryCodeInAHeader() {
    HttpResponse<String> missing =
        RawRequests.post(
            sandbox,
            Map.of(
                "Content-Type",
                "application/x-amz-json-1.0",
                "X-Amz-Target",
                "AmazonSQS.GetQueueUrl"),
            "{\"QueueName\":\"nope\"}".getBytes(StandardCharsets.UTF_8),
            sandbox.adminCredentials(),
            "sqs",
            Instant.now());

    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(missing.body()).contains("\"__type\":\"QueueDoesNotExist\"");
    assertThat(missing.headers().firstValue("x-amzn-query-error"))
        .hasValue("AWS.SimpleQueueService.NonExistentQueue;Sender");
  }
}
