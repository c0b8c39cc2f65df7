package io.dateline.cms.spring.boot;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The layering of the starter (docs/architecture.md, "Enforced boundaries"), checked on the
 * compiled classes of this module alone (target/classes).
 */
@DisplayName("the starter's architecture")
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importModule() {
    classes = new ClassFileImporter().importPath(Path.of("target", "classes"));
  }

  @Test
  @DisplayName("the rules see this module's classes")
  void importsTheModule() {
    assertThat(classes.contain("io.dateline.cms.spring.boot.DatelineAutoConfiguration")).isTrue();
    assertThat(classes.stream().map(JavaClass::getPackageName))
        .allMatch(name -> name.startsWith("io.dateline.cms.spring.boot"));
  }

  @Test
  @DisplayName("uses no module's internal packages")
  void noInternals() {
    noClasses()
        .should()
        .dependOnClassesThat(resideInAPackage("io.dateline..internal.."))
        .check(classes);
  }

  @Test
  @DisplayName("touches no persistence, template engine or logging backend directly")
  void noInfrastructure() {
    // Hibernate Validator's constraints (org.hibernate.validator) check the properties.
    DescribedPredicate<JavaClass> infrastructure =
        resideInAPackage("org.hibernate..")
            .and(DescribedPredicate.not(resideInAPackage("org.hibernate.validator..")))
            .or(
                resideInAnyPackage(
                    "jakarta.persistence..",
                    "org.flywaydb..",
                    "gg.jte..",
                    "ch.qos.logback..",
                    "org.apache.logging.log4j.."))
            .as("Hibernate ORM, Jakarta Persistence, Flyway, jte or a logging backend");
    noClasses().should().dependOnClassesThat(infrastructure).check(classes);
  }
}
