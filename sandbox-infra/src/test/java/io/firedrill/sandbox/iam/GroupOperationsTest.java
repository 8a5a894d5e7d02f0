package io.firedrill.sandbox.iam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.firedrill.sandbox.Sandbox;
import io.firedrill.sandbox.SandboxClients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.DeleteConflictException;
import software.amazon.awssdk.services.iam.model.EntityAlreadyExistsException;
import software.amazon.awssdk.services.iam.model.GetGroupResponse;
import software.amazon.awssdk.services.iam.model.Group;
import software.amazon.awssdk.services.iam.model.LimitExceededException;
import software.amazon.awssdk.services.iam.model.ListGroupsResponse;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import software.amazon.awssdk.services.iam.model.User;

class GroupOperationsTest {

  private static Sandbox sandbox;
  private static IamClient iam;

  @BeforeAll
  static void start() {
    sandbox = Sandbox.builder().port(0).start();
    iam = SandboxClients.iam(sandbox, sandbox.adminCredentials());
  }

  @AfterAll
  static void stop() {
    iam.close();
    sandbox.close();
  }

  @Test
  void createsAGroupAddsMembersAndListsThem() {
    Group created = iam.createGroup(c -> c.groupName("responders").path("/security/")).group();
    iam.createUser(c -> c.userName("ann"));
    iam.createUser(c -> c.userName("ben"));
    iam.addUserToGroup(a -> a.groupName("responders").userName("ann"));
    iam.addUserToGroup(a -> a.groupName("RESPONDERS").userName("ben"));
    iam.addUserToGroup(a -> a.groupName("responders").userName("ann"));

    GetGroupResponse group = iam.getGroup(g -> g.groupName("responders"));

    assertThat(created.arn()).isEqualTo("arn:aws:iam::000000000000:group/security/responders");
    assertThat(created.groupId()).matches("AGPA[A-Z2-7]{17}");
    assertThat(group.group().groupName()).isEqualTo("responders");
    assertThat(group.users()).extracting(User::userName).containsExactly("ann", "ben");
    assertThat(iam.listGroupsForUser(l -> l.userName("ann")).groups())
        .extracting(Group::groupName)
        .containsExactly("responders");
    assertThat(iam.listGroups(l -> l.pathPrefix("/security/")).groups())
        .extracting(Group::arn)
        .containsExactly(created.arn());

    iam.removeUserFromGroup(r -> r.groupName("responders").userName("ben"));
    assertThat(iam.getGroup(g -> g.groupName("responders")).users())
        .extracting(User::userName)
        .containsExactly("ann");
  }

  @Test
  void groupsPage() {
    for (String name : new String[] {"page-g1", "page-g2", "page-g3"}) {
      iam.createGroup(c -> c.groupName(name).path("/paged/"));
    }
    ListGroupsResponse first = iam.listGroups(l -> l.pathPrefix("/paged/").maxItems(2));
    ListGroupsResponse second =
        iam.listGroups(l -> l.pathPrefix("/paged/").maxItems(2).marker(first.marker()));

    assertThat(first.isTruncated()).isTrue();
    assertThat(first.groups()).extracting(Group::groupName).containsExactly("page-g1", "page-g2");
    assertThat(second.isTruncated()).isFalse();
    assertThat(second.groups()).extracting(Group::groupName).containsExactly("page-g3");
  }

  @Test
  void answersWithIamsErrors() {
    iam.createGroup(c -> c.groupName("dupes"));
    iam.createUser(c -> c.userName("member"));
    iam.addUserToGroup(a -> a.groupName("dupes").userName("member"));

    EntityAlreadyExistsException exists =
        catchThrowableOfType(
            EntityAlreadyExistsException.class, () -> iam.createGroup(c -> c.groupName("DUPES")));
    NoSuchEntityException missing =
        catchThrowableOfType(
            NoSuchEntityException.class, () -> iam.getGroup(g -> g.groupName("nowhere")));
    NoSuchEntityException noUser =
        catchThrowableOfType(
            NoSuchEntityException.class,
            () -> iam.addUserToGroup(a -> a.groupName("dupes").userName("ghost")));
    DeleteConflictException groupInUse =
        catchThrowableOfType(
            DeleteConflictException.class, () -> iam.deleteGroup(d -> d.groupName("dupes")));
    DeleteConflictException userInGroup =
        catchThrowableOfType(
            DeleteConflictException.class, () -> iam.deleteUser(d -> d.userName("member")));

    assertThat(exists.awsErrorDetails().errorMessage())
        .isEqualTo("Group with name DUPES already exists.");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.awsErrorDetails().errorMessage())
        .isEqualTo("The group with name nowhere cannot be found.");
    assertThat(noUser.awsErrorDetails().errorMessage())
        .isEqualTo("The user with name ghost cannot be found.");
    assertThat(groupInUse.awsErrorDetails().errorMessage())
        .isEqualTo("Cannot delete entity, must remove users from group first.");
    assertThat(userInGroup.statusCode()).isEqualTo(409);

    iam.removeUserFromGroup(r -> r.groupName("dupes").userName("member"));
    iam.deleteGroup(d -> d.groupName("dupes"));
    iam.deleteUser(d -> d.userName("member"));
    assertThat(iam.listGroups().groups()).noneMatch(g -> g.groupName().equals("dupes"));
  }

  @Test
  void aUserJoinsAtMostTenGroups() {
    iam.createUser(c -> c.userName("joiner"));
    for (int i = 1; i <= 11; i++) {
      String name = "club-" + i;
      iam.createGroup(c -> c.groupName(name));
      if (i <= 10) {
        iam.addUserToGroup(a -> a.groupName(name).userName("joiner"));
      }
    }

    LimitExceededException limit =
        catchThrowableOfType(
            LimitExceededException.class,
            () -> iam.addUserToGroup(a -> a.groupName("club-11").userName("joiner")));

    assertThat(limit.statusCode()).isEqualTo(409);
    assertThat(limit.awsErrorDetails().errorMessage())
        .isEqualTo("Cannot exceed quota for GroupsPerUser: 10");
  }
}
