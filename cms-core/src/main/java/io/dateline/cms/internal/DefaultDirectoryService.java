package io.dateline.cms.internal;

import io.dateline.cms.Action;
import io.dateline.cms.DirectoryService;
import io.dateline.cms.NotFoundException;
import io.dateline.cms.ReferenceInUseException;
import io.dateline.cms.ValidationException;
import io.dateline.cms.Violation;
import io.dateline.cms.audit.AuditAction;
import io.dateline.cms.audit.AuditSubject;
import io.dateline.cms.internal.validation.CommandValidator;
import io.dateline.cms.model.LocalizedText;
import io.dateline.cms.model.Tenant;
import io.dateline.cms.query.ArticleQuery;
import io.dateline.cms.spi.DirectoryRepository;
import io.dateline.cms.spi.TenantStorage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The one implementation behind the author, tag, location and section services; the kinds differ
 * only in how an object is built from its draft and which articles refer to it.
 *
 * @param <T> stored type
 * @param <I> id type
 * @param <D> draft type
 * @since 0.1.0
 */
public class DefaultDirectoryService<T, I, D> implements DirectoryService<T, I, D> {

  /**
   * What distinguishes one kind of directory object from another.
   *
   * @param name the kind's name in messages, such as {@code tag}
   * @param repository the tenant's repository of this kind
   * @param newId mints an id
   * @param slugOfDraft the draft's explicit slug, or {@code null}
   * @param nameOfDraft the draft's localized name
   * @param build builds the object from id, slug and draft
   * @param slugOf the stored object's slug
   * @param extraChecks further rules needing storage (such as a section's parent existing)
   * @param referencingArticles the query finding articles that refer to an id, or {@code null} for
   *     a kind no article refers to
   * @param auditSubject the subject of the kind's audit entries
   * @param custom whether this is an application-defined kind ({@link
   *     io.dateline.cms.DirectoryKind}): its audit entries name the kind in their detail, its
   *     renames keep no slug history, its drafts' generic rules run only once the draft passed its
   *     own validation, and its deletes count no articles
   * @param <T> stored type
   * @param <I> id type
   * @param <D> draft type
   */
  public record Kind<T, I, D>(
      String name,
      DirectoryRepository<T, I> repository,
      java.util.function.Supplier<I> newId,
      Function<D, String> slugOfDraft,
      Function<D, LocalizedText> nameOfDraft,
      TriFunction<I, String, D, T> build,
      Function<T, String> slugOf,
      BiFunction<I, D, List<Violation>> extraChecks,
      Function<I, @Nullable ArticleQuery> referencingArticles,
      AuditSubject auditSubject,
      boolean custom) {

    /**
     * A built-in kind, whose audit subject is named like the kind.
     *
     * @param name the kind's name in messages, such as {@code tag}
     * @param repository the tenant's repository of this kind
     * @param newId mints an id
     * @param slugOfDraft the draft's explicit slug, or {@code null}
     * @param nameOfDraft the draft's localized name
     * @param build builds the object from id, slug and draft
     * @param slugOf the stored object's slug
     * @param extraChecks further rules needing storage (such as a section's parent existing)
     * @param referencingArticles the query finding articles that refer to an id
     */
    public Kind(
        String name,
        DirectoryRepository<T, I> repository,
        java.util.function.Supplier<I> newId,
        Function<D, String> slugOfDraft,
        Function<D, LocalizedText> nameOfDraft,
        TriFunction<I, String, D, T> build,
        Function<T, String> slugOf,
        BiFunction<I, D, List<Violation>> extraChecks,
        Function<I, @Nullable ArticleQuery> referencingArticles) {
      this(
          name,
          repository,
          newId,
          slugOfDraft,
          nameOfDraft,
          build,
          slugOf,
          extraChecks,
          referencingArticles,
          AuditSubject.valueOf(name.toUpperCase(Locale.ROOT)),
          false);
    }
  }

  /**
   * A function of three arguments.
   *
   * @param <A> first
   * @param <B> second
   * @param <C> third
   * @param <R> result
   */
  @FunctionalInterface
  public interface TriFunction<A, B, C, R> {
    /**
     * Applies the function.
     *
     * @param a first
     * @param b second
     * @param c third
     * @return the result
     */
    R apply(A a, B b, C c);
  }

  private final Tenant tenant;
  private final TenantStorage storage;
  private final CommandValidator validator;
  private final SlugAssigner slugs;
  private final ChangeNotifier changes;
  private final Kind<T, I, D> kind;
  private final CommandGuard guard;
  private final SlugTrail slugTrail;

