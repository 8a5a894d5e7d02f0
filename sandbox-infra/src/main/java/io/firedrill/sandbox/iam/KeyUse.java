package io.firedrill.sandbox.iam;

import java.time.Instant;

/**
 * The last authenticated request an access key signed, for GetAccessKeyLastUsed.
 *
 * @param at when, to the second
 * @param service the service's signing name, e.g. {@code iam}
 * @param region the region the request was signed for
 */
record KeyUse(Instant at, String service, String region) {}
