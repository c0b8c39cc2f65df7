package io.dateline.cms.testkit;

import io.dateline.cms.spi.ArticleRepository;
import io.dateline.cms.spi.ContentStorage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The related-news contract ({@link ArticleRepository#related}) as JUnit 5 tests: the editors'
 * picks first in their order, then the newest published articles of the language that share a tag
 * or the section, never the article itself, never an unpublished or foreign one, and no article of
 * another tenant even when it carries the same ids. Also checks that notices round-trip. It is part
 * of {@link StorageCompatibilityKit}, which supplies {@link #relatedStorage()}.
 *
 * <p>Every test works in tenants with fresh ids, so the storage may be shared between tests.
 *
 * @since 0.1.0
 */
public interface RelatedArticlesContract {

  /**
   * The storage under test, for the running test; not closed by these tests.
   *
   * @return the storage; never {@code null}
   */
  ContentStorage relatedStorage();

  @Test
  @DisplayName(
      "related news: the picks in the editors' order, then the newest tag or section matches")
  default void relatedPicksFirstThenNewestMatches() {
    new RelatedChecks(relatedStorage()).picksFirstThenNewestMatches();
  }

  @Test
  @DisplayName(
      "related news: automatic matches are cut to the number asked for, 0 keeps only picks")
  default void relatedAutomaticMatchesAreCounted() {
    new RelatedChecks(relatedStorage()).automaticMatchesAreCounted();
  }

  @Test
  @DisplayName(
      "related news: unpublished, deleted, other-language picks and the article itself drop out")
  default void relatedDropsWhatReadersCannotSee() {
    new RelatedChecks(relatedStorage()).dropsWhatReadersCannotSee();
  }

  @Test
  @DisplayName(
      "related news never crosses tenants, even with the same article, tag and section ids")
  default void relatedStaysInItsTenant() {
    new RelatedChecks(relatedStorage()).staysInItsTenant();
  }

  @Test
  @DisplayName("related news: an article with nothing to match has no related news")
  default void relatedOfALoneArticleIsEmpty() {
    new RelatedChecks(relatedStorage()).loneArticleHasNone();
  }

  @Test
  @DisplayName("notices round-trip in order, through insert and update, and can be removed")
  default void noticesRoundTrip() {
    new RelatedChecks(relatedStorage()).noticesRoundTrip();
  }
}
