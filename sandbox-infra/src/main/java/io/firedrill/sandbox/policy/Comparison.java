package io.firedrill.sandbox.policy;

import java.util.OptionalLong;

/**
 * How one family of condition operators compares a request value with a policy value. The policy
 * value is prepared once (a compiled pattern, a parsed number, date or address block); each request
 * value is read once (parsed as a number, date or address); then the two are tested. The positive
 * form only: negation is the operator's business.
 */
enum Comparison {
  STRING {
    @Override
    Object prepare(Template value, RequestContext request) {
      return value.text(request);
    }

    @Override
    boolean test(Object actual, Object prepared) {
      return actual.equals(prepared);
    }
  },
  STRING_IGNORE_CASE {
    @Override
    Object prepare(Template value, RequestContext request) {
      return value.text(request);
    }

    @Override
    boolean test(Object actual, Object prepared) {
      return ((String) actual).equalsIgnoreCase((String) prepared);
    }
  },
  LIKE {
    @Override
    Object prepare(Template value, RequestContext request) {
      return value.glob(request);
    }

    @Override
    boolean test(Object actual, Object prepared) {
      return ((Glob) prepared).matches((String) actual);
    }
  },
  ARN {
    @Override
    Object prepare(Template value, RequestContext request) {
      String pattern = value.pattern(request);
      return pattern == null ? null : ArnGlob.compiled(pattern);
    }

    @Override
    boolean test(Object actual, Object prepared) {
      return ((ArnGlob) prepared).matches((String) actual);
    }
  },
  NUMBER {
    @Override
    Object prepare(Template value, RequestContext request) {
      return read(value.text(request));
    }

    @Override
    Object read(String actual) {
      if (actual == null) {
        return null;
      }
      try {
        double value = Double.parseDouble(actual.trim());
        return Double.isFinite(value) ? value : null;
      } catch (NumberFormatException e) {
        return null;
      }
    }

    @Override
    int order(Object actual, Object prepared) {
      return Double.compare((Double) actual, (Double) prepared);
    }
  },
  DATE {
    @Override
    Object prepare(Template value, RequestContext request) {
      return read(value.text(request));
    }

    @Override
    Object read(String actual) {
      OptionalLong millis = actual == null ? OptionalLong.empty() : DateValues.millis(actual);
      return millis.isPresent() ? millis.getAsLong() : null;
    }

    @Override
    int order(Object actual, Object prepared) {
      return Long.compare((Long) actual, (Long) prepared);
    }
  },
  BOOL {
    @Override
    Object prepare(Template value, RequestContext request) {
      String text = value.text(request);
      return text == null ? null : text.trim();
    }

    @Override
    Object read(String actual) {
      return actual.trim();
    }

    @Override
    boolean test(Object actual, Object prepared) {
      return ((String) actual).equalsIgnoreCase((String) prepared);
    }
  },
  IP {
    @Override
    Object prepare(Template value, RequestContext request) {
      String text = value.text(request);
      return text == null ? null : Cidr.parse(text);
    }

    @Override
    Object read(String actual) {
      return IpLiterals.unmapped(IpLiterals.parse(actual.trim()));
    }

    @Override
    boolean test(Object actual, Object prepared) {
      return ((Cidr) prepared).contains((byte[]) actual);
    }
  };

  /** The policy value, ready to test against; null when it cannot match anything. */
  abstract Object prepare(Template value, RequestContext request);

  /** The request value, read for testing; null when it is not of this family's type. */
  Object read(String actual) {
    return actual;
  }

  /** Whether the read request value equals (or matches) the prepared policy value. */
  boolean test(Object actual, Object prepared) {
    return order(actual, prepared) == 0;
  }

  /** For ordered families, the request value compared with the policy value, as compareTo does. */
  int order(Object actual, Object prepared) {
    throw new UnsupportedOperationException(name() + " is not ordered");
  }
}
