package io.dateline.cms.site.internal;

import io.dateline.cms.SlugRedirects;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.ArticleStatus;
import io.dateline.cms.render.FeedScope;
import io.dateline.cms.render.ListingSubject;
import io.dateline.cms.site.SitePage;
import java.util.Objects;
import java.util.Optional;

/**
 * What the site makes of a slug that names nothing current: where a former slug leads (slug
 * history), and whether an article was retracted.
 */
final class Redirects {
  private Redirects() {}

  /**
   * Whether an article was taken down after it had been public: it was published once ({@code
   * firstPublishedAt} set) and is now unpublished or archived. Its URL answers {@code 410 Gone}; a
   * draft or scheduled article that was never public stays a {@code 404}, as does a deleted one
   * (nothing of it is left to tell).
   */
  static boolean isRetracted(Article article) {
    return article.firstPublishedAt() != null
        && (article.status() == ArticleStatus.UNPUBLISHED
            || article.status() == ArticleStatus.ARCHIVED);
  }

  /** The listed object a former slug of a listing kind leads to. */
  static Optional<ListingSubject> listing(
      SlugRedirects redirects, SitePage.ListingKind kind, String slug) {
    return switch (kind) {
      case SECTION -> redirects.section(slug).map(ListingSubject::of);
      case TAG -> redirects.tag(slug).map(ListingSubject::of);
      case AUTHOR -> redirects.author(slug).map(ListingSubject::of);
      case LOCATION -> redirects.location(slug).map(ListingSubject::of);
    };
  }

  /** The scope of a section or tag feed whose slug is a former one. */
  static Optional<FeedScope> feedScope(SlugRedirects redirects, SitePage.Feed page) {
    if (page.kind() == null) {
      return Optional.empty();
    }
    String slug = Objects.requireNonNull(page.slug(), "slug");
    if (page.kind() == SitePage.ListingKind.SECTION) {
      return redirects.section(slug).map(s -> FeedScope.section(s, page.language()));
    }
    if (page.kind() == SitePage.ListingKind.TAG) {
      return redirects.tag(slug).map(t -> FeedScope.tag(t, page.language()));
    }
    return Optional.empty();
  }
}
