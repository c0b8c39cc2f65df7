package io.dateline.cms.site;

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
 * The layering of cms-site (docs/architecture.md, "Enforced boundaries"), checked on the compiled
 * classes of this module alone (target/classes: no tests, no other module).
 */
@DisplayName("cms-site's architecture")
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
    assertThat(classes.contain("io.dateline.cms.site.DatelineSite")).isTrue();
    assertThat(classes).hasSizeGreaterThan(10);
    assertThat(classes.stream().map(JavaClass::getPackageName))
        .allMatch(name -> name.startsWith("io.dateline.cms.site"));
  }

  @Test
  @DisplayName("uses no other module's internal packages")
  void noForeignInternals() {
    noClasses()
        .should()
        .dependOnClassesThat(
            resideInAPackage("io.dateline..internal..")
                .and(DescribedPredicate.not(resideInAPackage("io.dateline.cms.site.internal.."))))
        .check(classes);
  }

  @Test
  @DisplayName("imports no persistence or template engine")
  void noInfrastructure() {
    // Hibernate ORM; Hibernate Validator (org.hibernate.validator) comes with cms-core.
    DescribedPredicate<JavaClass> infrastructure =
        resideInAPackage("org.hibernate..")
            .and(DescribedPredicate.not(resideInAPackage("org.hibernate.validator..")))
            .or(resideInAnyPackage("jakarta.persistence..", "gg.jte.."))
            .as("Hibernate ORM, Jakarta Persistence or jte");

    noClasses().should().dependOnClassesThat(infrastructure).check(classes);
  }

  /**
   * The site is built on Dateline's API like any application: it never reaches under the services
   * into the storage SPI (io.dateline.cms.spi), and uses the renderer's SPI only to plug its own
   * hooks in, through the classes that implement them or hand them over.
   */
  @Test
  @DisplayName("uses cms-core's API only, never the storage SPI")
  void onlyTheCoreApi() {
    noClasses()
        .should()
        .dependOnClassesThat(resideInAPackage("io.dateline.cms.spi.."))
        .check(classes);
  }

  @Test
  @DisplayName("uses the Servlet API only in its servlet adapter")
  void servletOnlyInTheAdapter() {
    noClasses()
        .that()
        .resideOutsideOfPackage("io.dateline.cms.site.servlet..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("jakarta.servlet..", "org.eclipse.jetty..")
        .check(classes);
  }

  /** One known cycle, named below; any other fails. Removing it is issue 11's work. */
  @Test
  @DisplayName("has no cycles between its packages apart from the known one")
  void noPackageCycles() {
    slices()
        .matching("io.dateline.(**)")
        .should()
        .beFreeOfCycles()
        // The API builds its implementation: DatelineSite creates and delegates to
        // internal.SiteEngine, UrlParser.standard() returns internal.StandardUrlParser; the
        // internal classes take and return SiteRequest, SiteResponse, SitePage and UrlParser.
        .ignoreDependency(
            resideInAPackage("io.dateline.cms.site"),
            resideInAPackage("io.dateline.cms.site.internal"))
        .check(classes);
  }
}
