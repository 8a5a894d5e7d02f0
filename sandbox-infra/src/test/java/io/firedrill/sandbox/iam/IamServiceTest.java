package io.firedrill.sandbox.iam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.firedrill.sandbox.Sandbox;
import io.firedrill.sandbox.SandboxClients;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Event;
import software.amazon.awssdk.services.cloudtrail.model.LookupAttributeKey;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AccessKey;
import software.amazon.awssdk.services.iam.model.AccessKeyMetadata;
import software.amazon.awssdk.services.iam.model.CreateUserResponse;
import software.amazon.awssdk.services.iam.model.DeleteConflictException;
import software.amazon.awssdk.services.iam.model.EntityAlreadyExistsException;
import software.amazon.awssdk.services.iam.model.IamException;
import software.amazon.awssdk.services.iam.model.LimitExceededException;
import software.amazon.awssdk.services.iam.model.ListUsersResponse;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import software.amazon.awssdk.services.iam.model.StatusType;
import software.amazon.awssdk.services.iam.model.User;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.StsException;

class IamServiceTest {

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
  void createsAUserWithTagsAndGetsItBack() {
    CreateUserResponse created =
        iam.createUser(
            create ->
                create
                    .userName("carol")
                    .path("/engineering/")
                    .tags(t -> t.key("team").value("red")));
    User user = iam.getUser(get -> get.userName("carol")).user();

    assertThat(created.user().arn()).isEqualTo("arn:aws:iam::000000000000:user/engineering/carol");
    assertThat(user.userId()).isEqualTo(created.user().userId()).matches("AIDA[A-Z0-9]{17}");
    assertThat(user.path()).isEqualTo("/engineering/");
    assertThat(user.createDate()).isNotNull();
    assertThat(user.tags())
        .singleElement()
        .satisfies(
            tag -> {
              assertThat(tag.key()).isEqualTo("team");
              assertThat(tag.value()).isEqualTo("red");
            });
  }

  @Test
  void userNamesAreUniqueRegardlessOfCase() {
    iam.createUser(create -> create.userName("dave"));

    EntityAlreadyExistsException error =
        catchThrowableOfType(
            EntityAlreadyExistsException.class,
            () -> iam.createUser(create -> create.userName("DAVE")));

    assertThat(error.statusCode()).isEqualTo(409);
    assertThat(error.awsErrorDetails().errorCode()).isEqualTo("EntityAlreadyExists");
    assertThat(error.getMessage()).contains("User with name DAVE already exists.");
  }

  @Test
  void anUnknownUserIsNoSuchEntity() {
    NoSuchEntityException error =
        catchThrowableOfType(
            NoSuchEntityException.class, () -> iam.getUser(get -> get.userName("nobody")));

    assertThat(error.statusCode()).isEqualTo(404);
    assertThat(error.awsErrorDetails().errorCode()).isEqualTo("NoSuchEntity");
    assertThat(error.awsErrorDetails().errorMessage())
        .isEqualTo("The user with name nobody cannot be found.");
  }

  @Test
  void getUserWithoutANameIsTheCaller() {
    assertThat(iam.getUser().user().userName()).isEqualTo(Sandbox.ADMIN_USER);
  }

  @Test
  void anInvalidUserNameFailsValidation() {
    IamException error =
        catchThrowableOfType(
            IamException.class, () -> iam.createUser(c -> c.userName("no spaces")));

    assertThat(error.statusCode()).isEqualTo(400);
    assertThat(error.awsErrorDetails().errorCode()).isEqualTo("ValidationError");
  }

  @Test
  void listsUsersInPages() {
    for (String name : List.of("page-a", "page-b", "page-c")) {
      iam.createUser(create -> create.userName(name).path("/paging/"));
    }
    ListUsersResponse first = iam.listUsers(list -> list.pathPrefix("/paging/").maxItems(2));
    ListUsersResponse second =
        iam.listUsers(list -> list.pathPrefix("/paging/").maxItems(2).marker(first.marker()));

    assertThat(first.users()).extracting(User::userName).containsExactly("page-a", "page-b");
    assertThat(first.isTruncated()).isTrue();
    assertThat(second.users()).extracting(User::userName).containsExactly("page-c");
    assertThat(second.isTruncated()).isFalse();
    assertThat(iam.listUsers().users()).extracting(User::userName).contains(Sandbox.ADMIN_USER);
  }

  @Test
  void allowsTwoAccessKeysPerUser() {
    iam.createUser(create -> create.userName("erin"));
    AccessKey first = iam.createAccessKey(create -> create.userName("erin")).accessKey();
    iam.createAccessKey(create -> create.userName("erin"));

    LimitExceededException error =
        catchThrowableOfType(
            LimitExceededException.class,
            () -> iam.createAccessKey(create -> create.userName("erin")));

    assertThat(first.accessKeyId()).matches("AKIA[A-Z0-9]{16}");
    assertThat(first.secretAccessKey()).hasSize(40);
    assertThat(first.status()).isEqualTo(StatusType.ACTIVE);
    assertThat(error.statusCode()).isEqualTo(409);
    assertThat(error.awsErrorDetails().errorCode()).isEqualTo("LimitExceeded");
    assertThat(iam.listAccessKeys(list -> list.userName("erin")).accessKeyMetadata()).hasSize(2);
  }

