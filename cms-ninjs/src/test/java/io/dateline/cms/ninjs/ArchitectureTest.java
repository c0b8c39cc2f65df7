package io.dateline.cms.ninjs;

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
 * The layering of cms-ninjs, checked on the compiled classes of this module alone (target/classes:
 * no tests, no other module).
 */
@DisplayName("cms-ninjs's architecture")
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importModule() {
    classes = new ClassFileImporter().importPath(Path.of("target", "classes"));
  }

  @Test
  @DisplayName("the rules see this module's classes")
  void importsTheModule() {
    assertThat(classes.contain("io.dateline.cms.ninjs.NinjsImporter")).isTrue();
    assertThat(classes.contain("io.dateline.cms.ninjs.NinjsExporter")).isTrue();
    assertThat(classes.stream().map(JavaClass::getPackageName))
        .allMatch(name -> name.startsWith("io.dateline.cms.ninjs"));
  }

  @Test
  @DisplayName("uses no other module's internal packages")
  void noForeignInternals() {
    noClasses()
        .should()
        .dependOnClassesThat(
            resideInAPackage("io.dateline..internal..")
                .and(DescribedPredicate.not(resideInAPackage("io.dateline.cms.ninjs.internal.."))))
        .check(classes);
  }

  @Test
  @DisplayName("imports no persistence, servlet or rendering API, and no storage backend")
  void noInfrastructure() {
    DescribedPredicate<JavaClass> infrastructure =
        resideInAPackage("org.hibernate..")
            .and(DescribedPredicate.not(resideInAPackage("org.hibernate.validator..")))
            .or(
                resideInAnyPackage(
                    "jakarta.persistence..",
                    "jakarta.servlet..",
                    "org.eclipse.jetty..",
                    "gg.jte..",
                    "io.dateline.cms.render..",
                    "io.dateline.cms.site..",
                    "io.dateline.cms.storage..",
                    "io.dateline.cms.memory.."))
            .as("Hibernate ORM, Jakarta Persistence, Servlet API, Jetty, jte, other modules");

    noClasses().should().dependOnClassesThat(infrastructure).check(classes);
  }

  @Test
  @DisplayName("the internal package does not depend on the API package")
  void noPackageCycles() {
    slices().matching("io.dateline.cms.ninjs.(**)").should().beFreeOfCycles().check(classes);
  }
}
