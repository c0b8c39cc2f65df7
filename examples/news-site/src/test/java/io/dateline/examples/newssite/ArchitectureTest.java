package io.dateline.examples.newssite;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.dateline.cms.testsupport.ApiRules;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The layering of news-site (docs/architecture.md, "Enforced boundaries"), checked on the compiled
 * classes of this module alone (target/classes: no tests, no other module).
 */
@DisplayName("news-site's architecture")
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importModule() {
    // Surefire runs in the module's directory; importing the output directory (rather than a
    // package, which would also pick up test classes and other modules) keeps the rules to this
    // module's production code.
    classes = new ClassFileImporter().importPath(Path.of("target", "classes"));
  }

  @Test
  @DisplayName("the rules see this module's classes")
  void importsTheModule() {
    assertThat(classes.contain("io.dateline.examples.newssite.Main")).isTrue();
    assertThat(classes).hasSizeGreaterThan(5);
    assertThat(classes.stream().map(JavaClass::getPackageName))
        .allMatch(name -> name.startsWith("io.dateline.examples.newssite"));
  }

  @Test
  @DisplayName("uses no internal package of the library")
  void noForeignInternals() {
    noClasses()
        .should()
        .dependOnClassesThat(resideInAPackage("io.dateline..internal.."))
        .check(classes);
  }

  /** The examples are what an application writes: they compile against Dateline's API alone. */
  @Test
  @DisplayName(
      "uses only Dateline's API: no SPI it does not implement, no internals, no Hibernate or jte")
  void onlyTheApi() {
    ApiRules.onlyTheApi().check(classes);
  }

  @Test
  @DisplayName("has no cycles between its packages")
  void noPackageCycles() {
    slices().matching("io.dateline.(**)").should().beFreeOfCycles().check(classes);
  }
}
