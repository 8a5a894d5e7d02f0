/**
 * The embedded AWS sandbox: {@link io.firedrill.sandbox.Sandbox} starts an HTTP server on 127.0.0.1
 * that speaks the real AWS wire protocols (STS, IAM, CloudTrail), so the AWS SDKs, the AWS CLI and
 * boto3 work against it unchanged through an endpoint override, and records every authenticated
 * call it serves as a CloudTrail event.
 *
 * <p>The gateway here is the request pipeline: route by the SigV4 credential scope, authenticate
 * (long-term keys and STS session credentials), authorize (IAM policy evaluation), run the
 * operation, record, answer in the protocol.
 */
package io.firedrill.sandbox;
