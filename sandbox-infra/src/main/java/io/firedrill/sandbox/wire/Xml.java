package io.firedrill.sandbox.wire;

/** Writes the small XML documents the query protocol answers with. */
public final class Xml {

  private final StringBuilder out = new StringBuilder();

  /** Starts {@code <name>}. */
  public Xml open(String name) {
    out.append('<').append(name).append('>');
    return this;
  }

  /** Ends {@code </name>}. */
  public Xml close(String name) {
    out.append("</").append(name).append('>');
    return this;
  }

  /** Writes {@code <name>value</name>}, or nothing when value is null. */
  public Xml element(String name, Object value) {
    if (value != null) {
      open(name);
      out.append(escape(String.valueOf(value)));
      close(name);
    }
    return this;
  }

  /** Appends already well-formed XML. */
  public Xml raw(String xml) {
    if (xml != null) {
      out.append(xml);
    }
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }

  /** Escapes text for element content and double-quoted attribute values. */
  public static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '&' -> escaped.append("&amp;");
        case '"' -> escaped.append("&quot;");
        default -> {
          // XML 1.0 cannot carry most control characters at all, escaped or not.
          if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
            escaped.append(c);
          }
        }
      }
    }
    return escaped.toString();
  }
}
