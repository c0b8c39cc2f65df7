package io.dateline.cms.search;

import io.dateline.cms.ArticleListing;
import io.dateline.cms.TenantContent;
import io.dateline.cms.model.Article;
import io.dateline.cms.query.ArticleQuery;
import io.dateline.cms.query.PageCursor;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Every published article of a tenant, in all languages, newest first, read from storage one page
 * of {@value #PAGE} at a time as the iteration goes (keyset paging, so articles published meanwhile
 * do not shift the pages). What {@link SearchIndex#rebuild(TenantContent)} feeds an index.
 */
public final class PublishedArticles implements Iterable<Article> {
  /** Articles read per storage call. */
  public static final int PAGE = 200;

  private final TenantContent content;

  private PublishedArticles(TenantContent content) {
    this.content = content;
  }

  /**
   * The published articles of a tenant.
   *
   * @param content the tenant's content
   * @return an iterable that reads storage each time it is iterated
   */
  public static PublishedArticles of(TenantContent content) {
    return new PublishedArticles(Objects.requireNonNull(content, "content"));
  }

  @Override
  public Iterator<Article> iterator() {
    return new Iterator<>() {
      private List<Article> page = List.of();
      private int next;
      private @Nullable PageCursor cursor;
      private boolean last;

      @Override
      public boolean hasNext() {
        while (next >= page.size() && !last) {
          ArticleQuery query = ArticleQuery.published().limit(PAGE);
          ArticleListing listing =
              content.articles().list(cursor == null ? query : query.after(cursor));
          page = listing.articles();
          next = 0;
          cursor = listing.next();
          last = cursor == null;
        }
        return next < page.size();
      }

      @Override
      public Article next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return page.get(next++);
      }
    };
  }
}
