/**
 * The embedded sandbox as a standalone service for game days: started with a baseline, with the
 * environment each party's AWS CLI needs to reach it.
 */
package io.firedrill.shell.sandbox;
