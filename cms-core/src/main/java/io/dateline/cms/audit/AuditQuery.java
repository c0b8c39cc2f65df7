package io.dateline.cms.audit;

import io.dateline.cms.model.ArticleId;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Which audit entries to read: every filter that is set must match, and the result comes newest
 * first, cut into pages by {@linkplain AuditEntry#sequence() sequence}.
 *
 * <pre>{@code
 * AuditQuery lastWeek = AuditQuery.builder()
 *     .actor("ed-42")
 *     .from(now.minus(Duration.ofDays(7)))
 *     .limit(100)
 *     .build();
 * }</pre>
 *
 * <p>The values are checked when the query runs ({@link io.dateline.cms.AuditTrail#query}), so that
 * a bad one comes back as a {@link io.dateline.cms.ValidationException} naming the field.
 *
 * @since 0.1.0
 */
public final class AuditQuery {
  /** The page size when none is set. */
  public static final int DEFAULT_LIMIT = 50;

  /** The largest page size. */
  public static final int MAX_LIMIT = 1000;

  private final @Nullable ArticleId article;
  private final @Nullable String actorId;
  private final @Nullable Instant from;
  private final @Nullable Instant until;
  private final long before;
  private final int limit;

  private AuditQuery(Builder b) {
    this.article = b.article;
    this.actorId = b.actorId;
    this.from = b.from;
    this.until = b.until;
    this.before = b.before;
    this.limit = b.limit;
  }

  /**
   * A query for every entry, newest first, {@value #DEFAULT_LIMIT} a page.
   *
   * @return the query
   */
  public static AuditQuery all() {
    return builder().build();
  }

  /**
   * Starts a query with no filter.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this query's values.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.article = article;
    b.actorId = actorId;
    b.from = from;
    b.until = until;
    b.before = before;
    b.limit = limit;
    return b;
  }

  /**
   * Only entries about this article.
   *
   * @return the article, or {@code null} for any
   */
  public @Nullable ArticleId article() {
    return article;
  }

  /**
   * Only entries of this actor.
   *
   * @return the actor's id, or {@code null} for any
   */
  public @Nullable String actorId() {
    return actorId;
  }

  /**
   * Only entries at or after this time.
   *
   * @return the time, or {@code null} for no lower bound
   */
  public @Nullable Instant from() {
    return from;
  }

  /**
   * Only entries strictly before this time.
   *
   * @return the time, or {@code null} for no upper bound
   */
  public @Nullable Instant until() {
    return until;
  }

  /**
   * Only entries with a smaller sequence: the page cursor.
   *
   * @return the bound; {@link Long#MAX_VALUE} for the first page
   */
  public long before() {
    return before;
  }

  /**
   * The most entries to return.
   *
   * @return the page size
   */
  public int limit() {
    return limit;
  }

  /**
   * Whether an entry passes every filter of this query, the cursor included (not the limit).
   *
   * @param entry the entry
   * @return {@code true} when it matches
   */
  public boolean matches(AuditEntry entry) {
    return entry.sequence() < before
        && (article == null || article.equals(entry.articleId()))
        && (actorId == null || actorId.equals(entry.actorId()))
        && (from == null || !entry.at().isBefore(from))
        && (until == null || entry.at().isBefore(until));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof AuditQuery q
        && Objects.equals(article, q.article)
        && Objects.equals(actorId, q.actorId)
        && Objects.equals(from, q.from)
        && Objects.equals(until, q.until)
        && before == q.before
        && limit == q.limit;
  }

  @Override
  public int hashCode() {
    return Objects.hash(article, actorId, from, until, before, limit);
  }

  @Override
  public String toString() {
    return "AuditQuery[article="
        + article
        + ", actorId="
        + actorId
        + ", from="
        + from
        + ", until="
        + until
        + ", before="
        + before
        + ", limit="
        + limit
        + "]";
  }

  /** Builds an {@link AuditQuery}; not thread-safe. */
  public static final class Builder {
    private @Nullable ArticleId article;
    private @Nullable String actorId;
    private @Nullable Instant from;
    private @Nullable Instant until;
    private long before = Long.MAX_VALUE;
    private int limit = DEFAULT_LIMIT;

    private Builder() {}

    /**
     * Keeps only entries about one article.
     *
     * @param article the article, or {@code null} for any
     * @return this builder
     */
    public Builder article(@Nullable ArticleId article) {
      this.article = article;
      return this;
    }

    /**
     * Keeps only one actor's entries.
     *
     * @param actorId the actor's id, or {@code null} for any
     * @return this builder
     */
    public Builder actor(@Nullable String actorId) {
      this.actorId = actorId;
      return this;
    }

    /**
     * Keeps only entries at or after a time.
     *
     * @param from the inclusive lower bound, or {@code null} for none
     * @return this builder
     */
    public Builder from(@Nullable Instant from) {
      this.from = from;
      return this;
    }

    /**
     * Keeps only entries strictly before a time.
     *
     * @param until the exclusive upper bound, or {@code null} for none
     * @return this builder
     */
    public Builder until(@Nullable Instant until) {
      this.until = until;
      return this;
    }

    /**
     * Starts the page after a previous one: only entries with a smaller sequence.
     *
     * @param sequence {@link AuditPage#next()} of the previous page
     * @return this builder
     */
    public Builder before(long sequence) {
      this.before = sequence;
      return this;
    }

    /**
     * Sets the page size.
     *
     * @param limit 1 to {@value AuditQuery#MAX_LIMIT}; default {@value AuditQuery#DEFAULT_LIMIT}
     * @return this builder
     */
    public Builder limit(int limit) {
      this.limit = limit;
      return this;
    }

    /**
     * Builds the query.
     *
     * @return the query
     */
    public AuditQuery build() {
      return new AuditQuery(this);
    }
  }
}
