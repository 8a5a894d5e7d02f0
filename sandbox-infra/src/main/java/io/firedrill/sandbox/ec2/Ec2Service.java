package io.firedrill.sandbox.ec2;

import io.firedrill.sandbox.api.Operation;
import io.firedrill.sandbox.api.Protocol;
import io.firedrill.sandbox.api.ServiceDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** EC2's API (version 2016-11-15) over one account's resources, region by region. */
public final class Ec2Service {

  /** The XML namespace of EC2's responses. */
  public static final String NAMESPACE = "http://ec2.amazonaws.com/doc/2016-11-15/";

  /**
   * The vCPU quotas one can configure, by Service Quotas code: {@code L-1216C47A} (standard
   * families A, C, D, H, I, M, R, T, Z; 32 by default), {@code L-417A185B} (P), {@code L-DB2E81BA}
   * (G and VT), {@code L-7295265B} (X); 0 by default for the last three.
   */
  public static final Set<String> QUOTA_CODES = InstanceTypes.DEFAULT_QUOTAS.keySet();

  private final Ec2Store store;

  /** EC2 for {@code accountId}, with the given vCPU quotas instead of the defaults. */
  public Ec2Service(String accountId, Map<String, Integer> vcpuQuotas) {
    for (String code : vcpuQuotas.keySet()) {
      if (!QUOTA_CODES.contains(code)) {
        throw new IllegalArgumentException("not an EC2 vCPU quota code: " + code);
      }
    }
    this.store = new Ec2Store(accountId, vcpuQuotas);
  }

  /** Every region's instances, groups, snapshots, flow logs, key pairs and tags. */
  public Ec2State snapshot() {
    return Ec2Snapshots.snapshot(store);
  }

  /** Replaces every region's resources with {@code state}. */
  public void restore(Ec2State state) {
    Ec2Snapshots.restore(store, state);
  }

  /**
   * The running instance {@code instanceId} with its instance profile, in whichever region it is;
   * empty when there is none, it is not running, or it has no profile.
   */
  public java.util.Optional<InstanceProfileUse> instanceProfile(String instanceId) {
    for (Ec2Region region : store.regions().values()) {
      synchronized (region) {
        Ec2Instance instance = region.instances.get(instanceId);
        if (instance != null) {
          return instance.state != InstanceState.RUNNING || instance.instanceProfileArn == null
              ? java.util.Optional.empty()
              : java.util.Optional.of(
                  new InstanceProfileUse(
                      instance.id, region.name, instance.instanceProfileArn, instance.privateIp));
        }
      }
    }
    return java.util.Optional.empty();
  }

  /** Whether {@code ip} is the address of one of the account's instances that is not gone. */
  public boolean hasAddress(String ip) {
    for (Ec2Region region : store.regions().values()) {
      synchronized (region) {
        for (Ec2Instance instance : region.instances.values()) {
          if (instance.privateIp.equals(ip) && instance.state != InstanceState.TERMINATED) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The service as the gateway routes to it. */
  public ServiceDefinition definition() {
    List<Operation> operations = new ArrayList<>();
    operations.addAll(new InstanceOperations(store).operations());
    operations.addAll(new InstanceLifecycle(store).operations());
    operations.addAll(new SecurityGroupOperations(store).operations());
    operations.addAll(new TagOperations(store).operations());
    operations.addAll(new VolumeOperations(store).operations());
    operations.addAll(new FlowLogOperations(store).operations());
    operations.addAll(new KeyPairOperations(store).operations());
    operations.add(Regions.operation());
    return ServiceDefinition.of(
        "ec2", "ec2.amazonaws.com", Protocol.EC2, NAMESPACE, "2016-11-15", operations);
  }
}