  /**
   * Creates the service.
   *
   * @param tenant the tenant
   * @param storage its storage
   * @param validator the command validator
   * @param slugs the slug assigner
   * @param changes signalled after every successful write, to wake change-feed followers
   * @param kind the kind's specifics
   * @param guard authorizes the commands and records them in the audit log
   */
  public DefaultDirectoryService(
      Tenant tenant,
      TenantStorage storage,
      CommandValidator validator,
      SlugAssigner slugs,
      ChangeNotifier changes,
      Kind<T, I, D> kind,
      CommandGuard guard) {
    this.guard = guard;
    this.tenant = tenant;
    this.storage = storage;
    this.validator = validator;
    this.slugs = slugs;
    this.changes = changes;
    this.kind = kind;
    this.slugTrail = new SlugTrail(storage);
  }

  @Override
  public T create(D draft) {
    authorize();
    I id = kind.newId().get();
    validate(id, draft);
    T created =
        guard.record(
            AuditAction.CREATED,
            kind.auditSubject(),
            id,
            null,
            detail(),
            () ->
                slugs.store(
                    kind.slugOfDraft().apply(draft),
                    kind.nameOfDraft().apply(draft).resolve(tenant.defaultLocale(), null),
                    tenant.defaultLocale(),
                    slug -> kind.repository().findBySlug(slug).isPresent(),
                    slug -> {
                      T value = kind.build().apply(id, slug, draft);
                      kind.repository().insert(value);
                      return value;
                    }));
    changes.signal();
    return created;
  }

  @Override
  public T update(I id, D draft) {
    authorize();
    T current = get(id);
    validate(id, draft);
    String slug =
        Objects.requireNonNullElse(kind.slugOfDraft().apply(draft), kind.slugOf().apply(current));
    T next = kind.build().apply(id, slug, draft);
    guard.record(
        AuditAction.UPDATED,
        kind.auditSubject(),
        id,
        null,
        detail(),
        () -> {
          if (kind.custom()) {
            kind.repository().update(next);
            return next;
          }
          // The old URL keeps working: its slug now leads to this object (docs/redirects.md),
          // recorded in the update's transaction where the backend can.
          return slugTrail.renamedWith(
              SlugTrail.kindNamed(kind.name()),
              kind.slugOf().apply(current),
              slug,
              SlugTrail.uuidOf(id),
              () -> {
                kind.repository().update(next);
                return next;
              });
        });
    changes.signal();
    return next;
  }

  @Override
  public void delete(I id) {
    authorize();
    get(id);
    ArticleQuery referencing = kind.referencingArticles().apply(id);
    long users = referencing == null ? 0 : storage.articles().count(referencing);
    if (users > 0) {
      throw new ReferenceInUseException(kind.name(), id, users);
    }
    if (guard.record(
        AuditAction.DELETED,
        kind.auditSubject(),
        id,
        null,
        detail(),
        () -> kind.repository().delete(id))) {
      if (!kind.custom()) {
        slugTrail.forget(SlugTrail.kindNamed(kind.name()), SlugTrail.uuidOf(id));
      }
      changes.signal();
    }
  }

  @Override
  public Optional<T> find(I id) {
    Objects.requireNonNull(id, () -> kind.name() + " id must not be null");
    return kind.repository().findById(id);
  }

  @Override
  public T get(I id) {
    return find(id).orElseThrow(() -> new NotFoundException(kind.name(), id, tenant.id()));
  }

  @Override
  public Optional<T> findBySlug(String slug) {
    Objects.requireNonNull(slug, "slug must not be null");
    return kind.repository().findBySlug(slug);
  }

  @Override
  public List<T> list(@Nullable String afterSlug, int limit) {
    if (limit < 1 || limit > 1000) {
      throw ValidationException.of(kind.name(), "limit", "Range", "must be between 1 and 1000");
    }
    return kind.repository().list(afterSlug, limit);
  }

  /**
   * Asks the authorizer whether the actor may change the directory; every command of this service
   * calls it first, and so should a subclass's command that reads before delegating here.
   *
   * @throws io.dateline.cms.AccessDeniedException when the authorizer refuses
   */
  protected final void authorize() {
    guard.authorize(Action.MANAGE_DIRECTORIES, null);
  }

  /** An application-defined kind's entries share one audit subject; the detail tells them apart. */
  private @Nullable String detail() {
    return kind.custom() ? "kind " + kind.name() : null;
  }

  private void validate(I id, D draft) {
    if (draft == null) {
      throw ValidationException.of(kind.name(), "", "NotNull", "the draft must not be null");
    }
    List<Violation> violations = new ArrayList<>(validator.violations(draft));
    if (kind.custom()) {
      // The kind's functions read the draft's fields; they may assume the draft's own rules hold.
      CommandValidator.throwIfAny(kind.name(), violations);
    }
    violations.addAll(kind.extraChecks().apply(id, draft));
    CommandValidator.throwIfAny(kind.name(), violations);
  }
}
