package io.firedrill.sandbox.fault;

import io.firedrill.sandbox.auth.Authorizer;
import io.firedrill.sandbox.auth.Credential;
import io.firedrill.sandbox.auth.CredentialStore;
import io.firedrill.sandbox.cloudtrail.CallRecord;
import io.firedrill.sandbox.iam.IamAuthorizer;
import io.firedrill.sandbox.iam.IamState;
import io.firedrill.sandbox.iam.IamStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * IAM's eventual consistency: a change that takes access away (a key deactivated or deleted, a
 * policy detached, a deny attached, a user deleted) holds for authentication and authorization only
 * {@code delay} after it was made. AWS documents that IAM changes take time to propagate and that a
 * revoked credential may keep working briefly; during containment that window is what matters.
 *
 * <p>The IAM state is snapshotted after every successful IAM write (the recorded stream says when);
 * a request is let in when the state of now lets it in, or any state that held within the last
 * {@code delay} does. Changes that grant access therefore hold at once: an exercise's baseline can
 * create a user and use its key in the next call, as scripted exercises need.
 */
public final class IamConsistency implements Consumer<CallRecord> {

  private static final String IAM = "iam.amazonaws.com";

  private final IamStore live;
  private final Clock clock;
  private final Supplier<Duration> delay;
  // Oldest first: each the state after one change; older ones than needed are dropped.
  private final List<Snapshot> snapshots = new ArrayList<>();

  /** Watches {@code live}, whose state now is the first snapshot, with the delay {@code delay}. */
  public IamConsistency(IamStore live, Clock clock, Supplier<Duration> delay) {
    this.live = live;
    this.clock = clock;
    this.delay = delay;
    snapshots.add(new Snapshot(clock.instant(), live.snapshot(), live.accountId(), clock));
  }

  /** Takes a snapshot after each successful IAM write. */
  @Override
  public void accept(CallRecord call) {
    if (call.eventSource().equals(IAM) && !call.readOnly() && call.errorCode() == null) {
      IamState state = live.snapshot();
      synchronized (snapshots) {
        snapshots.add(new Snapshot(clock.instant(), state, live.accountId(), clock));
        prune(delay.get());
      }
    }
  }

  /** {@code current}, which also accepts a key that a state within the delay held active. */
  public CredentialStore credentials(CredentialStore current) {
    return new CredentialStore() {
      @Override
      public Optional<Credential> find(String accessKeyId) {
        Optional<Credential> now = current.find(accessKeyId);
        if (now.filter(Credential::active).isPresent()) {
          return now;
        }
        for (Snapshot then : window()) {
          Optional<Credential> held = then.store().find(accessKeyId).filter(Credential::active);
          if (held.isPresent()) {
            return held;
          }
        }
        return now;
      }

      @Override
      public void used(String accessKeyId, Instant at, String service, String region) {
        current.used(accessKeyId, at, service, region);
      }
    };
  }

  /** {@code current}, which also allows what a state within the delay allowed. */
  public Authorizer authorizer(Authorizer current) {
    return request -> {
      Authorizer.Verdict now = current.authorize(request);
      if (now.allowed()) {
        return now;
      }
      for (Snapshot then : window()) {
        if (then.authorizer().authorize(request).allowed()) {
          return Authorizer.Verdict.ALLOW;
        }
      }
      return now;
    };
  }

  // Every state that held at some moment of the last delay, newest first: a change that took
  // access away is not yet in force while a state from before it is among them.
  private List<Snapshot> window() {
    Duration lag = delay.get();
    synchronized (snapshots) {
      prune(lag);
      if (lag.isZero()) {
        return List.of();
      }
      List<Snapshot> held = new ArrayList<>(snapshots);
      Collections.reverse(held);
      return held;
    }
  }

  // A state held until the next one was made; one replaced before the cutoff is of no more use.
  // The newest is always kept: it is the state from which a delay set later counts.
  private void prune(Duration lag) {
    Instant cutoff = clock.instant().minus(lag);
    while (snapshots.size() > 1 && !snapshots.get(1).at().isAfter(cutoff)) {
      snapshots.remove(0);
    }
  }

  /** One past state, and the store and authorizer over it, built when first asked. */
  private static final class Snapshot {
    private final Instant at;
    private final IamState state;
    private final String accountId;
    private final Clock clock;
    private IamStore store;
    private IamAuthorizer authorizer;

    Snapshot(Instant at, IamState state, String accountId, Clock clock) {
      this.at = at;
      this.state = state;
      this.accountId = accountId;
      this.clock = clock;
    }

    Instant at() {
      return at;
    }

    synchronized IamStore store() {
      if (store == null) {
        store = new IamStore(accountId, clock);
        store.restore(state);
        authorizer = new IamAuthorizer(store);
      }
      return store;
    }

    synchronized IamAuthorizer authorizer() {
      store();
      return authorizer;
    }
  }
}
