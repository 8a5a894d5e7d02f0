package io.firedrill.sandbox.guardduty;

import io.firedrill.sandbox.cloudtrail.CallRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The checks that are about who called and from where rather than which API, each raising its
 * finding on failed calls too, as GuardDuty does:
 *
 * <ul>
 *   <li>{@code UnauthorizedAccess:IAMUser/TorIPCaller} from an address of the configured Tor exit
 *       nodes; {@code Recon:IAMUser/TorIPCaller} when the call only reads.
 *   <li>{@code UnauthorizedAccess:IAMUser/MaliciousIPCaller.Custom} (and its {@code Recon:} twin)
 *       from an address on one of the detector's active threat intel sets.
 *   <li>{@code PenTest:IAMUser/KaliLinux}, {@code ParrotLinux}, {@code PentooLinux} from the user
 *       agent ({@link PenTestDistro}).
 *   <li>{@code Policy:IAMUser/RootCredentialUsage} for every call of the root user.
 *   <li>{@code UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration.OutsideAWS} for a call
 *       signed with an instance's role credentials from an address that is not AWS's: neither an
 *       AWS service nor an address of one of the sandbox's instances.
 *   <li>A RunInstances burst ({@link LaunchBursts}) raises {@code
 *       Impact:IAMUser/AnomalousBehavior}. GuardDuty's type for compute hijacking through the API
 *       was {@code ResourceConsumption:IAMUser/ComputeResources}; AWS retired it and folded
 *       launching compute in an unusual way into {@code Impact:IAMUser/AnomalousBehavior}, the type
 *       that today covers APIs used for resource hijacking. (The {@code CryptoCurrency:EC2/*} types
 *       need the network traffic of a running miner, which the sandbox does not have.)
 * </ul>
 */
final class CallChecks {

  private volatile IpBlocks torExitNodes;
  private volatile Predicate<String> awsAddress = ip -> false;
  // Access key id to the instance its role session was delivered to.
  private final Map<String, InstanceRef> instanceKeys = new ConcurrentHashMap<>();
  private final LaunchBursts bursts = new LaunchBursts();

  CallChecks(IpBlocks torExitNodes) {
    this.torExitNodes = torExitNodes;
  }

  void torExitNodes(IpBlocks nodes) {
    this.torExitNodes = nodes;
  }

  void awsAddresses(Predicate<String> test) {
    this.awsAddress = test;
  }

  void instanceKey(String accessKeyId, InstanceRef instance) {
    instanceKeys.put(accessKeyId, instance);
  }

  Map<String, InstanceRef> instanceKeys() {
    return Map.copyOf(instanceKeys);
  }

  void restoreInstanceKeys(Map<String, InstanceRef> keys) {
    instanceKeys.clear();
    instanceKeys.putAll(keys);
  }

  List<Signal> examine(CallRecord call, ThreatIntelSets threatLists) {
    List<Signal> signals = new ArrayList<>();
    String api = call.eventName();
    String ip = call.sourceIp();
    if (torExitNodes.contains(ip)) {
      signals.add(
          new Signal(call.readOnly() ? FindingTypes.TOR_RECON : FindingTypes.TOR_CALLER, api));
    }
    threatLists
        .listing(ip)
        .ifPresent(
            list ->
                signals.add(
                    new Signal(
                        call.readOnly()
                            ? FindingTypes.CUSTOM_THREAT_RECON
                            : FindingTypes.CUSTOM_THREAT_CALLER,
                        api,
                        list,
                        null)));
    PenTestDistro.in(call.userAgent())
        .ifPresent(distro -> signals.add(new Signal(distro.findingType(), api)));
    if (call.caller().isRoot()) {
      signals.add(new Signal(FindingTypes.ROOT_USAGE, api));
    }
    InstanceRef instance = instanceKeys.get(call.caller().accessKeyId());
    if (instance != null && !insideAws(ip)) {
      signals.add(new Signal(FindingTypes.OUTSIDE_AWS, api, null, instance));
    }
    if (bursts.bursting(call)) {
      signals.add(new Signal(FindingTypes.anomalous("Impact"), api));
    }
    return signals;
  }

  // An AWS service calls under its own name (ec2.amazonaws.com), not from an address.
  private boolean insideAws(String source) {
    return source == null || source.endsWith(".amazonaws.com") || awsAddress.test(source);
  }
}
