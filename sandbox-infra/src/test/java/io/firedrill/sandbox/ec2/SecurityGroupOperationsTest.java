package io.firedrill.sandbox.ec2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.firedrill.sandbox.Sandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.SecurityGroup;
import tools.jackson.databind.JsonNode;

class SecurityGroupOperationsTest {

  private static Sandbox sandbox;
  private static Ec2Client ec2;

  @BeforeAll
  static void start() {
    sandbox = Sandbox.builder().port(0).start();
    ec2 = Ec2Clients.ec2(sandbox, sandbox.adminCredentials());
  }

  @AfterAll
  static void stop() {
    ec2.close();
    sandbox.close();
  }

  private static final IpPermission SSH_FROM_ANYWHERE =
      IpPermission.builder()
          .ipProtocol("tcp")
          .fromPort(22)
          .toPort(22)
          .ipRanges(r -> r.cidrIp("0.0.0.0/0").description("ssh"))
          .build();

  private static String create(String name) {
    return ec2.createSecurityGroup(
            c ->
                c.groupName(name)
                    .description("test group")
                    .tagSpecifications(
                        t ->
                            t.resourceType(ResourceType.SECURITY_GROUP)
                                .tags(tag -> tag.key("Name").value(name))))
        .groupId();
  }

  private static SecurityGroup describe(String id) {
    return ec2.describeSecurityGroups(d -> d.groupIds(id)).securityGroups().get(0);
  }

  @Test
  void eachRegionHasADefaultVpcWithADefaultGroup() {
    SecurityGroup group =
        ec2.describeSecurityGroups(d -> d.groupNames("default")).securityGroups().get(0);
    assertThat(group.vpcId()).startsWith("vpc-");
    assertThat(group.ipPermissions().get(0).userIdGroupPairs().get(0).groupId())
        .isEqualTo(group.groupId());
    assertThat(group.ipPermissionsEgress().get(0).ipRanges().get(0).cidrIp())
        .isEqualTo("0.0.0.0/0");
    Throwable undeletable =
        catchThrowable(() -> ec2.deleteSecurityGroup(d -> d.groupName("default")));
    assertThat(Ec2Clients.code(undeletable)).isEqualTo("CannotDelete");
  }

