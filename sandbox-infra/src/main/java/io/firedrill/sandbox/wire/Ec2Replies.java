package io.firedrill.sandbox.wire;

import io.firedrill.sandbox.api.AwsException;
import io.firedrill.sandbox.http.HttpReply;

/**
 * The XML bodies of EC2's own protocol: unlike the query protocol's, a success has no result
 * element and carries its request id first in lower camel case, and an error is a {@code
 * <Response>} with a list of errors and a {@code RequestID}.
 */
public final class Ec2Replies {

  private static final String CONTENT_TYPE = "text/xml;charset=UTF-8";
  private static final String PROLOG = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

  private Ec2Replies() {}

  /** {@code <ActionResponse xmlns=...><requestId/>...</ActionResponse>}. */
  public static HttpReply success(
      String action, String namespace, String bodyXml, String requestId) {
    Xml xml = new Xml();
    xml.raw(PROLOG + "<" + action + "Response xmlns=\"" + Xml.escape(namespace) + "\">");
    xml.element("requestId", requestId).raw(bodyXml).close(action + "Response");
    return HttpReply.text(200, CONTENT_TYPE, xml.toString());
  }

  /** {@code <Response><Errors><Error><Code/><Message/></Error></Errors><RequestID/>}. */
  public static HttpReply error(AwsException error, String requestId) {
    Xml xml = new Xml();
    xml.raw(PROLOG).open("Response").open("Errors").open("Error");
    xml.element("Code", error.code()).element("Message", error.getMessage());
    xml.close("Error").close("Errors").element("RequestID", requestId).close("Response");
    return HttpReply.text(error.status(), CONTENT_TYPE, xml.toString());
  }
}
