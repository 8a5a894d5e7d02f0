package io.firedrill.sandbox.api;

import java.util.List;
import java.util.Objects;

/**
 * One API operation of a service.
 *
 * @param name the action or operation name, e.g. {@code CreateUser}
 * @param readOnly whether CloudTrail marks its events read-only
 * @param handler what the operation does
 * @param resource names the resource the operation acts on, for authorization
 * @param authorized whether the call is authorized at all; a few calls (GetCallerIdentity) never
 *     are, on AWS too, so that no policy can stop a caller from learning who it is
 * @param recordsDeniedInput whether a denied call keeps its requestParameters in CloudTrail; STS
 *     records a denied AssumeRole with none
 * @param iamAction the IAM action's name when it is not the operation's own: AWS authorizes
 *     DeleteMessageBatch as sqs:DeleteMessage
 * @param dependent the further actions of the same service a request needs, on the same resource,
 *     such as iam:TagUser for a CreateUser that carries tags
 */
public record Operation(
    String name,
    boolean readOnly,
    Handler handler,
    ResourceNamer resource,
    boolean authorized,
    boolean recordsDeniedInput,
    String iamAction,
    DependentActions dependent) {

  /** The resource of an operation that acts on no particular resource. */
  public static final ResourceNamer ANY_RESOURCE = call -> "*";

  public Operation {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(handler, "handler");
    Objects.requireNonNull(resource, "resource");
    iamAction = iamAction == null ? name : iamAction;
    dependent = dependent == null ? NO_DEPENDENT_ACTIONS : dependent;
  }

  private static final DependentActions NO_DEPENDENT_ACTIONS = call -> List.of();

  /**
   * The further actions a request needs besides the operation's own, as the Service Authorization
   * Reference lists them: creating with tags needs the service's tagging action too.
   */
  @FunctionalInterface
  public interface DependentActions {
    /** Action names without the service prefix; empty when the request needs none. */
    List<String> of(ApiCall call);
  }

  /** Does the work of an operation; throws {@link AwsException} for the API's own errors. */
  @FunctionalInterface
  public interface Handler {
    Outcome handle(ApiCall call);
  }

  /**
   * The ARN an operation acts on, as IAM policies match it, e.g. the user ARN for {@code
   * iam:CreateUser}. Called before the operation runs and before its input is validated, so it must
   * not throw for odd input: it answers {@code *} or a best guess instead.
   */
  @FunctionalInterface
  public interface ResourceNamer {
    String arn(ApiCall call);
  }

  /** A read-only operation. */
  public static Operation read(String name, Handler handler) {
    return new Operation(name, true, handler, ANY_RESOURCE, true, true, name, null);
  }

  /** An operation that changes state. */
  public static Operation write(String name, Handler handler) {
    return new Operation(name, false, handler, ANY_RESOURCE, true, true, name, null);
  }

  /** This operation, acting on the resource {@code namer} names. */
  public Operation on(ResourceNamer namer) {
    return new Operation(
        name, readOnly, handler, namer, authorized, recordsDeniedInput, iamAction, dependent);
  }

  /** This operation, which no policy can deny. */
  public Operation alwaysAllowed() {
    return new Operation(
        name, readOnly, handler, resource, false, recordsDeniedInput, iamAction, dependent);
  }

  /** This operation, recorded without requestParameters when denied. */
  public Operation withoutInputWhenDenied() {
    return new Operation(
        name, readOnly, handler, resource, authorized, false, iamAction, dependent);
  }

  /** This operation, authorized as another IAM action of its service. */
  public Operation authorizedAs(String action) {
    return new Operation(
        name, readOnly, handler, resource, authorized, recordsDeniedInput, action, dependent);
  }

  /** This operation, which also needs the actions {@code actions} names for a request. */
  public Operation alsoNeeds(DependentActions actions) {
    return new Operation(
        name, readOnly, handler, resource, authorized, recordsDeniedInput, iamAction, actions);
  }
}
