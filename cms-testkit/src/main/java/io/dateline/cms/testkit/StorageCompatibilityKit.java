package io.dateline.cms.testkit;

import io.dateline.cms.spi.ContentStorage;

/**
 * The whole storage SPI contract ({@code io.dateline.cms.spi}) as JUnit 5 tests: every contract
 * interface of this package, fed by one method. A backend proves that it keeps the contract with a
 * test class of a few lines:
 *
 * <pre>{@code
 * class MyStorageCompatibilityTest implements StorageCompatibilityKit {
 *   private static final MyStorage STORAGE = MyStorage.connect(...);
 *
 *   @Override
 *   public ContentStorage storage() {
 *     return STORAGE;
 *   }
 * }
 * }</pre>
 *
 * <p>A backend that keeps only part of the contract, or wants one contract on another storage,
 * implements the contract interfaces it needs one by one instead ({@link TenantContract}, {@link
 * ArticleContract}, {@link ListingContract}, {@link ChangeFeedContract} ...); each has one abstract
 * method giving its storage.
 *
 * <p><b>Tests are independent and share nothing.</b> {@link #storage()} is called once per test; it
 * may return a new storage each time (JUnit creates a new instance of the test class per test, so a
 * field initialised with a new storage does that) or one storage shared by every test. Tests create
 * their own tenants with unique ids and never assume the store is empty, and they never close the
 * storage: a backend may hand out one shared database and never clean it. Only the tests that run
 * {@link io.dateline.cms.Dateline#publishDue()} touch other tenants' content (it publishes whatever
 * is due in the whole store, as it would in production); their assertions look only at their own
 * tenant. Two change-feed tests read the whole feed and assume that nothing outside the running
 * test writes meanwhile, which holds when tests run one at a time, as JUnit runs them by default.
 *
 * <p><b>The kit assumes nothing beyond the SPI's Javadoc.</b> It never measures time and never
 * relies on in-memory behaviour. It stores only values that pass Dateline's validation (as the
 * services would), stores a tenant before its content, and stores the authors, tags, sections,
 * locations and articles an article refers to before the article, so backends with foreign keys
 * pass. Instants carry microsecond digits and must come back exactly; finer digits are never used,
 * since the contract lets a store drop them.
 *
 * <p><b>Concurrency tests are bounded</b>: at most {@value #THREADS} threads and a few dozen
 * operations each, with a generous timeout that only guards against deadlocks. A backend whose
 * connection pool has fewer connections than threads still passes, only more slowly.
 *
 * <p>The hostile-input properties ({@link HostileInputContract}, a jqwik test) and the view counter
 * scenarios ({@link ViewCounterCompatibilityKit}) run separately, each in a class of its own.
 */
