/**
 * How an actor reaches AWS: SDK clients built with the actor's credentials, apparent source IP and
 * user agent, and the record of each call and AWS's answer.
 */
package io.firedrill.injector.aws;
