/**
 * The AWS wire formats: form parsing and XML replies for the query protocol, JSON replies for
 * awsJson1.1, the error bodies each protocol answers with, and the conversion of request parameters
 * into the camel-cased shape CloudTrail records them in.
 *
 * <p>Public only so that the gateway and the services can share it; not part of the module's API.
 */
package io.firedrill.sandbox.wire;
