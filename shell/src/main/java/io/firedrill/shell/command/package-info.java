/**
 * The shell's commands: each parses its options, calls one library method and prints the result.
 */
package io.firedrill.shell.command;
