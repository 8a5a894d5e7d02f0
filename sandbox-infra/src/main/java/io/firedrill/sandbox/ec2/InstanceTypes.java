package io.firedrill.sandbox.ec2;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The instance types the sandbox knows, with their vCPU counts, and the On-Demand vCPU quota each
 * counts against. The quotas are Service Quotas' own: {@value #STANDARD} "Running On-Demand
 * Standard (A, C, D, H, I, M, R, T, Z) instances", {@value #P} "Running On-Demand P instances",
 * {@value #G_VT} "Running On-Demand G and VT instances", {@value #X} "Running On-Demand X
 * instances".
 */
final class InstanceTypes {

  static final String STANDARD = "L-1216C47A";
  static final String P = "L-417A185B";
  static final String G_VT = "L-DB2E81BA";
  static final String X = "L-7295265B";

  /**
   * What a new account gets: room for a few standard instances, none for accelerated or
   * memory-heavy ones, which is why launching GPU instances from a fresh account fails.
   */
  static final Map<String, Integer> DEFAULT_QUOTAS = Map.of(STANDARD, 32, P, 0, G_VT, 0, X, 0);

  private static final Map<String, Integer> VCPUS = new HashMap<>();

  static {
    sizes("t2", "nano", 1, "micro", 1, "small", 1, "medium", 2, "large", 2, "xlarge", 4);
    sizes("t2", "2xlarge", 8);
    // What RunInstances launches when the request names no type.
    sizes("m1", "small", 1);
    for (String burstable : new String[] {"t3", "t3a", "t4g"}) {
      sizes(burstable, "nano", 2, "micro", 2, "small", 2, "medium", 2, "large", 2, "xlarge", 4);
      sizes(burstable, "2xlarge", 8);
    }
    for (String general : new String[] {"m5", "r5"}) {
      sizes(general, "large", 2, "xlarge", 4, "2xlarge", 8, "4xlarge", 16, "8xlarge", 32);
      sizes(general, "12xlarge", 48, "16xlarge", 64, "24xlarge", 96, "metal", 96);
    }
    sizes("c5", "large", 2, "xlarge", 4, "2xlarge", 8, "4xlarge", 16, "9xlarge", 36);
    sizes("c5", "12xlarge", 48, "18xlarge", 72, "24xlarge", 96, "metal", 96);
    sizes("p2", "xlarge", 4, "8xlarge", 32, "16xlarge", 64);
    sizes("p3", "2xlarge", 8, "8xlarge", 32, "16xlarge", 64);
    sizes("p3dn", "24xlarge", 96);
    sizes("p4d", "24xlarge", 96);
    sizes("g4dn", "xlarge", 4, "2xlarge", 8, "4xlarge", 16, "8xlarge", 32, "12xlarge", 48);
    sizes("g4dn", "16xlarge", 64, "metal", 96);
    sizes("x1", "16xlarge", 64, "32xlarge", 128);
    sizes("x1e", "xlarge", 4, "2xlarge", 8, "4xlarge", 16, "8xlarge", 32, "16xlarge", 64);
    sizes("x1e", "32xlarge", 128);
  }

  private InstanceTypes() {}

  private static void sizes(String family, Object... sizeAndVcpus) {
    for (int i = 0; i < sizeAndVcpus.length; i += 2) {
      VCPUS.put(family + "." + sizeAndVcpus[i], (Integer) sizeAndVcpus[i + 1]);
    }
  }

  /** The type's vCPUs, or empty for a type the sandbox does not know. */
  static Optional<Integer> vcpus(String type) {
    return Optional.ofNullable(VCPUS.get(type));
  }

  /** The code of the quota the type counts against. */
  static String quotaOf(String type) {
    return switch (Character.toLowerCase(type.charAt(0))) {
      case 'p' -> P;
      case 'g' -> G_VT;
      case 'x' -> X;
      default -> STANDARD;
    };
  }

  static String architecture(String type) {
    return type.startsWith("t4g") ? "arm64" : "x86_64";
  }
}
