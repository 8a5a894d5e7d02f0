package io.firedrill.sandbox.s3;

import io.firedrill.sandbox.wire.Json;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Reads the small XML documents S3 requests carry, without DTDs or external entities. */
final class XmlBody {

  private XmlBody() {}

  /** The document's root element; MalformedXML when the body is not XML. */
  static Element parse(byte[] body) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      factory.setNamespaceAware(true);
      return factory
          .newDocumentBuilder()
          .parse(new ByteArrayInputStream(body))
          .getDocumentElement();
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw S3Errors.malformedXml();
    }
  }

  /** The child elements named {@code name}. */
  static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && name.equals(e.getLocalName())) {
        found.add(e);
      }
    }
    return found;
  }

  /** The text of the first child named {@code name}, trimmed, or null. */
  static String text(Element parent, String name) {
    List<Element> found = children(parent, name);
    return found.isEmpty() ? null : found.get(0).getTextContent().trim();
  }

  /** A body as CloudTrail records it: the root's name, holding its xmlns and its content. */
  static ObjectNode recorded(byte[] body) {
    ObjectNode out = Json.object();
    try {
      Element root = parse(body);
      ObjectNode content = Json.object();
      if (root.getNamespaceURI() != null) {
        content.put("xmlns", root.getNamespaceURI());
      }
      fill(content, root);
      out.set(root.getLocalName(), content);
    } catch (S3Error unreadable) {
      // A body S3 cannot read is recorded without it.
    }
    return out;
  }

  private static void fill(ObjectNode into, Element element) {
    for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (!(n instanceof Element child)) {
        continue;
      }
      JsonNode value = valueOf(child);
      String name = child.getLocalName();
      JsonNode existing = into.get(name);
      if (existing == null) {
        into.set(name, value);
      } else if (existing.isArray()) {
        ((tools.jackson.databind.node.ArrayNode) existing).add(value);
      } else {
        into.putArray(name).add(existing).add(value);
      }
    }
  }

  private static JsonNode valueOf(Element element) {
    boolean hasChildren = false;
    for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
      hasChildren |= n instanceof Element;
    }
    if (hasChildren) {
      ObjectNode object = Json.object();
      fill(object, element);
      return object;
    }
    String text = element.getTextContent().trim();
    if (text.equals("true") || text.equals("false")) {
      return Json.MAPPER.getNodeFactory().booleanNode(Boolean.parseBoolean(text));
    }
    return Json.MAPPER.getNodeFactory().stringNode(text);
  }
}
