package io.firedrill.injector.technique;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TechniqueCatalogTest {

  @Test
  void everyTechniqueDescribesItselfCompletely() {
    Set<String> ids = new HashSet<>();
    for (Technique<?> technique : TechniqueCatalog.all()) {
      TechniqueInfo info = technique.info();
      assertThat(ids.add(info.id())).as("unique id %s", info.id()).isTrue();
      assertThat(info.id()).matches("aws\\.[a-z-]+\\.[a-z0-9-]+");
      assertThat(info.name()).isNotBlank();
      assertThat(info.description()).isNotBlank();
      assertThat(info.attackIds()).isNotEmpty().allMatch(id -> id.matches("T\\d{4}(\\.\\d{3})?"));
      assertThat(info.eventNames()).isNotEmpty();
      assertThat(info.permissions()).allMatch(p -> p.matches("[a-z0-9-]+:[A-Za-z*]+"));
      assertThat(info.incidentType()).isNotNull();
    }
  }

  @Test
  void findsTechniquesById() {
    assertThat(TechniqueCatalog.find("aws.defense-evasion.cloudtrail-stop")).isPresent();
    assertThat(TechniqueCatalog.find("aws.nothing.such")).isEmpty();
  }
}
