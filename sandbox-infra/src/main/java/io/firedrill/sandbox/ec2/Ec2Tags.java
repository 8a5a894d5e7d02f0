package io.firedrill.sandbox.ec2;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Tags as requests carry them: {@code Tag.N.Key}, and inside {@code TagSpecification.N}. */
final class Ec2Tags {

  private Ec2Tags() {}

  /** The tags of {@code Tag.N.Key} / {@code Tag.N.Value}, in order; a missing value is empty. */
  static Map<String, String> of(Map<String, String> params) {
    Map<String, String> tags = new LinkedHashMap<>();
    for (Map<String, String> tag : Ec2Params.members(params, "Tag")) {
      String key = tag.get("Key");
      if (key == null || key.isEmpty()) {
        throw Ec2Errors.client("InvalidParameterValue", "Tag keys must not be empty.");
      }
      if (key.startsWith("aws:")) {
        throw Ec2Errors.client(
            "InvalidParameterValue", "Tag keys starting with 'aws:' are reserved for internal use");
      }
      tags.put(key, tag.getOrDefault("Value", ""));
    }
    return tags;
  }

  /** The tags the request's TagSpecifications give resources of {@code resourceType}. */
  static Map<String, String> specified(Map<String, String> params, String resourceType) {
    Map<String, String> tags = new LinkedHashMap<>();
    List<Map<String, String>> specifications = Ec2Params.members(params, "TagSpecification");
    for (Map<String, String> specification : specifications) {
      if (resourceType.equals(specification.get("ResourceType"))) {
        tags.putAll(of(specification));
      }
    }
    return tags;
  }
}
