/**
 * The firedrill command line: a Spring Boot and Spring Shell application, thin over the modules.
 */
package io.firedrill.shell;
