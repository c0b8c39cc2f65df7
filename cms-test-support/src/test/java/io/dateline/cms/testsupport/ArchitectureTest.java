package io.dateline.cms.testsupport;

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
 * The layering of cms-test-support, checked on the compiled classes of this module alone
 * (target/classes: no tests, no other module).
 */
@DisplayName("cms-test-support's architecture")
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importModule() {
    classes = new ClassFileImporter().importPath(Path.of("target", "classes"));
  }

  @Test
  @DisplayName("the rules see this module's classes")
  void importsTheModule() {
    assertThat(classes.contain("io.dateline.cms.testsupport.MutableClock")).isTrue();
    assertThat(classes.stream().map(JavaClass::getPackageName))
        .allMatch(name -> name.startsWith("io.dateline.cms.testsupport"));
  }

  /** cms-core's tests use this module, so it must not need cms-core or anything built on it. */
  @Test
  @DisplayName("depends on no Dateline module")
  void noDatelineModule() {
    noClasses()
        .should()
        .dependOnClassesThat(
            resideInAPackage("io.dateline..")
                .and(
                    com.tngtech.archunit.base.DescribedPredicate.not(
                        resideInAPackage("io.dateline.cms.testsupport.."))))
        .check(classes);
  }
}
