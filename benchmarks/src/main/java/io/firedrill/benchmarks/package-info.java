/**
 * Benchmarks, each measured beside a baseline in the same run: run them with {@code
 * benchmarks/run}.
 */
package io.firedrill.benchmarks;
