package io.dateline.cms;

import io.dateline.cms.internal.SlugTrail;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.Author;
import io.dateline.cms.model.AuthorId;
import io.dateline.cms.model.Location;
import io.dateline.cms.model.LocationId;
import io.dateline.cms.model.Section;
import io.dateline.cms.model.SectionId;
import io.dateline.cms.model.Tag;
import io.dateline.cms.model.TagId;
import io.dateline.cms.spi.SlugKind;
import io.dateline.cms.spi.TenantStorage;
import java.util.Objects;
import java.util.Optional;

/**
 * Where one tenant's former slugs lead: the object an old slug named before a rename (or a tag
 * merge), as it is now, so that a site can redirect the old URL to the current one. Reached from
 * {@link TenantContent#redirects()}.
 *
 * <p>Ask only for a slug that no current object of the kind has: a current owner always wins over
 * the history (a freed slug may be reused by new content). Chains collapse: after {@code a → b →
 * c}, both {@code a} and {@code b} lead to the object whose slug is now {@code c}. A former slug of
 * a deleted object leads nowhere. Each look-up is two storage reads (the record, then the object)
 * and only happens on a miss. Status is not filtered: the caller decides what to do with, say, an
 * unpublished article.
 *
 * @since 0.1.0
 */
public final class SlugRedirects {
  private final TenantStorage storage;
  private final SlugTrail trail;

  SlugRedirects(TenantStorage storage) {
    this.storage = storage;
    this.trail = new SlugTrail(storage);
  }

  /**
   * The article a former article slug leads to.
   *
   * @param oldSlug the slug; never {@code null}
   * @return the article as it is now, any status; or empty
   */
  public Optional<Article> article(String oldSlug) {
    return find(SlugKind.ARTICLE, oldSlug)
        .flatMap(id -> storage.articles().findById(ArticleId.of(id)));
  }

  /**
   * The section a former section slug leads to.
   *
   * @param oldSlug the slug; never {@code null}
   * @return the section as it is now, or empty
   */
  public Optional<Section> section(String oldSlug) {
    return find(SlugKind.SECTION, oldSlug)
        .flatMap(id -> storage.sections().findById(SectionId.of(id)));
  }

  /**
   * The tag a former tag slug leads to, after renames and merges.
   *
   * @param oldSlug the slug; never {@code null}
   * @return the tag as it is now, or empty
   */
  public Optional<Tag> tag(String oldSlug) {
    return find(SlugKind.TAG, oldSlug).flatMap(id -> storage.tags().findById(TagId.of(id)));
  }

  /**
   * The author a former author slug leads to.
   *
   * @param oldSlug the slug; never {@code null}
   * @return the author as they are now, or empty
   */
  public Optional<Author> author(String oldSlug) {
    return find(SlugKind.AUTHOR, oldSlug)
        .flatMap(id -> storage.authors().findById(AuthorId.of(id)));
  }

  /**
   * The location a former location slug leads to.
   *
   * @param oldSlug the slug; never {@code null}
   * @return the location as it is now, or empty
   */
  public Optional<Location> location(String oldSlug) {
    return find(SlugKind.LOCATION, oldSlug)
        .flatMap(id -> storage.locations().findById(LocationId.of(id)));
  }

  private Optional<java.util.UUID> find(SlugKind kind, String oldSlug) {
    Objects.requireNonNull(oldSlug, "slug must not be null");
    return trail.find(kind, oldSlug);
  }
}
