/**
 * A whole exercise as one library call, free of Spring: the shell's commands and the Cucumber steps
 * both run exercises through {@link io.firedrill.shell.exercise.ExerciseRunner}.
 */
package io.firedrill.shell.exercise;
