package io.firedrill.sandbox.iam;

import io.firedrill.sandbox.api.Operation;
import io.firedrill.sandbox.api.Protocol;
import io.firedrill.sandbox.api.ServiceDefinition;
import java.util.ArrayList;
import java.util.List;

/**
 * IAM's query API (version 2010-05-08) over an {@link IamStore}: users and access keys, login
 * profiles, groups, roles, managed and inline policies, permissions boundaries, and the account's
 * authorization details. The operations live in one class per feature.
 */
public final class IamService {

  private final IamStore store;

  public IamService(IamStore store) {
    this.store = store;
  }

  /** The service as the gateway routes to it. */
  public ServiceDefinition definition() {
    IamResources resources = new IamResources(store);
    List<Operation> operations = new ArrayList<>();
    operations.addAll(new UserOperations(store, resources).operations());
    operations.addAll(new GroupOperations(store, resources).operations());
    operations.addAll(new RoleOperations(store, resources).operations());
    operations.addAll(new PolicyOperations(store, resources).operations());
    operations.addAll(new PermissionOperations(store, resources).operations());
    operations.add(new AuthorizationDetails(store).operation());
    return ServiceDefinition.of(
        "iam",
        "iam.amazonaws.com",
        Protocol.QUERY,
        "https://iam.amazonaws.com/doc/2010-05-08/",
        "2010-05-08",
        operations);
  }
}
