package io.firedrill.sandbox;

import io.firedrill.sandbox.auth.Authenticator;
import io.firedrill.sandbox.auth.Authorizer;
import io.firedrill.sandbox.auth.Credential;
import io.firedrill.sandbox.auth.CredentialStore;
import io.firedrill.sandbox.cloudtrail.CloudTrailResources;
import io.firedrill.sandbox.cloudtrail.CloudTrailService;
import io.firedrill.sandbox.cloudtrail.EventHistory;
import io.firedrill.sandbox.cloudwatch.CloudWatchService;
import io.firedrill.sandbox.ec2.Ec2Service;
import io.firedrill.sandbox.events.EventsService;
import io.firedrill.sandbox.fault.ControlApi;
import io.firedrill.sandbox.fault.Faults;
import io.firedrill.sandbox.fault.IamConsistency;
import io.firedrill.sandbox.guardduty.GuardDutyService;
import io.firedrill.sandbox.guardduty.S3ThreatListSource;
import io.firedrill.sandbox.http.SandboxHttpServer;
import io.firedrill.sandbox.iam.IamAuthorizer;
import io.firedrill.sandbox.iam.IamService;
import io.firedrill.sandbox.iam.IamStore;
import io.firedrill.sandbox.organizations.OrganizationsService;
import io.firedrill.sandbox.s3.S3Front;
import io.firedrill.sandbox.s3.S3Store;
import io.firedrill.sandbox.sqs.SqsService;
import io.firedrill.sandbox.sts.SessionStore;
import io.firedrill.sandbox.sts.StsService;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;

/**
 * How a {@link Sandbox.Builder}'s settings become a running sandbox: the services, the stores they
 * share, the gateway and S3's front, the fault control API, the state file and trail delivery,
 * wired together. Kept apart from the builder so that the builder holds only settings.
 */
final class SandboxWiring {

  private SandboxWiring() {}

  static Sandbox start(Sandbox.Builder b) {
    IamStore iam = new IamStore(b.accountId, b.clock);
    SessionStore sessions = new SessionStore(b.accountId);
    Faults chaos = new Faults(b.clock, b.telemetry);
    b.faults.forEach(fault -> chaos.set(fault, "builder"));
    EventHistory history = new EventHistory(chaos::trailDelay);
    CloudTrailService cloudTrail = new CloudTrailService(history);
    GuardDutyService guardDuty = new GuardDutyService(history, b.clock, chaos::findingDelay);
    Ec2Service ec2 = new Ec2Service(b.accountId, b.vcpuQuotas);
    guardDuty.awsAddresses(ec2::hasAddress);
    if (b.torExitNodes != null) {
      guardDuty.torExitNodes(b.torExitNodes);
    }
    StsService sts = new StsService(iam, sessions);
    S3Store s3 = new S3Store(b.accountId);
    // Threat lists from the sandbox's own buckets, or file:// on this machine.
    guardDuty.threatListSource(new S3ThreatListSource(s3::read));
    SqsService sqs = new SqsService(b.accountId, b.clock, history);
    EventsService events = new EventsService(b.accountId, b.clock, history, guardDuty, sqs);
    StateFile stateFile =
        b.stateDir == null
            ? null
            : new StateFile(b.stateDir, b.accountId, iam, sessions, cloudTrail, guardDuty, ec2, s3)
                .with(sqs, events);
    Optional<String> restoredAdmin = stateFile == null ? Optional.empty() : stateFile.load();
    if (b.anomalyBaseline != null) {
      guardDuty.anomalyBaseline(b.anomalyBaseline);
    }
    Credential admin =
        restoredAdmin.isPresent()
            ? iam.find(restoredAdmin.get())
                .orElseThrow(
                    () ->
                        new IllegalStateException(
                            "the sandbox state in "
                                + b.stateDir
                                + " lacks the key of "
                                + Sandbox.ADMIN_USER))
            : iam.bootstrap(Sandbox.ADMIN_USER, List.of(Sandbox.ADMINISTRATOR_ACCESS));
    // After the restore, so that a restarted sandbox hands out the root key it had.
    Credential root = iam.rootCredential();
    IamConsistency consistency = new IamConsistency(iam, b.clock, chaos::iamDelay);
    history.subscribe(consistency);
    CredentialStore keys = consistency.credentials(CredentialStore.firstOf(iam, sessions));
    Authorizer decider =
        b.authorizer != null ? b.authorizer : consistency.authorizer(new IamAuthorizer(iam));
    Gateway gateway =
        new Gateway(
            Stream.concat(
                    Stream.of(
                        sts.definition(),
                        new IamService(iam).definition(),
                        CloudTrailResources.named(cloudTrail.definition()),
                        guardDuty.definition(),
                        ec2.definition(),
                        new OrganizationsService(b.accountId).definition(),
                        new CloudWatchService(b.accountId).definition()),
                    Stream.concat(sqs.definitions().stream(), Stream.of(events.definition())))
                .toList(),
            Map.of("guardduty", GuardDutyService.routes()),
            new Authenticator(keys),
            decider,
            history,
            b.clock);
    // S3 is addressed, signed and answered unlike every other service: its own front serves it.
    S3Front s3Front = new S3Front(s3, keys, decider, history, b.clock).withFaults(chaos);
    var faulted = gateway.withFaults(chaos);
    SandboxHttpServer server =
        SandboxHttpServer.start(
            b.port,
            new ControlApi(
                chaos,
                iam,
                admin.accessKeyId(),
                b.clock,
                call -> S3Front.accepts(call) ? s3Front.apply(call) : faulted.apply(call)));
    AutoCloseable delivery =
        cloudTrail.deliverTo(
            (bucket, key, content, at) -> s3.deliver(bucket, key, content, "application/json", at),
            b.clock,
            b.trailDeliveryInterval);
    sqs.endpoint(URI.create("http://127.0.0.1:" + server.port()));
    return new Sandbox(
        server,
        b.region,
        b.accountId,
        AwsBasicCredentials.create(
            Objects.requireNonNull(admin.accessKeyId()), admin.secretAccessKey()),
        AwsBasicCredentials.create(root.accessKeyId(), root.secretAccessKey()),
        stateFile,
        new InstanceCredentials(ec2, sts, guardDuty, b.accountId, b.clock),
        delivery);
  }
}