  @Test
  void aUserWithKeysCannotBeDeletedUntilTheKeysAre() {
    iam.createUser(create -> create.userName("frank"));
    AccessKey key = iam.createAccessKey(create -> create.userName("frank")).accessKey();

    DeleteConflictException conflict =
        catchThrowableOfType(
            DeleteConflictException.class,
            () -> iam.deleteUser(delete -> delete.userName("frank")));
    iam.deleteAccessKey(delete -> delete.userName("frank").accessKeyId(key.accessKeyId()));
    iam.deleteUser(delete -> delete.userName("frank"));

    assertThat(conflict.awsErrorDetails().errorCode()).isEqualTo("DeleteConflict");
    assertThat(conflict.statusCode()).isEqualTo(409);
    assertThat(
            catchThrowableOfType(
                NoSuchEntityException.class, () -> iam.getUser(g -> g.userName("frank"))))
        .isNotNull();
  }

  @Test
  void anUnknownAccessKeyIsNoSuchEntity() {
    iam.createUser(create -> create.userName("gina"));

    NoSuchEntityException error =
        catchThrowableOfType(
            NoSuchEntityException.class,
            () ->
                iam.updateAccessKey(
                    update ->
                        update
                            .userName("gina")
                            .accessKeyId("AKIAAAAAAAAAAAAAAAAA")
                            .status(StatusType.INACTIVE)));

    assertThat(error.awsErrorDetails().errorMessage())
        .isEqualTo("The Access Key with id AKIAAAAAAAAAAAAAAAAA cannot be found.");
  }

  @Test
  void anInactiveKeyGoesDarkAndItsCallsAreNotRecorded() {
    AwsBasicCredentials hank = SandboxClients.newUser(sandbox, "hank");
    try (StsClient sts = SandboxClients.sts(sandbox, hank);
        CloudTrailClient cloudTrail =
            SandboxClients.cloudTrail(sandbox, sandbox.adminCredentials())) {
      sts.getCallerIdentity();

      iam.updateAccessKey(
          update ->
              update.userName("hank").accessKeyId(hank.accessKeyId()).status(StatusType.INACTIVE));
      StsException dark = catchThrowableOfType(StsException.class, sts::getCallerIdentity);
      List<AccessKeyMetadata> keys =
          iam.listAccessKeys(list -> list.userName("hank")).accessKeyMetadata();

      assertThat(dark.awsErrorDetails().errorCode()).isEqualTo("InvalidClientTokenId");
      assertThat(keys)
          .singleElement()
          .extracting(AccessKeyMetadata::status)
          .isEqualTo(StatusType.INACTIVE);
      List<Event> recorded =
          cloudTrail
              .lookupEvents(
                  lookup ->
                      lookup.lookupAttributes(
                          a ->
                              a.attributeKey(LookupAttributeKey.ACCESS_KEY_ID)
                                  .attributeValue(hank.accessKeyId())))
              .events();
      assertThat(recorded).extracting(Event::eventName).containsExactly("GetCallerIdentity");

      iam.updateAccessKey(
          update ->
              update.userName("hank").accessKeyId(hank.accessKeyId()).status(StatusType.ACTIVE));
      assertThat(sts.getCallerIdentity().arn()).endsWith(":user/hank");
    }
  }

  @Test
  void aDeletedKeyNoLongerSigns() {
    AwsBasicCredentials ivy = SandboxClients.newUser(sandbox, "ivy");
    iam.deleteAccessKey(delete -> delete.userName("ivy").accessKeyId(ivy.accessKeyId()));

    try (StsClient sts = SandboxClients.sts(sandbox, ivy)) {
      StsException error = catchThrowableOfType(StsException.class, sts::getCallerIdentity);
      assertThat(error.awsErrorDetails().errorCode()).isEqualTo("InvalidClientTokenId");
    }
    assertThat(iam.listAccessKeys(list -> list.userName("ivy")).accessKeyMetadata()).isEmpty();
  }

  @Test
  void aUserManagesItsOwnKeysWithoutNamingItself() {
    AwsBasicCredentials jack = SandboxClients.newAdmin(sandbox, "jack");
    try (IamClient asJack = SandboxClients.iam(sandbox, jack)) {
      AccessKey second = asJack.createAccessKey().accessKey();

      assertThat(second.userName()).isEqualTo("jack");
      assertThat(asJack.listAccessKeys().accessKeyMetadata())
          .extracting(AccessKeyMetadata::accessKeyId)
          .containsExactlyInAnyOrder(jack.accessKeyId(), second.accessKeyId());
    }
  }

  @Test
  void aStatusOtherThanActiveOrInactiveFailsValidation() {
    AwsBasicCredentials kim = SandboxClients.newUser(sandbox, "kim");

    IamException error =
        catchThrowableOfType(
            IamException.class,
            () ->
                iam.updateAccessKey(
                    update ->
                        update.userName("kim").accessKeyId(kim.accessKeyId()).status("Paused")));

    assertThat(error.awsErrorDetails().errorCode()).isEqualTo("ValidationError");
    assertThat(error.awsErrorDetails().errorMessage()).contains("[Active, Inactive]");
  }
}
