/**
 * Who is calling: SigV4 {@code Authorization} header parsing, signature verification by
 * recomputation with the AWS SDK's own signer, session tokens and their expiry, the credential
 * store the check looks keys up in, and the {@link io.firedrill.sandbox.auth.Authorizer} seam where
 * IAM policy evaluation decides what the caller may do.
 *
 * <p>Public only so that the gateway, IAM and STS packages can wire it; not part of the module's
 * API.
 */
package io.firedrill.sandbox.auth;
