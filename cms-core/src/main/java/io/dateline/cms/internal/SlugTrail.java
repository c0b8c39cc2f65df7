package io.dateline.cms.internal;

import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.AuthorId;
import io.dateline.cms.model.LocationId;
import io.dateline.cms.model.SectionId;
import io.dateline.cms.model.TagId;
import io.dateline.cms.spi.SlugHistory;
import io.dateline.cms.spi.SlugKind;
import io.dateline.cms.spi.TenantStorage;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The services' access to a tenant's {@link SlugHistory}. A backend without slug history (its
 * {@link TenantStorage#slugHistory()} refuses) keeps working: renames record nothing there and
 * look-ups find nothing.
 *
 * @since 0.1.0
 */
public final class SlugTrail {
  private static final Logger LOG = LoggerFactory.getLogger(SlugTrail.class);

  private final @Nullable SlugHistory history;

  /**
   * Creates the trail of one tenant.
   *
   * @param storage the tenant's storage
   */
  public SlugTrail(TenantStorage storage) {
    SlugHistory found;
    try {
      found = storage.slugHistory();
    } catch (UnsupportedOperationException e) {
      LOG.debug("{} keeps no slug history: old URLs will not redirect", storage.getClass());
      found = null;
    }
    this.history = found;
  }

  /**
   * Records a rename, when the slug did change.
   *
   * @param kind the kind
   * @param oldSlug the slug before
   * @param newSlug the slug after
   * @param target the renamed object's id
   */
  public void renamed(SlugKind kind, String oldSlug, String newSlug, UUID target) {
    if (history != null && !oldSlug.equals(newSlug)) {
      history.record(kind, oldSlug, target);
    }
  }

  /**
   * Runs a write that may move an object to another slug and, when it does, records the old slug
   * with it (in the write's transaction where the backend can; see {@link SlugHistory#recordWith}).
   *
   * @param kind the kind
   * @param oldSlug the slug before
   * @param newSlug the slug the write gives the object
   * @param target the object's id
   * @param write the write
   * @param <R> what it returns
   * @return what it returned
   */
  public <R> R renamedWith(
      SlugKind kind, String oldSlug, String newSlug, UUID target, Supplier<R> write) {
    SlugHistory h = history;
    if (h == null || oldSlug.equals(newSlug)) {
      return write.get();
    }
    return h.recordWith(kind, oldSlug, target, write);
  }

  /**
   * Records that a slug now leads to another object (a merge).
   *
   * @param kind the kind
   * @param oldSlug the slug
   * @param target where it leads
   */
  public void record(SlugKind kind, String oldSlug, UUID target) {
    if (history != null) {
      history.record(kind, oldSlug, target);
    }
  }

  /**
   * Moves every record leading to {@code from} to {@code to}.
   *
   * @param kind the kind
   * @param from the old target
   * @param to the new target
   */
  public void retarget(SlugKind kind, UUID from, UUID to) {
    if (history != null) {
      history.retarget(kind, from, to);
    }
  }

  /**
   * Forgets the records leading to a deleted object.
   *
   * @param kind the kind
   * @param target the deleted object's id
   */
  public void forget(SlugKind kind, UUID target) {
    if (history != null) {
      history.forget(kind, target);
    }
  }

  /**
   * The object a former slug leads to.
   *
   * @param kind the kind
   * @param oldSlug the slug
   * @return its id, or empty
   */
  public Optional<UUID> find(SlugKind kind, String oldSlug) {
    return history == null ? Optional.empty() : history.find(kind, oldSlug);
  }

  /**
   * The kind of a directory service by its name in messages.
   *
   * @param name {@code author}, {@code tag}, {@code location} or {@code section}
   * @return the kind
   * @throws IllegalArgumentException for another name
   */
  public static SlugKind kindNamed(String name) {
    return switch (name) {
      case "author" -> SlugKind.AUTHOR;
      case "tag" -> SlugKind.TAG;
      case "location" -> SlugKind.LOCATION;
      case "section" -> SlugKind.SECTION;
      default -> throw new IllegalArgumentException("no slug kind named " + name);
    };
  }

  /**
   * The UUID inside one of the id types.
   *
   * @param id an article, author, tag, location or section id
   * @return its value
   * @throws IllegalArgumentException for another type
   */
  public static UUID uuidOf(Object id) {
    if (id instanceof ArticleId a) {
      return a.value();
    }
    if (id instanceof AuthorId a) {
      return a.value();
    }
    if (id instanceof TagId t) {
      return t.value();
    }
    if (id instanceof LocationId l) {
      return l.value();
    }
    if (id instanceof SectionId s) {
      return s.value();
    }
    throw new IllegalArgumentException("not an id with a slug: " + id.getClass().getName());
  }
}
