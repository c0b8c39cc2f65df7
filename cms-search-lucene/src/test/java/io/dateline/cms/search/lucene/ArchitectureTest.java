package io.dateline.cms.search.lucene;

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
 * The layering rules of docs/architecture.md ("Enforced boundaries") for cms-search-lucene, checked
 * on the classes of this module alone (target/classes: no tests, no other module).
 */
@DisplayName("cms-search-lucene's architecture")
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importModule() {
    classes = new ClassFileImporter().importPath(Path.of("target", "classes"));
  }

  @Test
  @DisplayName("the rules see this module's classes")
  void importsTheModule() {
    assertThat(classes.contain("io.dateline.cms.search.lucene.LuceneSearchIndex")).isTrue();
    assertThat(classes.stream().map(JavaClass::getPackageName))
        .allMatch(name -> name.startsWith("io.dateline.cms.search.lucene"));
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
                        resideInAPackage("io.dateline.cms.search.lucene.internal.."))))
        .check(classes);
  }

  @Test
  @DisplayName("imports no persistence, template engine or servlet")
  void noInfrastructure() {
    DescribedPredicate<JavaClass> infrastructure =
        resideInAPackage("org.hibernate..")
            .and(DescribedPredicate.not(resideInAPackage("org.hibernate.validator..")))
            .or(
                resideInAnyPackage(
                    "jakarta.persistence..",
                    "gg.jte..",
                    "jakarta.servlet..",
                    "org.eclipse.jetty.."))
            .as("Hibernate ORM, Jakarta Persistence, jte, Servlet API or Jetty");
    noClasses().should().dependOnClassesThat(infrastructure).check(classes);
  }

  @Test
  @DisplayName("has no cycles between its packages")
  void noPackageCycles() {
    slices()
        .matching("io.dateline.cms.search.lucene.(**)")
        .should()
        .beFreeOfCycles()
        .check(classes);
  }
}
