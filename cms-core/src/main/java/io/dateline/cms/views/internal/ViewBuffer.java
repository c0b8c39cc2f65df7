package io.dateline.cms.views.internal;

import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.TenantId;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.jspecify.annotations.Nullable;

/**
 * The views one node recorded during one flush window, by tenant, article and UTC day.
 *
 * <p>Thread-safe and lock-free. Recording an article already in the buffer allocates nothing: one
 * map look-up by the caller's own article id, a check of the entry's tenant, a short walk of the
 * article's day list (one node, two around midnight) and a {@link LongAdder} increment, which
 * spreads contended updates over cells so that threads viewing the same hot article do not fight
 * over one cache line.
 *
 * <p>Article ids are unique across tenants, so the map is keyed by article id alone, which saves a
 * second look-up per view. Tenants still never share counts: each entry names its tenant, and a
 * caller who passes the same article id under another tenant gets a separate entry chained behind
 * the first.
 *
 * <p>A buffer is filled during one window and then drained by the flusher with {@link
 * LongAdder#sumThenReset()}, which takes each cell with an atomic get-and-set: an increment landing
 * while the drain runs is either in the drained sum or left in the cell, never both and never lost.
 * Views left behind that way are collected by the recorder that added them (see {@code
 * ViewCounter}), so a buffer needs no lock and no reference counting.
 *
 * @since 0.1.0
 */
public final class ViewBuffer {
  private final ConcurrentHashMap<ArticleId, ArticleViews> articles = new ConcurrentHashMap<>();
  private final AtomicInteger articleCount = new AtomicInteger();
  private final int fullAt;
  private final Runnable whenFull;

  /**
   * Creates an empty buffer.
   *
   * @param fullAt the number of distinct articles at which {@code whenFull} runs
   * @param whenFull called once, on the recording thread, when the buffer reaches {@code fullAt}
   *     articles; must be cheap and must not block
   */
  public ViewBuffer(int fullAt, Runnable whenFull) {
    this.fullAt = fullAt;
    this.whenFull = whenFull;
  }

  /**
   * The counts of one article, created on its first view in this buffer.
   *
   * @param tenantId the tenant
   * @param articleId the article
   * @param epochDay the UTC day of the view that asks, used for a new entry's first day
   * @return the article's counts
   */
  public ArticleViews article(TenantId tenantId, ArticleId articleId, long epochDay) {
    ArticleViews views = ArticleViews.find(articles.get(articleId), tenantId);
    return views != null ? views : create(tenantId, articleId, epochDay);
  }

  private ArticleViews create(TenantId tenantId, ArticleId articleId, long epochDay) {
    ArticleViews[] result = new ArticleViews[1];
    boolean[] created = new boolean[1];
    articles.compute(
        articleId,
        (id, first) -> {
          ArticleViews existing = ArticleViews.find(first, tenantId);
          if (existing != null) {
            result[0] = existing;
            return first;
          }
          result[0] = new ArticleViews(tenantId, epochDay, first);
          created[0] = true;
          return result[0];
        });
    if (created[0] && articleCount.incrementAndGet() == fullAt) {
      whenFull.run();
    }
    return result[0];
  }

  /**
   * Views of one article not yet drained.
   *
   * @param tenantId the tenant
   * @param articleId the article
   * @return the sum over its days; a moving target while views arrive
   */
  public long pending(TenantId tenantId, ArticleId articleId) {
    ArticleViews views = ArticleViews.find(articles.get(articleId), tenantId);
    return views == null ? 0 : views.sum();
  }

  /**
   * All views not yet drained.
   *
   * @return the sum
   */
  public long pendingViews() {
    long sum = 0;
    for (ArticleViews first : articles.values()) {
      for (ArticleViews views = first; views != null; views = views.otherTenant) {
        sum += views.sum();
      }
    }
    return sum;
  }

  /**
   * Distinct articles recorded into this buffer.
   *
   * @return the count
   */
  public int articleCount() {
    return articleCount.get();
  }

  /**
   * Moves every view into a tally, leaving the buffer's counters at zero.
   *
   * @param target receives the views
   */
  public void drainTo(ViewTally target) {
    articles.forEach(
        (articleId, first) -> {
          for (ArticleViews views = first; views != null; views = views.otherTenant) {
            views.drainTo(articleId, target);
          }
        });
  }

  /** Receives the views of one day taken out of an article's counts. */
  @FunctionalInterface
  public interface DaySink {
    /**
     * Accepts drained views.
     *
     * @param epochDay the UTC day
     * @param count how many, at least 1
     */
    void accept(long epochDay, long count);
  }

  /**
   * The views of one article in one buffer, per UTC day.
   *
   * <p>Days form an immutable list that only grows at the head, by compare-and-set, so readers walk
   * it without locks. A buffer lives one flush window, so the list rarely holds more than one day.
   */
  public static final class ArticleViews {
    private static final VarHandle HEAD;

    static {
      try {
        HEAD = MethodHandles.lookup().findVarHandle(ArticleViews.class, "head", DayViews.class);
      } catch (ReflectiveOperationException e) {
        throw new ExceptionInInitializerError(e);
      }
    }

    private final TenantId tenantId;

    /** An entry for the same article id under another tenant; almost always {@code null}. */
    private final @Nullable ArticleViews otherTenant;

    private volatile DayViews head;

    ArticleViews(TenantId tenantId, long firstDay, @Nullable ArticleViews otherTenant) {
      this.tenantId = tenantId;
      this.otherTenant = otherTenant;
      this.head = new DayViews(firstDay, null);
    }

    static @Nullable ArticleViews find(@Nullable ArticleViews first, TenantId tenantId) {
      for (ArticleViews views = first; views != null; views = views.otherTenant) {
        if (views.tenantId.equals(tenantId)) {
          return views;
        }
      }
      return null;
    }

    /**
     * Adds views on a day.
     *
     * @param epochDay the UTC day
     * @param count how many
     */
    public void add(long epochDay, long count) {
      counter(epochDay).add(count);
    }

    private LongAdder counter(long epochDay) {
      while (true) {
        DayViews first = head;
        for (DayViews d = first; d != null; d = d.next) {
          if (d.epochDay == epochDay) {
            return d.views;
          }
        }
        DayViews added = new DayViews(epochDay, first);
        if (HEAD.compareAndSet(this, first, added)) {
          return added.views;
        }
      }
    }

    long sum() {
      long sum = 0;
      for (DayViews d = head; d != null; d = d.next) {
        sum += d.views.sum();
      }
      return sum;
    }

    /**
     * Takes every view out, day by day.
     *
     * @param sink receives each day's views that were not zero
     */
    public void drain(DaySink sink) {
      for (DayViews d = head; d != null; d = d.next) {
        long count = d.views.sumThenReset();
        if (count != 0) {
          sink.accept(d.epochDay, count);
        }
      }
    }

    void drainTo(ArticleId articleId, ViewTally target) {
      drain((day, count) -> target.add(tenantId, articleId, day, count));
    }
  }

  private static final class DayViews {
    final long epochDay;
    final LongAdder views = new LongAdder();
    final @Nullable DayViews next;

    DayViews(long epochDay, @Nullable DayViews next) {
      this.epochDay = epochDay;
      this.next = next;
    }
  }
}
