package io.firedrill.injector.aws;

import java.net.URI;

/**
 * Where injects go.
 *
 * @param endpoint the AWS endpoint, or null for AWS's own endpoints
 * @param region the region the exercise plays in
 * @param exerciseId carried in every call's user agent as {@code firedrill/<exerciseId>}
 */
public record Target(URI endpoint, String region, String exerciseId) {}
