package io.firedrill.sandbox.ec2;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A Describe call's {@code Filter.N.Name} / {@code Filter.N.Value.M}: a resource passes when, for
 * every filter, one of its values for the filter's name matches one of the filter's values (which
 * may use {@code *} and {@code ?}). {@code tag:KEY} and {@code tag-key} work on every resource.
 */
final class Ec2Filters {

  record Filter(String name, List<Pattern> values) {}

  private final List<Filter> filters;

  private Ec2Filters(List<Filter> filters) {
    this.filters = filters;
  }

  /** The request's filters; a name outside {@code known} (and the tag ones) is an error. */
  static Ec2Filters read(Map<String, String> params, Set<String> known) {
    List<Filter> filters =
        Ec2Params.members(params, "Filter").stream()
            .map(
                member -> {
                  String name = member.get("Name");
                  if (name == null) {
                    throw Ec2Errors.missing("Filter.Name");
                  }
                  if (!known.contains(name)
                      && !name.equals("tag-key")
                      && !name.startsWith("tag:")) {
                    throw Ec2Errors.client(
                        "InvalidParameterValue", "The filter '" + name + "' is invalid");
                  }
                  return new Filter(
                      name,
                      Ec2Params.values(member, "Value").stream().map(Ec2Filters::glob).toList());
                })
            .toList();
    return new Ec2Filters(filters);
  }

  /**
   * Whether the resource passes; {@code values} answers a filter name with the resource's values
   * for it.
   */
  boolean test(Map<String, String> tags, Function<String, Collection<String>> values) {
    for (Filter filter : filters) {
      Collection<String> candidates;
      if (filter.name().equals("tag-key")) {
        candidates = tags.keySet();
      } else if (filter.name().startsWith("tag:")) {
        String value = tags.get(filter.name().substring(4));
        candidates = value == null ? List.of() : List.of(value);
      } else {
        candidates = values.apply(filter.name());
      }
      boolean any =
          candidates.stream()
              .anyMatch(c -> filter.values().stream().anyMatch(p -> p.matcher(c).matches()));
      if (!any) {
        return false;
      }
    }
    return true;
  }

  private static Pattern glob(String value) {
    StringBuilder regex = new StringBuilder();
    for (char c : value.toCharArray()) {
      switch (c) {
        case '*' -> regex.append(".*");
        case '?' -> regex.append('.');
        default -> regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(regex.toString(), Pattern.DOTALL);
  }
}
