package io.firedrill.sandbox.provision;

import java.net.URI;
import java.util.Objects;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;

/**
 * The account to provision or tear down, as the SDK reaches it.
 *
 * @param endpoint an endpoint override (the embedded sandbox, a LocalStack), or null for AWS's own
 * @param region the region the regional resources go to
 * @param credentials an administrator's credentials in that account
 */
public record Target(URI endpoint, String region, AwsCredentialsProvider credentials) {

  public Target {
    if (region == null || !region.matches("[a-z]{2}(-[a-z]+)+-\\d")) {
      throw new IllegalArgumentException(
          "region must be an AWS region name such as us-east-1, got '" + region + "'");
    }
    Objects.requireNonNull(credentials, "credentials");
  }

  /**
   * The target that the standard AWS credential chain (or the named profile) reaches.
   *
   * @param region the region, or null for the profile's or environment's (us-east-1 without one)
   * @param profile a profile of ~/.aws/config, or null for the default chain
   */
  public static Target resolve(URI endpoint, String region, String profile) {
    AwsCredentialsProvider credentials =
        profile == null
            ? DefaultCredentialsProvider.builder().build()
            : ProfileCredentialsProvider.create(profile);
    if (region == null) {
      region = regionOf(profile);
    }
    return new Target(endpoint, region, credentials);
  }

  private static String regionOf(String profile) {
    DefaultAwsRegionProviderChain.Builder chain = DefaultAwsRegionProviderChain.builder();
    if (profile != null) {
      chain.profileName(profile);
    }
    try {
      return chain.build().getRegion().id();
    } catch (SdkClientException none) {
      return "us-east-1";
    }
  }

  @Override
  public String toString() {
    return "Target[" + (endpoint == null ? "aws" : endpoint) + ", " + region + "]";
  }
}
