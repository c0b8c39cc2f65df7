package io.dateline.cms.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.properties.HasModifiers;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The layering of cms-core (docs/architecture.md, "Enforced boundaries"), checked on the compiled
 * classes of this module alone (target/classes: no tests, no other module).
 */
@DisplayName("cms-core's architecture")
class ArchitectureTest {
  private static JavaClasses core;

  @BeforeAll
  static void importCore() {
    // Surefire runs in the module's directory; importing the output directory (rather than a
    // package, which would also pick up the test classes) keeps the rules to production code.
    core = new ClassFileImporter().importPath(Path.of("target", "classes"));
  }

  @Test
  @DisplayName("the rules see this module's classes")
  void importsTheModule() {
    assertThat(core.contain("io.dateline.cms.Dateline")).isTrue();
    assertThat(core.contain("io.dateline.cms.internal.DefaultArticleService")).isTrue();
    assertThat(core).hasSizeGreaterThan(100);
    assertThat(core.stream().map(JavaClass::getPackageName))
        .allMatch(name -> name.startsWith("io.dateline.cms"));
  }

  /**
   * The API hands out no SPI type: what a public method of an API package returns (type arguments
   * included) is an API type. Integrators implement the SPI; users never receive one of its types,
   * so the SPI can change for backends without breaking applications. (Parameters may name SPI
   * types: Dateline.Builder.storage takes the ContentStorage an application chose.)
   */
  @Test
  @DisplayName("the API returns no SPI type from any public method")
  void apiReturnsNoSpiType() {
    ArchCondition<JavaMethod> returnNoSpiType =
        new ArchCondition<>("return no type of io.dateline.cms.spi") {
          @Override
          public void check(JavaMethod method, ConditionEvents events) {
            for (JavaClass type : method.getReturnType().getAllInvolvedRawTypes()) {
              if (type.getPackageName().startsWith("io.dateline.cms.spi")) {
                events.add(
                    SimpleConditionEvent.violated(
                        method, method.getFullName() + " returns " + type.getName()));
              }
            }
          }
        };
    methods()
        .that()
        .arePublic()
        .and()
        .areDeclaredInClassesThat(
            resideInAnyPackage(
                    "io.dateline.cms",
                    "io.dateline.cms.model",
                    "io.dateline.cms.query",
                    "io.dateline.cms.command",
                    "io.dateline.cms.views",
                    "io.dateline.cms.changes",
                    "io.dateline.cms.event",
                    "io.dateline.cms.audit",
                    "io.dateline.cms.media")
                .and(HasModifiers.Predicates.modifier(JavaModifier.PUBLIC)))
        .should(returnNoSpiType)
        .check(core);
  }

  @Test
  @DisplayName("imports no persistence, template engine, servlet or server")
  void noInfrastructure() {
    // Hibernate ORM, not Hibernate Validator, which core uses for Jakarta Validation.
    DescribedPredicate<JavaClass> infrastructure =
        resideInAPackage("org.hibernate..")
            .and(DescribedPredicate.not(resideInAPackage("org.hibernate.validator..")))
            .or(
                resideInAnyPackage(
                    "jakarta.persistence..",
                    "gg.jte..",
                    "jakarta.servlet..",
                    "org.eclipse.jetty.."))
            .as("Hibernate ORM, Jakarta Persistence, jte, the Servlet API or Jetty");

    noClasses().should().dependOnClassesThat(infrastructure).check(core);
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
                        resideInAnyPackage(
                            "io.dateline.cms.internal..", "io.dateline.cms.views.internal.."))))
        .check(core);
  }

  /**
   * The packages of cms-core are not yet free of cycles: today they form one strongly connected
   * component. The rule checks everything else and names each known cyclic package dependency
   * below; removing one is issue 11's work, and a new cycle fails the build.
   */
  @Test
  @DisplayName("has no cycles between its packages apart from the known ones")
  void noPackageCycles() {
    slices()
        .matching("io.dateline.(**)")
        .should()
        .beFreeOfCycles()
        // 1. API classes build their implementations: Dateline and TenantContent create the
        //    services, the event dispatcher, the slug assigner and the CommandValidator; the
        //    internal classes implement the API and throw its exceptions.
        .ignoreDependency(pkg("io.dateline.cms"), pkg("io.dateline.cms.internal"))
        .ignoreDependency(pkg("io.dateline.cms"), pkg("io.dateline.cms.internal.validation"))
        // 2. The typed ids (ArticleId, AuthorId, ImageId, ...) mint ids with
        // internal.TimeOrderedUuid.
        .ignoreDependency(pkg("io.dateline.cms.model"), pkg("io.dateline.cms.internal"))
        .ignoreDependency(pkg("io.dateline.cms.media"), pkg("io.dateline.cms.internal"))
        // 3. The constraint annotations (@Slug, @HttpUrl, ...) name their validators in
        //    internal.validation, which implement ConstraintValidator for those annotations.
        .ignoreDependency(
            pkg("io.dateline.cms.validation"), pkg("io.dateline.cms.internal.validation"))
        // 4. ChangeFeed (API) runs on internal.ChangeFollower/ChangeNotifier and reads the SPI's
        //    ChangeLog, whose signatures use changes.Change.
        .ignoreDependency(pkg("io.dateline.cms.changes"), pkg("io.dateline.cms.internal"))
        .ignoreDependency(pkg("io.dateline.cms.changes"), pkg("io.dateline.cms.spi"))
        // 5. ViewCounter (API) is built on views.internal, stores through the SPI's
        //    ViewCountStore (whose types use views.ViewedArticle), returns an ArticleListing and
        //    throws StorageException from io.dateline.cms, which in turn offers view counts.
        .ignoreDependency(pkg("io.dateline.cms.views"), pkg("io.dateline.cms.views.internal"))
        .ignoreDependency(pkg("io.dateline.cms.views"), pkg("io.dateline.cms.spi"))
        .ignoreDependency(pkg("io.dateline.cms.views"), pkg("io.dateline.cms"))
        // 6. query.PageCursor throws io.dateline.cms.ValidationException on a malformed cursor.
        .ignoreDependency(pkg("io.dateline.cms.query"), pkg("io.dateline.cms"))
        // 7. The model refers to image assets by media.ImageId (Image, Author, Tenant) and
        //    References carries the loaded media.ImageAssets, whose fields use the model's TenantId
        //    and LocalizedText.
        .ignoreDependency(pkg("io.dateline.cms.model"), pkg("io.dateline.cms.media"))
        // 8. media.ImageId mints ids with internal.TimeOrderedUuid, as the model's ids do (2).
        .ignoreDependency(pkg("io.dateline.cms.media"), pkg("io.dateline.cms.internal"))
        .check(core);
  }

  /** The classes of exactly this package (not its subpackages). */
  private static DescribedPredicate<JavaClass> pkg(String name) {
    return resideInAPackage(name);
  }
}
