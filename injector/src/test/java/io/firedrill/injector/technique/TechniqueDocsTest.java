package io.firedrill.injector.technique;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/techniques.md is generated from the catalog, and must say what the code says. */
class TechniqueDocsTest {

  private static final Path PAGE = Path.of("..", "docs", "techniques.md");

  @Test
  void theCatalogPageIsUpToDate() throws Exception {
    String generated = TechniqueDocs.markdown();
    if (Boolean.getBoolean("firedrill.regenerate")) {
      Files.writeString(PAGE, generated);
    }
    assertThat(Files.exists(PAGE)).as("%s exists", PAGE).isTrue();
    assertThat(Files.readString(PAGE))
        .as(
            "docs/techniques.md is stale: regenerate it with"
                + " mvn -pl injector test -Dtest=TechniqueDocsTest -Dfiredrill.regenerate=true")
        .isEqualTo(generated);
    for (Technique<?> technique : TechniqueCatalog.all()) {
      assertThat(generated).contains("`" + technique.id() + "`");
    }
  }
}
