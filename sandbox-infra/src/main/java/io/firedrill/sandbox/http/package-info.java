/**
 * The sandbox's HTTP front door: a small JDK HTTP server on the loopback interface that turns each
 * exchange into an immutable {@link io.firedrill.sandbox.http.HttpCall}, caps request bodies, and
 * never lets an exception escape as a stack trace. It knows nothing about AWS; the gateway does.
 *
 * <p>Types here are public only so that the gateway in the parent package can wire them; they are
 * not part of the module's API.
 */
package io.firedrill.sandbox.http;
