package io.firedrill.sandbox.organizations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.firedrill.sandbox.Sandbox;
import io.firedrill.sandbox.SandboxClients;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Event;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.AccessDeniedException;
import software.amazon.awssdk.services.organizations.model.AlreadyInOrganizationException;
import software.amazon.awssdk.services.organizations.model.AwsOrganizationsNotInUseException;
import software.amazon.awssdk.services.organizations.model.Organization;
import software.amazon.awssdk.services.organizations.model.OrganizationFeatureSet;

class OrganizationsServiceTest {

  @Test
  void anAccountInNoOrganizationBecomesTheManagementAccountOfTheOneItCreates() {
    try (Sandbox sandbox = Sandbox.builder().port(0).accountId("111122223333").start();
        OrganizationsClient orgs = organizations(sandbox, sandbox.adminCredentials())) {
      catchThrowableOfType(AwsOrganizationsNotInUseException.class, orgs::describeOrganization);

      Organization created =
          orgs.createOrganization(r -> r.featureSet(OrganizationFeatureSet.ALL)).organization();
      Organization described = orgs.describeOrganization().organization();

      assertThat(created.id()).matches("o-[a-z0-9]{10}");
      assertThat(described.masterAccountId()).isEqualTo("111122223333");
      assertThat(described.arn())
          .isEqualTo("arn:aws:organizations::111122223333:organization/" + created.id());
      assertThat(described.featureSet()).isEqualTo(OrganizationFeatureSet.ALL);
      catchThrowableOfType(AlreadyInOrganizationException.class, orgs::createOrganization);

      orgs.deleteOrganization(r -> {});
      catchThrowableOfType(AwsOrganizationsNotInUseException.class, orgs::describeOrganization);
    }
  }

  @Test
  void everyCallIsRecordedAndAUserWithoutPermissionIsDenied() {
    try (Sandbox sandbox = Sandbox.builder().port(0).start()) {
      AwsBasicCredentials nobody = SandboxClients.newUser(sandbox, "nobody");
      try (OrganizationsClient admin = organizations(sandbox, sandbox.adminCredentials());
          OrganizationsClient denied = organizations(sandbox, nobody);
          CloudTrailClient trail = SandboxClients.cloudTrail(sandbox, sandbox.adminCredentials())) {
        admin.createOrganization(r -> {});
        AccessDeniedException error =
            catchThrowableOfType(AccessDeniedException.class, denied::describeOrganization);
        assertThat(error.statusCode()).isEqualTo(400);

        List<Event> events =
            trail
                .lookupEvents(
                    r ->
                        r.lookupAttributes(
                            a ->
                                a.attributeKey("EventSource")
                                    .attributeValue("organizations.amazonaws.com")))
                .events();
        assertThat(events)
            .extracting(Event::eventName)
            .containsExactlyInAnyOrder("CreateOrganization", "DescribeOrganization");
        assertThat(events)
            .filteredOn(e -> e.eventName().equals("CreateOrganization"))
            .extracting(Event::readOnly)
            .containsExactly("false");
      }
    }
  }

  private static OrganizationsClient organizations(
      Sandbox sandbox, software.amazon.awssdk.auth.credentials.AwsCredentials credentials) {
    return OrganizationsClient.builder()
        .endpointOverride(sandbox.endpoint())
        .region(Region.AWS_GLOBAL)
        .credentialsProvider(StaticCredentialsProvider.create(credentials))
        .httpClientBuilder(UrlConnectionHttpClient.builder())
        .build();
  }
}
