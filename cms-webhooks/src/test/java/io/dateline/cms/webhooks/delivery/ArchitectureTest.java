package io.dateline.cms.webhooks.delivery;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
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
 * The layering of cms-webhooks, checked on the compiled classes of this module alone
 * (target/classes: no tests, no other module).
 */
@DisplayName("cms-webhooks' architecture")
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importModule() {
    classes = new ClassFileImporter().importPath(Path.of("target", "classes"));
  }

  @Test
  @DisplayName("the rules see this module's classes")
  void importsTheModule() {
    assertThat(classes.contain("io.dateline.cms.webhooks.delivery.Webhooks")).isTrue();
    assertThat(classes.stream().map(JavaClass::getPackageName))
        .allMatch(name -> name.startsWith("io.dateline.cms.webhooks.delivery"));
  }

  @Test
  @DisplayName("uses no other module's internal packages")
  void noForeignInternals() {
    noClasses()
        .should()
        .dependOnClassesThat(
            resideInAPackage("io.dateline..internal..")
                .and(
                    DescribedPredicate.not(
                        resideInAPackage("io.dateline.cms.webhooks.delivery.internal.."))))
        .check(classes);
  }

  @Test
  @DisplayName("imports no persistence, template engine, servlet API, server or data binding")
  void noInfrastructure() {
    DescribedPredicate<JavaClass> infrastructure =
        resideInAnyPackage(
                "org.hibernate..",
                "jakarta.persistence..",
                "gg.jte..",
                "jakarta.servlet..",
                "org.eclipse.jetty..",
                "com.fasterxml.jackson.databind..")
            .as("Hibernate, Jakarta Persistence, jte, the Servlet API, Jetty or Jackson databind");
    noClasses().should().dependOnClassesThat(infrastructure).check(classes);
  }

  @Test
  @DisplayName("has one cycle only: the API building its internal engine, which uses the signer")
  void noPackageCycles() {
    slices()
        .matching("io.dateline.cms.webhooks.(**)")
        .should()
        .beFreeOfCycles()
        .ignoreDependency(
            resideInAPackage("io.dateline.cms.webhooks.delivery"),
            resideInAPackage("io.dateline.cms.webhooks.delivery.internal"))
        .check(classes);
  }
}
