package io.dateline.examples.springboot;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The Spring Boot example uses the library as an application would: through its API and the
 * starter, never an internal package or a storage class (docs/architecture.md, "Enforced
 * boundaries").
 */
@DisplayName("the Spring Boot example's architecture")
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importModule() {
    classes = new ClassFileImporter().importPath(Path.of("target", "classes"));
  }

  @Test
  @DisplayName("the rules see this module's classes")
  void importsTheModule() {
    assertThat(classes.contain("io.dateline.examples.springboot.NewsApplication")).isTrue();
    assertThat(classes.stream().map(JavaClass::getPackageName))
        .allMatch(name -> name.startsWith("io.dateline.examples.springboot"));
  }

  @Test
  @DisplayName("uses no internal package of the library and wires no storage by hand")
  void onlyTheApi() {
    noClasses()
        .should()
        .dependOnClassesThat(
            resideInAPackage("io.dateline..internal..")
                .or(resideInAPackage("io.dateline.cms.storage.jpa.."))
                .or(resideInAPackage("io.dateline.cms.spi..")))
        .check(classes);
  }
}
