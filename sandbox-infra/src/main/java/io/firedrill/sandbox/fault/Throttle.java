package io.firedrill.sandbox.fault;

import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * Decides which calls a throttle refuses. A fractional throttle draws from a generator seeded by
 * the fault, so the same calls in the same order meet the same refusals on every run; a rate per
 * second is a token bucket that holds one second's worth of calls (at least one) and refills with
 * the sandbox's clock, so a test clock can refill it without waiting.
 */
final class Throttle {

  private final Double rate;
  private final Double perSecond;
  private final SplittableRandom random;
  private double tokens;
  private Instant last;

  Throttle(FaultSpec spec) {
    this.rate = spec.rate();
    this.perSecond = spec.perSecond();
    this.random = new SplittableRandom(spec.seed());
    this.tokens = perSecond == null ? 0 : capacity();
  }

  /** Whether the call arriving at {@code now} is refused. */
  synchronized boolean refuses(Instant now) {
    if (rate != null) {
      return random.nextDouble() < rate;
    }
    if (last != null && now.isAfter(last)) {
      double seconds = Duration.between(last, now).toNanos() / 1e9;
      tokens = Math.min(capacity(), tokens + seconds * perSecond);
    }
    last = last == null || now.isAfter(last) ? now : last;
    if (tokens >= 1) {
      tokens -= 1;
      return false;
    }
    return true;
  }

  private double capacity() {
    return Math.max(1, perSecond);
  }
}
