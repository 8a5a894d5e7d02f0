package io.firedrill.injector.technique.defenseevasion;

import io.firedrill.injector.aws.ApiCall;
import io.firedrill.injector.aws.AwsSession;
import io.firedrill.injector.cleanup.Change;
import io.firedrill.injector.cleanup.Ledger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import software.amazon.awssdk.services.guardduty.model.GuardDutyResponse;

/**
 * What the GuardDuty techniques do alike: find the region's detectors with ListDetectors, then, for
 * each, note the change in the cleanup ledger and make one call to it.
 */
final class EachDetector {

  private EachDetector() {}

  /**
   * @param change the ledger's kind of change, such as {@link Change#GUARDDUTY_DISABLED}
   * @param operation the call made to each detector, as CloudTrail names it
   * @param call that call, given the detector's id
   */
  static List<ApiCall> change(
      AwsSession session,
      Ledger ledger,
      String change,
      String operation,
      Function<String, ? extends GuardDutyResponse> call) {
    List<ApiCall> calls = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    calls.add(
        session.call(
            "guardduty",
            "ListDetectors",
            () -> {
              var listed = session.guardDuty().listDetectors();
              ids.addAll(listed.detectorIds());
              return listed;
            }));
    for (String id : ids) {
      ledger.willMake(Change.of(change, id));
      calls.add(session.call("guardduty", operation, () -> call.apply(id)));
    }
    return calls;
  }
}
