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
      assertThat(ids.add(technique.id())).as("unique id %s", technique.id()).isTrue();
      assertThat(technique.id()).matches("aws\\.[a-z-]+\\.[a-z0-9-]+");
      assertThat(technique.name()).isNotBlank();
      assertThat(technique.description()).isNotBlank();
      assertThat(technique.attackIds())
          .isNotEmpty()
          .allMatch(id -> id.matches("T\\d{4}(\\.\\d{3})?"));
      assertThat(technique.eventNames()).isNotEmpty();
    }
  }

  @Test
  void findsTechniquesById() {
    assertThat(TechniqueCatalog.find("aws.defense-evasion.cloudtrail-stop")).isPresent();
    assertThat(TechniqueCatalog.find("aws.nothing.such")).isEmpty();
  }
}
