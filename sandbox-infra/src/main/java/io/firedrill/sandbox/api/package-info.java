/**
 * The contract between the gateway and the emulated services: a service is a {@link
 * io.firedrill.sandbox.api.ServiceDefinition} (signing name, protocol, operations), an operation
 * turns an authenticated {@link io.firedrill.sandbox.api.ApiCall} into an {@link
 * io.firedrill.sandbox.api.Outcome} or throws an {@link io.firedrill.sandbox.api.AwsException}, and
 * the gateway does the rest (wire format, recording). Adding a service means writing one
 * definition.
 *
 * <p>Public only so that the service packages can implement it; not part of the module's API.
 */
package io.firedrill.sandbox.api;
