package io.firedrill.injector.cleanup;

import io.firedrill.injector.aws.AwsSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.cloudtrail.model.EventSelector;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Puts back what an inject did to a trail, with the settings the ledger kept. */
public final class Trails {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private Trails() {}

  static void recreate(AwsSession control, String name, Map<String, String> details) {
    control.cloudTrail().createTrail(r -> r.name(name).s3BucketName(details.get("bucket")));
    if (Boolean.parseBoolean(details.get("logging"))) {
      control.cloudTrail().startLogging(r -> r.name(name));
    }
  }

  static void restoreSelectors(AwsSession control, String name, String json) {
    List<EventSelector> selectors = new ArrayList<>();
    for (JsonNode item : JSON.readTree(json)) {
      selectors.add(
          EventSelector.builder()
              .readWriteType(item.path("readWriteType").asString("All"))
              .includeManagementEvents(item.path("includeManagementEvents").asBoolean(true))
              .build());
    }
    control.cloudTrail().putEventSelectors(r -> r.trailName(name).eventSelectors(selectors));
  }

  /** A trail's selectors as the ledger keeps them: the two members that say what it records. */
  public static String selectorsJson(List<EventSelector> selectors) {
    var array = JSON.createArrayNode();
    for (EventSelector selector : selectors) {
      array
          .addObject()
          .put("readWriteType", selector.readWriteTypeAsString())
          .put("includeManagementEvents", selector.includeManagementEvents());
    }
    return JSON.writeValueAsString(array);
  }
}
