package io.firedrill.sandbox.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One emulated AWS service.
 *
 * @param signingName the SigV4 service name the gateway routes by, e.g. {@code iam}
 * @param eventSource the CloudTrail event source, e.g. {@code iam.amazonaws.com}
 * @param protocol the wire protocol
 * @param namespace the XML namespace (query) or the X-Amz-Target prefix (JSON)
 * @param apiVersion the API version, e.g. {@code 2010-05-08}
 * @param operations the operations by name
 */
public record ServiceDefinition(
    String signingName,
    String eventSource,
    Protocol protocol,
    String namespace,
    String apiVersion,
    Map<String, Operation> operations) {

  public ServiceDefinition {
    Objects.requireNonNull(signingName, "signingName");
    Objects.requireNonNull(eventSource, "eventSource");
    Objects.requireNonNull(protocol, "protocol");
    Objects.requireNonNull(namespace, "namespace");
    operations = Map.copyOf(operations);
  }

  /**
   * This definition, with the operations {@code namers} names acting on the resources they name;
   * other operations keep theirs.
   */
  public ServiceDefinition naming(Map<String, Operation.ResourceNamer> namers) {
    Map<String, Operation> renamed = new LinkedHashMap<>(operations);
    namers.forEach(
        (name, namer) -> {
          Operation operation = renamed.get(name);
          if (operation != null) {
            renamed.put(name, operation.on(namer));
          }
        });
    return new ServiceDefinition(
        signingName, eventSource, protocol, namespace, apiVersion, renamed);
  }

  /** A definition whose operations are given as a list. */
  public static ServiceDefinition of(
      String signingName,
      String eventSource,
      Protocol protocol,
      String namespace,
      String apiVersion,
      List<Operation> operations) {
    Map<String, Operation> byName = new LinkedHashMap<>();
    for (Operation operation : operations) {
      if (byName.put(operation.name(), operation) != null) {
        throw new IllegalArgumentException("duplicate operation " + operation.name());
      }
    }
    return new ServiceDefinition(signingName, eventSource, protocol, namespace, apiVersion, byName);
  }
}
