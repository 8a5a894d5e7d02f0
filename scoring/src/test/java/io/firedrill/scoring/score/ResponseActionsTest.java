package io.firedrill.scoring.score;

import static org.assertj.core.api.Assertions.assertThat;

import io.firedrill.exercise.journal.JournalEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

/** Each blue-team call the scorer recognises, with the request parameters AWS records for it. */
class ResponseActionsTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String ACTOR_KEY = "AKIAATTACKER00000001";

  @ParameterizedTest(name = "{0} {1}: {2} {3}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '~',
      value = {
        "UpdateAccessKey | {'accessKeyId':'AKIAATTACKER00000001','status':'Inactive'} | contain | access key deactivated | AKIAATTACKER00000001",
        "UpdateAccessKey | {'accessKeyId':'AKIAATTACKER00000001','status':'Active'} | - | - | -",
        "DeleteAccessKey | {'accessKeyId':'AKIAATTACKER00000001','userName':'dev-frank'} | contain | access key deleted | AKIAATTACKER00000001",
        "DeleteAccessKey | {'accessKeyId':'AKIABACKDOOR00000001','userName':'svc-backup'} | eradicate | access key deleted | svc-backup",
        "PutUserPolicy | {'userName':'dev-frank','policyDocument':'{`Statement`:[{`Effect`:`Deny`,`Action`:`*`,`Resource`:`*`}]}'} | contain | deny policy attached | dev-frank",
        "PutRolePolicy | {'roleName':'ops','policyDocument':'{`Statement`:[{`Effect`:`Deny`,`Condition`:{`DateLessThan`:{`aws:TokenIssueTime`:`2026-11-22T12:00:00Z`}}}]}'} | contain | sessions revoked | ops",
        "PutUserPolicy | {'userName':'dev-frank','policyDocument':'{`Statement`:[{`Effect`:`Allow`}]}'} | - | - | -",
        "AttachUserPolicy | {'userName':'dev-frank','policyArn':'arn:aws:iam::aws:policy/AWSCompromisedKeyQuarantineV2'} | contain | quarantine policy attached | dev-frank",
        "AttachUserPolicy | {'userName':'dev-frank','policyArn':'arn:aws:iam::aws:policy/ReadOnlyAccess'} | - | - | -",
        "ModifyInstanceAttribute | {'instanceId':'i-0abc','groupSet':{'items':[{'groupId':'sg-quarantine'}]}} | contain | instance isolated | i-0abc",
        "DeleteUser | {'userName':'svc-backup'} | eradicate | user deleted | svc-backup",
        "DeleteLoginProfile | {'userName':'svc-backup'} | eradicate | login profile deleted | svc-backup",
        "DeleteRole | {'roleName':'backdoor-role'} | eradicate | role deleted | backdoor-role",
        "TerminateInstances | {'instancesSet':{'items':[{'instanceId':'i-0miner'}]}} | eradicate | instances terminated | i-0miner",
        "StartLogging | {'name':'arn:aws:cloudtrail:us-east-1:000000000000:trail/management-events'} | recover | logging restarted | management-events",
        "UpdateDetector | {'detectorId':'d-1','enable':true} | recover | detector re-enabled | d-1",
        "UpdateDetector | {'detectorId':'d-1','enable':false} | - | - | -",
        "CreateDetector | {'enable':true} | recover | detector re-enabled | -",
        "PutBucketPolicy | {'bucketName':'trail-bucket'} | recover | bucket policy restored | trail-bucket",
        "CreateSnapshot | {'volumeId':'vol-1'} | evidence | snapshot taken | vol-1",
        "CreateTags | {'resourcesSet':{'items':[{'resourceId':'i-0abc'}]}} | evidence | instance tagged | i-0abc",
        "CreateTags | {'resourcesSet':{'items':[{'resourceId':'vol-1'}]}} | - | - | -",
        "ArchiveFindings | {'detectorId':'d-1'} | triage | finding acknowledged | d-1",
        "ListUsers | {} | - | - | -"
      })
  void classifiesACall(
      String eventName, String params, String phase, String action, String target) {
    Optional<ResponseActions.Kind> kind =
        ResponseActions.classify(
            entry(eventName, params.replace('\'', '"').replace("`", "\\\""), null),
            ACTOR_KEY::equals);

    if (phase.equals("-")) {
      assertThat(kind).isEmpty();
    } else {
      assertThat(kind).isPresent();
      assertThat(kind.get().phase()).isEqualTo(phase);
      assertThat(kind.get().action()).isEqualTo(action);
      assertThat(kind.get().target()).isEqualTo(target.equals("-") ? null : target);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"AccessDenied", "NoSuchEntity"})
  void aRefusedCallDoesNothing(String errorCode) {
    assertThat(
            ResponseActions.classify(
                entry("DeleteUser", "{\"userName\":\"x\"}", errorCode), k -> false))
        .isEmpty();
  }

  private static JournalEntry entry(String eventName, String params, String errorCode) {
    var data = JSON.createObjectNode();
    data.put("eventId", "e-1");
    data.put("eventName", eventName);
    if (errorCode != null) {
      data.put("errorCode", errorCode);
    }
    data.set("requestParameters", JSON.readTree(params));
    return new JournalEntry(1, Duration.ZERO, Instant.EPOCH, "telemetry.observed", data, "0");
  }
}
