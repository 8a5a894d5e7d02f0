/**
 * firedrill's settings: {@code firedrill.yaml} in the working directory or the firedrill home,
 * Spring's {@code application.yaml}, and environment variables such as {@code
 * FIREDRILL_ALLOWED_ACCOUNTS}.
 */
package io.firedrill.shell.config;
