/**
 * How the command line behaves as a process: one command per invocation with meaningful exit codes,
 * or the interactive shell.
 */
package io.firedrill.shell.cli;
