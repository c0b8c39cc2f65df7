package io.dateline.cms.render;

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
 * The layering of cms-render (docs/architecture.md, "Enforced boundaries"), checked on the compiled
 * classes of this module alone (target/classes: no tests, no other module).
 */
@DisplayName("cms-render's architecture")
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
    assertThat(classes.contain("io.dateline.cms.render.DatelineRenderer")).isTrue();
    assertThat(classes).hasSizeGreaterThan(40);
    assertThat(classes.stream().map(JavaClass::getPackageName))
        .allMatch(name -> name.startsWith("io.dateline.cms.render"));
  }

  @Test
  @DisplayName("uses no other module's internal packages")
  void noForeignInternals() {
    noClasses()
        .should()
        .dependOnClassesThat(
            resideInAPackage("io.dateline..internal..")
                .and(DescribedPredicate.not(resideInAPackage("io.dateline.cms.render.internal.."))))
        .check(classes);
  }

  @Test
  @DisplayName("imports no persistence or servlet API")
  void noInfrastructure() {
    // Hibernate ORM; Hibernate Validator (org.hibernate.validator) comes with cms-core.
    DescribedPredicate<JavaClass> infrastructure =
        resideInAPackage("org.hibernate..")
            .and(DescribedPredicate.not(resideInAPackage("org.hibernate.validator..")))
            .or(
                resideInAnyPackage(
                    "jakarta.persistence..", "jakarta.servlet..", "org.eclipse.jetty.."))
            .as("Hibernate ORM, Jakarta Persistence, the Servlet API or Jetty");

    noClasses().should().dependOnClassesThat(infrastructure).check(classes);
  }

  /**
   * The three packages of cms-render are not yet free of cycles. The rule names each known cyclic
   * package dependency below and fails on any other; removing them is issue 11's work.
   */
  /**
   * jte is the default theme's engine, not part of the API: outside the internal package only
   * JteTheme, the theme built on it, touches jte types. Html and the view models are plain types a
   * theme on another engine uses as they are.
   */
  @Test
  @DisplayName("keeps jte out of the API and SPI, apart from JteTheme")
  void jteStaysInTheTheme() {
    noClasses()
        .that()
        .resideInAnyPackage("io.dateline.cms.render", "io.dateline.cms.render.spi..")
        .and()
        .doNotHaveFullyQualifiedName("io.dateline.cms.render.JteTheme")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("gg.jte..")
        .check(classes);
  }

  @Test
  @DisplayName("has no cycles between its packages apart from the known ones")
  void noPackageCycles() {
    slices()
        .matching("io.dateline.(**)")
        .should()
        .beFreeOfCycles()
        // 1. The API builds its implementations: DatelineRenderer creates BodyWriter,
        //    HeadAssembler, FeedWriter, SitemapWriter...; ArticleView's and ListingView's builders
        //    use ViewAssembler and SafeUrls. The internal classes take and return API types.
        .ignoreDependency(
            resideInAPackage("io.dateline.cms.render"),
            resideInAPackage("io.dateline.cms.render.internal"))
        // 2. The SPI's signatures use the API's view models (Theme renders ArticlePage,
        //    ListingPage...; BlockContext and RenderListener see ArticleView; HeadContributor sees
        //    PageInfo) and Theme names its default, JteTheme.
        .ignoreDependency(
            resideInAPackage("io.dateline.cms.render.spi"),
            resideInAPackage("io.dateline.cms.render"))
        // 3. UrlStrategy's default is internal.StandardUrlStrategy.
        .ignoreDependency(
            resideInAPackage("io.dateline.cms.render.spi"),
            resideInAPackage("io.dateline.cms.render.internal"))
        .check(classes);
  }
}