public interface StorageCompatibilityKit
    extends TenantContract,
        ArticleContract,
        AuthorContract,
        TagContract,
        LocationContract,
        SectionContract,
        ArticleSlugContract,
        ListingContract,
        DueArticleContract,
        ConcurrencyContract,
        TenantIsolationContract,
        ViewCountContract,
        ServiceContract,
        ChangeFeedContract,
        MostReadContract,
        ReferentialIntegrityContract,
        WebhookContract,
        ImportSourceContract,
        AuditContract,
        SlugHistoryContract,
        ImageContract,
        RevisionContract,
        RelatedArticlesContract,
        ImageReferenceContract,
        DirectoryEntryContract {

  /** The most threads any race of the kit uses. */
  int THREADS = StorageChecks.THREADS;

  /**
   * The storage every contract of the kit runs against. Called once per test.
   *
   * @return the storage; never {@code null}
   */
  ContentStorage storage();

  /**
   * {@inheritDoc}
   *
   * @return {@link #storage()}
   */
  @Override
  default ContentStorage webhookStorage() {
    return storage();
  }

  /**
   * {@inheritDoc}
   *
   * @return {@link #storage()}
   */
  @Override
  default ContentStorage importSourceStorage() {
    return storage();
  }

  /**
   * {@inheritDoc}
   *
   * @return {@link #storage()}
   */
  @Override
  default ContentStorage auditStorage() {
    return storage();
  }

  /**
   * {@inheritDoc}
   *
   * @return {@link #storage()}
   */
  @Override
  default ContentStorage slugHistoryStorage() {
    return storage();
  }

  /**
   * {@inheritDoc}
   *
   * @return {@link #storage()}
   */
  @Override
  default ContentStorage imageStorage() {
    return storage();
  }

  /**
   * {@inheritDoc}
   *
   * @return {@link #storage()}
   */
  @Override
  default ContentStorage revisionStorage() {
    return storage();
  }

  /**
   * {@inheritDoc}
   *
   * @return {@link #storage()}
   */
  @Override
  default ContentStorage relatedStorage() {
    return storage();
  }

  /**
   * {@inheritDoc}
   *
   * @return {@link #storage()}
   */
  @Override
  default ContentStorage imageReferenceStorage() {
    return storage();
  }

  /**
   * {@inheritDoc}
   *
   * @return {@link #storage()}
   */
  @Override
  default ContentStorage entriesStorage() {
    return storage();
  }

  /**
   * {@inheritDoc}
   *
   * @return {@link #storage()}
   */
  @Override
  default ContentStorage tenantsStorage() {
    return storage();
  }

  /**
   * {@inheritDoc}
   *
   * @return {@link #storage()}
   */
  @Override
  default ContentStorage articlesStorage() {
    return storage();
  }

  /**
   * {@inheritDoc}
   *
   * @return {@link #storage()}
   */
  @Override
  default ContentStorage authorsStorage() {
    return storage();
  }

  /**
   * {@inheritDoc}
   *
   * @return {@link #storage()}
   */
  @Override
  default ContentStorage tagsStorage() {
    return storage();
  }

  /**
   * {@inheritDoc}
   *
   * @return {@link #storage()}
   */
  @Override
  default ContentStorage locationsStorage() {
    return storage();
  }

  /**
   * {@inheritDoc}
   *
   * @return {@link #storage()}
   */
  @Override
  default ContentStorage sectionsStorage() {
    return storage();
  }

  /**
   * {@inheritDoc}
   *
   * @return {@link #storage()}
   */
  @Override
  default ContentStorage articleSlugsStorage() {
    return storage();
  }

  /**
   * {@inheritDoc}
   *
   * @return {@link #storage()}
   */
  @Override
  default ContentStorage listingStorage() {
    return storage();
  }

  /**
   * {@inheritDoc}
   *
   * @return {@link #storage()}
   */
  @Override
  default ContentStorage dueArticlesStorage() {
    return storage();
  }

  /**
   * {@inheritDoc}
   *
   * @return {@link #storage()}
   */
  @Override
  default ContentStorage concurrencyStorage() {
    return storage();
  }

  /**
   * {@inheritDoc}
   *
   * @return {@link #storage()}
   */
  @Override
  default ContentStorage tenantIsolationStorage() {
    return storage();
  }

  /**
   * {@inheritDoc}
   *
   * @return {@link #storage()}
   */
  @Override
  default ContentStorage viewCountsStorage() {
    return storage();
  }

  /**
   * {@inheritDoc}
   *
   * @return {@link #storage()}
   */
  @Override
  default ContentStorage servicesStorage() {
    return storage();
  }

  /**
   * {@inheritDoc}
   *
   * @return {@link #storage()}
   */
  @Override
  default ContentStorage changeFeedStorage() {
    return storage();
  }

  /**
   * {@inheritDoc}
   *
   * @return {@link #storage()}
   */
  @Override
  default ContentStorage mostReadStorage() {
    return storage();
  }

  /**
   * {@inheritDoc}
   *
   * @return {@link #storage()}
   */
  @Override
  default ContentStorage referentialIntegrityStorage() {
    return storage();
  }
}
