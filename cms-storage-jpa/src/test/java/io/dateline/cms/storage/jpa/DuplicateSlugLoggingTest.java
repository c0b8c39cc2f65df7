package io.dateline.cms.storage.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import io.dateline.cms.DuplicateSlugException;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.Tag;
import io.dateline.cms.spi.TenantStorage;
import io.dateline.cms.testkit.SampleContent;
import io.dateline.cms.testsupport.ThreadRace;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.slf4j.LoggerFactory;

/**
 * A duplicate slug is an expected outcome, not a database error: it must come back as {@link
 * DuplicateSlugException} without Hibernate logging a failed statement (two WARN lines holding the
 * whole INSERT, bound values included).
 */
@DisplayName("A duplicate slug logs no Hibernate warning")
class DuplicateSlugLoggingTest {
  /** Where Hibernate 7 logs a failed statement (SqlExceptionHelper). */
  private static final String JDBC_ERROR_LOGGER = "org.hibernate.orm.jdbc.error";

  @ParameterizedTest
  @EnumSource(
      value = TestDatabases.Kind.class,
      names = {"H2_MEMORY", "POSTGRES"})
  @DisplayName("inserts and updates to a taken slug, one by one and racing, log nothing")
  void duplicateSlugsLogNothing(TestDatabases.Kind kind) throws Exception {
    SampleContent sample = SampleContent.forNewTenant();
    JpaStorage storage = TestDatabases.shared(kind);
    storage.tenants().save(sample.tenant());
    TenantStorage site = storage.tenant(sample.tenantId());
    Article first = site.articles().insert(sample.article("taken").build());
    Article other = site.articles().insert(sample.article("other").build());
    Tag tag = sample.tag("taken-tag");
    site.tags().insert(tag);
    Tag otherTag = sample.tag("other-tag");
    site.tags().insert(otherTag);

    String logged =
        captureHibernateWarnings(
            () -> {
              assertThatThrownBy(() -> site.articles().insert(sample.article("taken").build()))
                  .isInstanceOf(DuplicateSlugException.class);
              assertThatThrownBy(
                      () -> site.articles().update(other.toBuilder().slug("taken").build()))
                  .isInstanceOf(DuplicateSlugException.class);
              assertThatThrownBy(() -> site.tags().insert(sample.tag("taken-tag")))
                  .isInstanceOf(DuplicateSlugException.class);
              assertThatThrownBy(
                      () ->
                          site.tags()
                              .update(
                                  new Tag(
                                      otherTag.tenantId(),
                                      otherTag.id(),
                                      otherTag.kind(),
                                      "taken-tag",
                                      otherTag.name())))
                  .isInstanceOf(DuplicateSlugException.class);
              List<Callable<Article>> racers = new ArrayList<>();
              for (int i = 0; i < 6; i++) {
                racers.add(() -> site.articles().insert(sample.article("raced").build()));
              }
              List<ThreadRace.Outcome<Article>> outcomes = ThreadRace.run(racers);
              assertThat(outcomes).filteredOn(ThreadRace.Outcome::succeeded).hasSize(1);
              assertThat(outcomes)
                  .filteredOn(o -> !o.succeeded())
                  .allSatisfy(
                      o -> assertThat(o.failure()).isInstanceOf(DuplicateSlugException.class));
              // The capture works: a warning on Hibernate's logger would have been seen.
              LoggerFactory.getLogger(JDBC_ERROR_LOGGER).warn("capture-probe");
            });

    assertThat(logged).contains("capture-probe");
    assertThat(logged.lines().filter(l -> l.contains("WARN") && !l.contains("capture-probe")))
        .as("Hibernate warnings")
        .isEmpty();
    assertThat(site.articles().findBySlug("taken")).contains(first);
    assertThat(site.articles().findById(other.id())).contains(other);
    assertThat(site.tags().findById(otherTag.id())).contains(otherTag);
  }

  /**
   * Runs work while every event of Hibernate's loggers is captured. logback-test.xml switches
   * Hibernate's statement-error logger off for the whole suite (other tests provoke constraint
   * violations on purpose); for the work's duration it is set to WARN.
   *
   * @return the captured Hibernate lines at WARN or above, one per line
   */
  private static String captureHibernateWarnings(ThrowingRunnable work) throws Exception {
    ch.qos.logback.classic.Logger logger =
        (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(JDBC_ERROR_LOGGER);
    Level before = logger.getLevel();
    logger.setLevel(Level.WARN);
    try (LogCapture capture = LogCapture.everything()) {
      work.run();
      return capture
          .text()
          .lines()
          .filter(l -> l.startsWith("WARN org.hibernate") || l.startsWith("ERROR org.hibernate"))
          .reduce("", (a, b) -> a + b + "\n");
    } finally {
      logger.setLevel(before);
    }
  }

  @FunctionalInterface
  private interface ThrowingRunnable {
    void run() throws Exception;
  }
}
