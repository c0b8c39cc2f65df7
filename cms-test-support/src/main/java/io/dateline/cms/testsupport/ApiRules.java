package io.dateline.cms.testsupport;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;

/**
 * ArchUnit rules for code that must use Dateline the way an application does, such as the examples.
 */
public final class ApiRules {
  private ApiRules() {}

  /**
   * Only Dateline's API: a class may use an SPI package ({@code io.dateline..spi..}) only where it
   * implements one of its types (a storage backend, a render hook); no class may use an internal
   * package, Hibernate ORM, Jakarta Persistence or jte.
   *
   * @return the rule, to check against a module's classes
   */
  public static ArchRule onlyTheApi() {
    DescribedPredicate<JavaClass> implementsSpi =
        DescribedPredicate.describe(
            "implement a Dateline SPI type",
            c -> c.getAllRawInterfaces().stream().anyMatch(ApiRules::isSpi));
    ArchRule noSpi =
        noClasses()
            .that(DescribedPredicate.not(implementsSpi))
            .should()
            .dependOnClassesThat(resideInAPackage("io.dateline..spi.."));
    ArchRule noInternals =
        noClasses()
            .should()
            .dependOnClassesThat(
                resideInAnyPackage(
                    "io.dateline..internal..",
                    "org.hibernate..",
                    "jakarta.persistence..",
                    "gg.jte.."));
    return CompositeArchRule.of(noSpi).and(noInternals);
  }

  private static boolean isSpi(JavaClass type) {
    String name = type.getPackageName();
    return name.startsWith("io.dateline.") && (name.endsWith(".spi") || name.contains(".spi."));
  }
}