  @Test
  void ingressRulesAreAuthorizedDescribedAndRevoked() {
    String id = create("web");

    var authorized =
        ec2.authorizeSecurityGroupIngress(a -> a.groupId(id).ipPermissions(SSH_FROM_ANYWHERE));
    assertThat(authorized.returnValue()).isTrue();
    assertThat(authorized.securityGroupRules())
        .singleElement()
        .satisfies(
            rule -> {
              assertThat(rule.securityGroupRuleId()).startsWith("sgr-");
              assertThat(rule.cidrIpv4()).isEqualTo("0.0.0.0/0");
              assertThat(rule.isEgress()).isFalse();
            });
    SecurityGroup group = describe(id);
    assertThat(group.ipPermissions())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.fromPort()).isEqualTo(22);
              assertThat(p.ipRanges().get(0).description()).isEqualTo("ssh");
            });
    assertThat(group.tags().get(0).value()).isEqualTo("web");

    Throwable duplicate =
        catchThrowable(
            () ->
                ec2.authorizeSecurityGroupIngress(
                    a -> a.groupId(id).ipPermissions(SSH_FROM_ANYWHERE)));
    assertThat(Ec2Clients.code(duplicate)).isEqualTo("InvalidPermission.Duplicate");
    assertThat(duplicate)
        .hasMessageContaining(
            "the specified rule \"peer: 0.0.0.0/0, TCP, from port: 22, to port: 22, ALLOW\""
                + " already exists");

    ec2.revokeSecurityGroupIngress(
        r -> r.groupId(id).ipProtocol("tcp").fromPort(22).toPort(22).cidrIp("0.0.0.0/0"));
    assertThat(describe(id).ipPermissions()).isEmpty();
    Throwable gone =
        catchThrowable(
            () ->
                ec2.revokeSecurityGroupIngress(
                    r -> r.groupId(id).ipPermissions(SSH_FROM_ANYWHERE)));
    assertThat(Ec2Clients.code(gone)).isEqualTo("InvalidPermission.NotFound");

    JsonNode record =
        Ec2Clients.records(sandbox, "AuthorizeSecurityGroupIngress").stream()
            .filter(r -> !r.has("errorCode"))
            .findFirst()
            .orElseThrow();
    assertThat(record.at("/requestParameters/groupId").asString()).isEqualTo(id);
    assertThat(record.at("/requestParameters/ipPermissions/items/0/fromPort").asInt())
        .isEqualTo(22);
    assertThat(
            record
                .at("/requestParameters/ipPermissions/items/0/ipRanges/items/0/cidrIp")
                .asString())
        .isEqualTo("0.0.0.0/0");
    assertThat(record.at("/responseElements/_return").asBoolean()).isTrue();
    assertThat(record.at("/responseElements/securityGroupRuleSet/items/0/cidrIpv4").asString())
        .isEqualTo("0.0.0.0/0");
  }

  @Test
  void egressRulesToo() {
    String id = create("egress");
    IpPermission https =
        IpPermission.builder()
            .ipProtocol("tcp")
            .fromPort(443)
            .toPort(443)
            .ipRanges(r -> r.cidrIp("10.0.0.0/8"))
            .build();
    ec2.authorizeSecurityGroupEgress(a -> a.groupId(id).ipPermissions(https));
    assertThat(describe(id).ipPermissionsEgress()).hasSize(2);
    ec2.revokeSecurityGroupEgress(
        r ->
            r.groupId(id)
                .ipPermissions(
                    IpPermission.builder()
                        .ipProtocol("-1")
                        .ipRanges(x -> x.cidrIp("0.0.0.0/0"))
                        .build()));
    assertThat(describe(id).ipPermissionsEgress())
        .singleElement()
        .satisfies(p -> assertThat(p.fromPort()).isEqualTo(443));
  }

  @Test
  void unknownGroupsAreErrors() {
    Throwable describe =
        catchThrowable(() -> ec2.describeSecurityGroups(d -> d.groupIds("sg-0123456789abcdef0")));
    assertThat(Ec2Clients.code(describe)).isEqualTo("InvalidGroup.NotFound");
    assertThat(describe)
        .hasMessageContaining("The security group 'sg-0123456789abcdef0' does not exist");
    Throwable authorize =
        catchThrowable(
            () ->
                ec2.authorizeSecurityGroupIngress(
                    a -> a.groupId("sg-0123456789abcdef0").ipPermissions(SSH_FROM_ANYWHERE)));
    assertThat(Ec2Clients.code(authorize)).isEqualTo("InvalidGroup.NotFound");
    Throwable duplicate = catchThrowable(() -> create("default"));
    assertThat(Ec2Clients.code(duplicate)).isEqualTo("InvalidGroup.Duplicate");
  }

  @Test
  void groupsInUseCannotBeDeletedAndOthersCan() {
    String id = create("in-use");
    String instance =
        ec2.runInstances(
                r ->
                    r.imageId("ami-12345678")
                        .instanceType("t3.micro")
                        .minCount(1)
                        .maxCount(1)
                        .securityGroupIds(id))
            .instances()
            .get(0)
            .instanceId();
    Throwable inUse = catchThrowable(() -> ec2.deleteSecurityGroup(d -> d.groupId(id)));
    assertThat(Ec2Clients.code(inUse)).isEqualTo("DependencyViolation");

    ec2.terminateInstances(t -> t.instanceIds(instance));
    ec2.deleteSecurityGroup(d -> d.groupId(id));
    assertThat(
            ec2.describeSecurityGroups(d -> d.filters(f -> f.name("group-id").values(id)))
                .securityGroups())
        .isEmpty();
    Throwable again = catchThrowable(() -> ec2.deleteSecurityGroup(d -> d.groupId(id)));
    assertThat(Ec2Clients.code(again)).isEqualTo("InvalidGroup.NotFound");
  }

  @Test
  void filtersFindGroupsByNameAndTag() {
    String id = create("filtered");
    assertThat(
            ec2.describeSecurityGroups(d -> d.filters(f -> f.name("tag:Name").values("filtered")))
                .securityGroups())
        .extracting(SecurityGroup::groupId)
        .containsExactly(id);
    assertThat(
            ec2.describeSecurityGroups(d -> d.filters(f -> f.name("group-name").values("filt*")))
                .securityGroups())
        .extracting(SecurityGroup::groupId)
        .containsExactly(id);
  }
}
