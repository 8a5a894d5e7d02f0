/**
 * Who is calling: SigV4 {@code Authorization} header parsing, signature verification by
 * recomputation with the AWS SDK's own signer, the credential store the check looks keys up in, and
 * the {@link io.firedrill.sandbox.auth.Authorizer} seam where IAM policy evaluation goes once it
 * exists (today every authenticated caller is allowed everything).
 *
 * <p>Public only so that the gateway and the IAM package can wire it; not part of the module's API.
 */
package io.firedrill.sandbox.auth;
