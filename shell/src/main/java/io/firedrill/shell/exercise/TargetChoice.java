package io.firedrill.shell.exercise;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;

/**
 * Where an exercise plays, as {@code --sandbox}, {@code --endpoint} and {@code --profile} chose it,
 * with the AWS environment variables standing in for the options as the AWS CLI reads them.
 *
 * @param kind what plays the account
 * @param endpoint where the AWS calls go; null for AWS's own endpoints (the SDK then still honours
 *     {@code AWS_ENDPOINT_URL_<SERVICE>} by itself)
 * @param profile the named profile whose credentials are used, or null for the default chain
 */
public record TargetChoice(Kind kind, URI endpoint, String profile) {

  /** What plays the account. */
  public enum Kind {
    /** A sandbox of the run's own, started and stopped with it. */
    EMBEDDED,
    /** An account at an endpoint, with the environment's credentials: a {@code sandbox up}. */
    ENDPOINT,
    /** A real AWS account, through the default credential chain or a profile. */
    AWS,
    /** A LocalStack, with its test credentials. */
    LOCALSTACK
  }

  /** LocalStack's edge port on the same machine, its own default. */
  public static final URI LOCALSTACK_DEFAULT = URI.create("http://localhost:4566");

  /** LocalStack's default account: its test credentials reach this one. */
  public static final String LOCALSTACK_ACCOUNT = "000000000000";

  public static final TargetChoice EMBEDDED_SANDBOX = new TargetChoice(Kind.EMBEDDED, null, null);

  /** A problem with the options, worded for the person who typed them. */
  public static final class BadTarget extends IllegalArgumentException {
    BadTarget(String message) {
      super(message);
    }
  }

  /**
   * Reads the options as given (null when not given) and the environment.
   *
   * @param sandbox embedded, aws or localstack; null for embedded, or an endpoint's account when
   *     {@code --endpoint} is given alone
   * @throws BadTarget saying what is wrong and what would be right
   */
  public static TargetChoice parse(
      String sandbox, String endpoint, String profile, Map<String, String> env) {
    Kind kind = kind(sandbox, endpoint);
    URI uri = endpoint == null ? null : url("--endpoint", endpoint);
    if (profile != null && profile.isBlank()) {
      throw new BadTarget("--profile expects a profile name from ~/.aws/config; got ''");
    }
    switch (kind) {
      case EMBEDDED -> {
        if (profile != null) {
          throw new BadTarget(
              "--profile is for --sandbox aws; the embedded sandbox makes its own keys");
        }
        return EMBEDDED_SANDBOX;
      }
      case LOCALSTACK -> {
        if (profile != null) {
          throw new BadTarget(
              "--profile is for --sandbox aws; LocalStack is reached with its test credentials");
        }
        if (uri == null) {
          uri = fromEnv(env);
        }
        return new TargetChoice(kind, uri == null ? LOCALSTACK_DEFAULT : uri, null);
      }
      case AWS -> {
        String named = profile != null ? profile : blankToNull(env.get("AWS_PROFILE"));
        return new TargetChoice(kind, uri != null ? uri : fromEnv(env), named);
      }
      default -> {
        return new TargetChoice(kind, uri, profile);
      }
    }
  }

  private static Kind kind(String sandbox, String endpoint) {
    if (sandbox == null) {
      return endpoint == null ? Kind.EMBEDDED : Kind.ENDPOINT;
    }
    switch (sandbox.strip().toLowerCase(Locale.ROOT)) {
      case "embedded":
        if (endpoint != null) {
          throw new BadTarget(
              "--endpoint does not go with --sandbox embedded, which starts its own sandbox;"
                  + " leave out --sandbox to play at the endpoint, or use --sandbox localstack");
        }
        return Kind.EMBEDDED;
      case "aws":
        return Kind.AWS;
      case "localstack":
        return Kind.LOCALSTACK;
      default:
        throw new BadTarget("--sandbox expects embedded, aws or localstack; got '" + sandbox + "'");
    }
  }

  private static URI fromEnv(Map<String, String> env) {
    String value = blankToNull(env.get("AWS_ENDPOINT_URL"));
    return value == null ? null : url("AWS_ENDPOINT_URL", value);
  }

  private static URI url(String what, String value) {
    URI uri;
    try {
      uri = new URI(value.strip());
    } catch (URISyntaxException e) {
      uri = null;
    }
    if (uri == null
        || uri.getHost() == null
        || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
      throw new BadTarget(
          what + " expects a URL such as http://127.0.0.1:4566; got '" + value + "'");
    }
    return uri;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** How the target is named to the people watching. */
  public String describe() {
    return switch (kind) {
      case EMBEDDED -> "an embedded sandbox";
      case ENDPOINT -> "the account at " + endpoint;
      case AWS ->
          "AWS"
              + (endpoint == null ? "" : " at " + endpoint)
              + (profile == null ? " (default credential chain)" : " (profile " + profile + ")");
      case LOCALSTACK -> "LocalStack at " + endpoint;
    };
  }
}
