package io.firedrill.sandbox.wire;

import io.firedrill.sandbox.api.AwsException;
import io.firedrill.sandbox.http.HttpReply;

/** The XML bodies of the query protocol (STS, IAM), successes and errors. */
public final class QueryReplies {

  private static final String CONTENT_TYPE = "text/xml";

  private QueryReplies() {}

  /**
   * {@code <ActionResponse><ActionResult>...</ActionResult><ResponseMetadata>...}; the result
   * element is left out when {@code resultXml} is null, as AWS does for actions with no output.
   */
  public static HttpReply success(
      String action, String namespace, String resultXml, String requestId) {
    Xml xml = new Xml();
    xml.raw("<" + action + "Response xmlns=\"" + Xml.escape(namespace) + "\">");
    if (resultXml != null) {
      xml.open(action + "Result").raw(resultXml).close(action + "Result");
    }
    xml.open("ResponseMetadata").element("RequestId", requestId).close("ResponseMetadata");
    xml.close(action + "Response");
    return HttpReply.text(200, CONTENT_TYPE, xml.toString());
  }

  /** {@code <ErrorResponse>}; {@code namespace} may be null when the service is unknown. */
  public static HttpReply error(AwsException error, String namespace, String requestId) {
    Xml xml = new Xml();
    xml.raw(
        namespace == null
            ? "<ErrorResponse>"
            : "<ErrorResponse xmlns=\"" + Xml.escape(namespace) + "\">");
    xml.open("Error")
        .element("Type", error.senderFault() ? "Sender" : "Receiver")
        .element("Code", error.queryCode() != null ? error.queryCode() : error.code())
        .element("Message", error.getMessage())
        .close("Error");
    xml.element("RequestId", requestId).close("ErrorResponse");
    return HttpReply.text(error.status(), CONTENT_TYPE, xml.toString());
  }
}
