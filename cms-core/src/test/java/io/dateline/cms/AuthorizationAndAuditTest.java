package io.dateline.cms;

import static io.dateline.cms.Newsroom.CITY;
import static io.dateline.cms.Newsroom.UK;
import static io.dateline.cms.Newsroom.UNN;
import static io.dateline.cms.Newsroom.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.dateline.cms.audit.AuditAction;
import io.dateline.cms.audit.AuditEntry;
import io.dateline.cms.audit.AuditPage;
import io.dateline.cms.audit.AuditQuery;
import io.dateline.cms.audit.AuditSubject;
import io.dateline.cms.command.ArticleDraft;
import io.dateline.cms.command.AuthorDraft;
import io.dateline.cms.command.LocationDraft;
import io.dateline.cms.command.SectionDraft;
import io.dateline.cms.command.TagDraft;
import io.dateline.cms.media.ImageAsset;
import io.dateline.cms.media.ImageDetails;
import io.dateline.cms.media.TestImages;
import io.dateline.cms.media.embedded.FileSystemBlobStore;
import io.dateline.cms.memory.InMemoryStorage;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.ArticleStatus;
import io.dateline.cms.model.LocalizedText;
import io.dateline.cms.model.LocationKind;
import io.dateline.cms.model.Section;
import io.dateline.cms.model.Tag;
import io.dateline.cms.model.TagKind;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.query.ArticleQuery;
import io.dateline.cms.spi.ArticleRepository;
import io.dateline.cms.spi.AuthorRepository;
import io.dateline.cms.spi.ChangeLog;
import io.dateline.cms.spi.ContentStorage;
import io.dateline.cms.spi.LocationRepository;
import io.dateline.cms.spi.SectionRepository;
import io.dateline.cms.spi.TagRepository;
import io.dateline.cms.spi.TenantRepository;
import io.dateline.cms.spi.TenantStorage;
import io.dateline.cms.spi.ViewCountStore;
import io.dateline.cms.testsupport.MutableClock;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("Actors, the authorization hook and the audit log")
class AuthorizationAndAuditTest {
  private static final Actor EDITOR = new Actor("ed-7", "Олена Редакторка");
  private static final Actor INTERN = new Actor("intern-1", "Стажер");

  private final InMemoryStorage storage = new InMemoryStorage();
  private final MutableClock clock = MutableClock.at(Newsroom.START);
  private final List<AuthorizationRequest> asked = new CopyOnWriteArrayList<>();

  /** What the intern may not do; everyone else may do everything. */
  private final Set<Action> refusedToIntern = EnumSet.noneOf(Action.class);

  /** Where uploaded originals go; one folder for the class, each test's images have new ids. */
  @TempDir static Path blobs;

  private final Dateline cms =
      Dateline.builder()
          .storage(storage)
          .blobStore(new FileSystemBlobStore(blobs))
          .clock(clock)
          .publishScheduled(Duration.ZERO)
          .authorizer(
              request -> {
                asked.add(request);
                return !(request.actor().equals(INTERN)
                    && refusedToIntern.contains(request.action()));
              })
          .build();

  AuthorizationAndAuditTest() {
    cms.saveTenant(Newsroom.unnTenant());
    cms.saveTenant(Newsroom.cityTenant());
  }

  @AfterEach
  void close() {
    cms.close();
  }

  private TenantContent unn() {
    return cms.tenant(UNN);
  }

  private List<AuditEntry> audit(TenantId tenant) {
    return cms.tenant(tenant).audit().query(AuditQuery.builder().limit(1000).build()).entries();
  }

  private static LocalizedText uk(String text) {
    return LocalizedText.of(UK, text);
  }

  private static InputStream png() {
    return new ByteArrayInputStream(TestImages.png(16, 9));
  }

  @Nested
  @DisplayName("the authorizer")
  class Authorization {

    /** Runs every command of one action as the intern; each must be refused. */
    private void everyCommandOf(Action action, Consumer<Runnable> refused) {
      TenantContent system = unn();
      Article draft = system.articles().create(draft("Чернетка").build());
      Article published =
          system.articles().publish(system.articles().create(draft("Live").build()).id());
      Article scheduled =
          system
              .articles()
              .schedule(
                  system.articles().create(draft("Later").build()).id(),
                  clock.instant().plus(Duration.ofHours(2)));
      Tag tag = system.tags().create(TagDraft.of(TagKind.TOPIC, uk("Економіка")));
      Section section = system.sections().create(SectionDraft.of(uk("Політика")));
      ImageAsset image = system.images().upload(png(), ImageDetails.of(uk("Фото")));
      TenantContent intern = cms.tenant(UNN).as(INTERN);
      switch (action) {
        case CREATE -> refused.accept(() -> intern.articles().create(draft("Ні").build()));
        case EDIT ->
            refused.accept(
                () -> intern.articles().update(draft.id(), draft.version(), draft("Ні").build()));
        case PUBLISH -> {
          refused.accept(() -> intern.articles().publish(draft.id()));
          refused.accept(
              () -> intern.articles().schedule(draft.id(), clock.instant().plusSeconds(60)));
          refused.accept(() -> intern.articles().cancelSchedule(scheduled.id()));
          refused.accept(() -> intern.articles().unpublish(published.id()));
          refused.accept(() -> intern.articles().archive(published.id()));
        }
        case DELETE -> refused.accept(() -> intern.articles().delete(draft.id()));
        case MANAGE_DIRECTORIES -> {
          refused.accept(() -> intern.tags().create(TagDraft.of(TagKind.TOPIC, uk("Ні"))));
          refused.accept(
              () -> intern.tags().update(tag.id(), TagDraft.of(TagKind.TOPIC, uk("Ні"))));
          refused.accept(() -> intern.tags().delete(tag.id()));
          refused.accept(() -> intern.sections().delete(section.id()));
          refused.accept(() -> intern.authors().create(AuthorDraft.named(uk("Автор"))));
          refused.accept(
              () -> intern.locations().create(LocationDraft.of(LocationKind.CITY, uk("Київ"))));
        }
        case MANAGE_IMAGES -> {
          refused.accept(() -> intern.images().upload(png(), ImageDetails.of(uk("Ні"))));
          refused.accept(() -> intern.images().update(image.id(), ImageDetails.of(uk("Ні"))));
          refused.accept(() -> intern.images().delete(image.id()));
          assertThat(system.images().get(image.id())).isEqualTo(image);
        }
      }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Action.class)
    @DisplayName("refuses each action with a typed exception and stores nothing")
    void refusesEachAction(Action action) {
      refusedToIntern.add(action);
      int[] commands = {0};
      everyCommandOf(
          action,
          command -> {
            List<Article> articlesBefore =
                unn()
                    .articles()
                    .list(ArticleQuery.anyStatus().toBuilder().limit(100).build())
                    .articles();
            List<Tag> tagsBefore = unn().tags().list(null, 100);
            List<Section> sectionsBefore = unn().sections().list(null, 100);
            long feedBefore = storage.changes().head();
            List<AuditEntry> auditBefore = audit(UNN);

            assertThatThrownBy(command::run)
                .isInstanceOfSatisfying(
                    AccessDeniedException.class,
                    e -> {
                      assertThat(e.action()).isEqualTo(action);
                      assertThat(e.actorId()).isEqualTo(INTERN.id());
                      assertThat(e.tenantId()).isEqualTo(UNN);
                      assertThat(e).hasMessageContaining(INTERN.id()).hasMessageContaining("unn");
                    });

            assertThat(
                    unn()
                        .articles()
                        .list(ArticleQuery.anyStatus().toBuilder().limit(100).build())
                        .articles())
                .isEqualTo(articlesBefore);
            assertThat(unn().tags().list(null, 100)).isEqualTo(tagsBefore);
            assertThat(unn().sections().list(null, 100)).isEqualTo(sectionsBefore);
            assertThat(unn().authors().list(null, 100)).isEmpty();
            assertThat(unn().locations().list(null, 100)).isEmpty();
            assertThat(storage.changes().head()).isEqualTo(feedBefore);
            assertThat(audit(UNN)).isEqualTo(auditBefore);
            commands[0]++;
          });
      assertThat(commands[0]).isPositive();
    }

    @Test
    @DisplayName("is asked before validation: a refused invalid draft is refused, not reported")
    void askedBeforeValidation() {
      refusedToIntern.add(Action.CREATE);

      assertThatThrownBy(() -> unn().as(INTERN).articles().create(draft("").build()))
          .isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(() -> unn().as(EDITOR).articles().create(draft("").build()))
          .isInstanceOf(ValidationException.class);
    }

    @Test
    @DisplayName("is asked with the actor, the tenant, the action and the article")
    void askedWithEverything() {
      Article article = unn().as(EDITOR).articles().create(draft("Новина").build());
      cms.tenant(CITY)
          .as(EDITOR)
          .articles()
          .create(ArticleDraft.builder(java.util.Locale.ENGLISH, "News").build());
      unn().as(EDITOR).articles().publish(article.id());

      assertThat(asked)
          .containsExactly(
              new AuthorizationRequest(EDITOR, UNN, Action.CREATE, null),
              new AuthorizationRequest(EDITOR, CITY, Action.CREATE, null),
              new AuthorizationRequest(EDITOR, UNN, Action.PUBLISH, article.id()));
    }

    @Test
    @DisplayName("lets the other actions of a partly refused actor through")
    void refusesOnlyWhatItRefuses() {
      refusedToIntern.add(Action.PUBLISH);
      TenantContent intern = unn().as(INTERN);

      Article article = intern.articles().create(draft("Чернетка стажера").build());

      assertThat(intern.articles().update(article.id(), 0, draft("Виправлено").build()).headline())
          .isEqualTo("Виправлено");
      assertThatThrownBy(() -> intern.articles().publish(article.id()))
          .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @DisplayName("is not asked when scheduled articles are published; the scheduler is recorded")
    void schedulerIsNotAsked() {
      Article article = unn().as(EDITOR).articles().create(draft("Заплановано").build());
      unn().as(EDITOR).articles().schedule(article.id(), clock.instant().plusSeconds(600));
      asked.clear();
      clock.advance(Duration.ofHours(1));

      assertThat(cms.publishDue()).isOne();

      assertThat(asked).isEmpty();
      assertThat(unn().articles().get(article.id()).status()).isEqualTo(ArticleStatus.PUBLISHED);
      AuditEntry published = audit(UNN).get(0);
      assertThat(published.action()).isEqualTo(AuditAction.PUBLISHED);
      assertThat(published.actorId()).isEqualTo(Actor.SCHEDULER.id());
      assertThat(published.articleId()).isEqualTo(article.id());
      assertThat(published.at()).isEqualTo(clock.instant());
    }
  }

  @Nested
  @DisplayName("the audit log")
  class AuditLog {

    @Test
    @DisplayName("records a command issued as an actor with that actor, its time and the article")
    void recordsTheActor() {
      Article article = unn().as(EDITOR).articles().create(draft("Новина").build());

      List<AuditEntry> entries = audit(UNN);
      assertThat(entries).hasSize(1);
      AuditEntry entry = entries.get(0);
      assertThat(entry.actorId()).isEqualTo(EDITOR.id());
      assertThat(entry.actorName()).isEqualTo(EDITOR.displayName());
      assertThat(entry.action()).isEqualTo(AuditAction.CREATED);
      assertThat(entry.subject()).isEqualTo(AuditSubject.ARTICLE);
      assertThat(entry.subjectId()).isEqualTo(article.id().toString());
      assertThat(entry.articleId()).isEqualTo(article.id());
      assertThat(entry.tenantId()).isEqualTo(UNN);
      assertThat(entry.at()).isEqualTo(article.createdAt());
    }

    @Test
    @DisplayName("records commands without an actor as SYSTEM")
    void systemByDefault() {
      unn().tags().create(TagDraft.of(TagKind.TOPIC, uk("Спорт")));

      assertThat(audit(UNN))
          .extracting(AuditEntry::actorId, AuditEntry::subject, AuditEntry::articleId)
          .containsExactly(tuple(Actor.SYSTEM.id(), AuditSubject.TAG, null));
    }

    @Test
    @DisplayName("records an article's whole life, newest first, and each directory command")
    void recordsEveryCommand() {
      TenantContent editor = unn().as(EDITOR);
      Article a = editor.articles().create(draft("Життя").build());
      a = editor.articles().update(a.id(), a.version(), draft("Життя статті").build());
      a = editor.articles().schedule(a.id(), clock.instant().plusSeconds(3600));
      a = editor.articles().cancelSchedule(a.id());
      a = editor.articles().publish(a.id());
      a = editor.articles().unpublish(a.id());
      a = editor.articles().archive(a.id());
      editor.articles().delete(a.id());
      Tag tag = editor.tags().create(TagDraft.of(TagKind.TOPIC, uk("Тег")));
      editor.tags().update(tag.id(), TagDraft.of(TagKind.TOPIC, uk("Тег 2")));
      editor.tags().delete(tag.id());
      ImageAsset image = editor.images().upload(png(), ImageDetails.of(uk("Фото")));
      editor.images().update(image.id(), ImageDetails.of(uk("Нове фото")));
      editor.images().delete(image.id());

      assertThat(audit(UNN))
          .extracting(AuditEntry::action, AuditEntry::subject)
          .containsExactly(
              tuple(AuditAction.DELETED, AuditSubject.IMAGE),
              tuple(AuditAction.UPDATED, AuditSubject.IMAGE),
              tuple(AuditAction.CREATED, AuditSubject.IMAGE),
              tuple(AuditAction.DELETED, AuditSubject.TAG),
              tuple(AuditAction.UPDATED, AuditSubject.TAG),
              tuple(AuditAction.CREATED, AuditSubject.TAG),
              tuple(AuditAction.DELETED, AuditSubject.ARTICLE),
              tuple(AuditAction.ARCHIVED, AuditSubject.ARTICLE),
              tuple(AuditAction.UNPUBLISHED, AuditSubject.ARTICLE),
              tuple(AuditAction.PUBLISHED, AuditSubject.ARTICLE),
              tuple(AuditAction.SCHEDULE_CANCELLED, AuditSubject.ARTICLE),
              tuple(AuditAction.SCHEDULED, AuditSubject.ARTICLE),
              tuple(AuditAction.UPDATED, AuditSubject.ARTICLE),
              tuple(AuditAction.CREATED, AuditSubject.ARTICLE));
      assertThat(audit(UNN).get(0).subjectId()).isEqualTo(image.id().toString());
      assertThat(audit(UNN).get(0).actorId()).isEqualTo(EDITOR.id());
      assertThat(audit(UNN).get(11).detail())
          .contains(clock.instant().plusSeconds(3600).toString());
    }

    @Test
    @DisplayName("records a create whose slug was taken once, with the slug it got")
    void slugRetryRecordsOnce() {
      unn().as(EDITOR).articles().create(draft("Однаковий заголовок").build());
      unn().as(EDITOR).articles().create(draft("Однаковий заголовок").build());

      assertThat(audit(UNN)).hasSize(2).allMatch(e -> e.action() == AuditAction.CREATED);
      assertThat(storage.changes().head()).isEqualTo(4); // two tenants saved, two articles
    }

    @Test
    @DisplayName("records nothing for a command that fails validation or finds nothing")
    void failuresRecordNothing() {
      assertThatThrownBy(() -> unn().as(EDITOR).articles().create(draft("").build()))
          .isInstanceOf(ValidationException.class);
      assertThatThrownBy(
              () -> unn().as(EDITOR).articles().delete(io.dateline.cms.model.ArticleId.random()))
          .isInstanceOf(NotFoundException.class);

      assertThat(audit(UNN)).isEmpty();
    }

    @Test
    @DisplayName("queries by article, actor and time, and pages newest first")
    void queries() {
      Article first = unn().as(EDITOR).articles().create(draft("Перша").build());
      clock.advance(Duration.ofMinutes(1));
      Instant second = clock.instant();
      Article other = unn().as(INTERN).articles().create(draft("Друга").build());
      clock.advance(Duration.ofMinutes(1));
      unn().as(EDITOR).articles().publish(first.id());
      unn().as(INTERN).articles().publish(other.id());
      AuditTrail trail = unn().audit();

      assertThat(trail.query(AuditQuery.builder().article(first.id()).build()).entries())
          .extracting(AuditEntry::action)
          .containsExactly(AuditAction.PUBLISHED, AuditAction.CREATED);
      assertThat(trail.query(AuditQuery.builder().actor(INTERN.id()).build()).entries())
          .extracting(AuditEntry::articleId)
          .containsExactly(other.id(), other.id());
      assertThat(
              trail
                  .query(AuditQuery.builder().from(second).until(clock.instant()).build())
                  .entries())
          .extracting(AuditEntry::articleId, AuditEntry::action)
          .containsExactly(tuple(other.id(), AuditAction.CREATED));

      AuditPage page = trail.query(AuditQuery.builder().limit(3).build());
      assertThat(page.entries()).hasSize(3);
      assertThat(page.hasNext()).isTrue();
      AuditPage last = trail.query(AuditQuery.builder().limit(3).before(page.next()).build());
      assertThat(last.entries()).hasSize(1);
      assertThat(last.hasNext()).isFalse();
      assertThat(last.entries().get(0).articleId()).isEqualTo(first.id());
      // Exactly one page: no empty page follows.
      assertThat(trail.query(AuditQuery.builder().limit(4).build()).hasNext()).isFalse();
    }

    @Test
    @DisplayName("keeps tenants apart")
    void tenantsApart() {
      Article article = unn().as(EDITOR).articles().create(draft("Новина").build());

      assertThat(audit(CITY)).isEmpty();
      assertThat(
              cms.tenant(CITY)
                  .audit()
                  .query(AuditQuery.builder().article(article.id()).build())
                  .entries())
          .isEmpty();
      assertThat(audit(UNN)).hasSize(1);
    }

    @Test
    @DisplayName("refuses a bad query with the field and the rule")
    void badQueries() {
      AuditTrail trail = unn().audit();

      assertThat(
              Failures.thrown(
                  ValidationException.class,
                  () -> trail.query(AuditQuery.builder().limit(0).build())))
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("limit");
      assertThatThrownBy(
              () ->
                  trail.query(
                      AuditQuery.builder()
                          .from(Newsroom.START)
                          .until(Newsroom.START)
                          .limit(AuditQuery.MAX_LIMIT + 1)
                          .build()))
          .isInstanceOfSatisfying(
              ValidationException.class,
              e ->
                  assertThat(e.violations())
                      .extracting(Violation::path, Violation::rule)
                      .containsExactlyInAnyOrder(
                          tuple("limit", "Range"), tuple("from", "TimeRange")));
      assertThatThrownBy(() -> trail.query(AuditQuery.builder().before(0).build()))
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("before");
    }
  }

  @Test
  @DisplayName("a backend without an audit log keeps working, without entries")
  void backendWithoutAuditLog() {
    ContentStorage withoutAudit = new WithoutAudit(storage);
    try (Dateline plain = Dateline.builder().storage(withoutAudit).clock(clock).build()) {
      Article article =
          plain.tenant(UNN).as(EDITOR).articles().create(draft("Без журналу").build());

      assertThat(plain.tenant(UNN).articles().get(article.id())).isEqualTo(article);
      assertThatThrownBy(() -> plain.tenant(UNN).audit().query(AuditQuery.all()))
          .isInstanceOf(UnsupportedOperationException.class);
    }
    assertThat(audit(UNN)).isEmpty();
  }

  @Nested
  @DisplayName("the retention")
  class Retention {
    @Test
    @DisplayName("deletes every tenant's entries older than the retention, and only those")
    void prunesOldEntries() {
      try (Dateline kept =
          Dateline.builder()
              .storage(storage)
              .clock(clock)
              .publishScheduled(Duration.ZERO)
              .auditRetention(Duration.ofDays(30))
              .build()) {
        Tag old =
            kept.tenant(UNN).as(EDITOR).tags().create(TagDraft.of(TagKind.TOPIC, uk("Старе")));
        kept.tenant(CITY).as(EDITOR).tags().create(TagDraft.of(TagKind.TOPIC, uk("Місто")));
        clock.advance(Duration.ofDays(20));
        Tag recent =
            kept.tenant(UNN).as(EDITOR).tags().create(TagDraft.of(TagKind.TOPIC, uk("Нове")));
        clock.advance(Duration.ofDays(15));

        assertThat(kept.pruneAuditLog()).isEqualTo(2); // one of each tenant's, 35 days old

        assertThat(audit(UNN))
            .extracting(AuditEntry::subjectId)
            .containsExactly(recent.id().toString());
        assertThat(audit(CITY)).isEmpty();
        assertThat(kept.tenant(UNN).tags().find(old.id())).as("content stays").isPresent();
        assertThat(kept.pruneAuditLog()).isZero();
      }
    }

    @Test
    @DisplayName("keeps every entry when no retention is set")
    void keepsEverythingByDefault() {
      unn().as(EDITOR).tags().create(TagDraft.of(TagKind.TOPIC, uk("Назавжди")));
      clock.advance(Duration.ofDays(3650));

      assertThat(cms.pruneAuditLog()).isZero();
      assertThat(audit(UNN)).hasSize(1);
    }

    @Test
    @DisplayName("is pruned by the built-in scheduler")
    void scheduledPruning() throws InterruptedException {
      unn().as(EDITOR).tags().create(TagDraft.of(TagKind.TOPIC, uk("Давнє")));
      clock.advance(Duration.ofDays(2));
      try (Dateline scheduled =
          Dateline.builder()
              .storage(storage)
              .clock(clock)
              .publishScheduled(Duration.ofMillis(5))
              .auditRetention(Duration.ofDays(1))
              .build()) {
        // The scheduler's first run prunes; wait for it without assuming how soon it comes.
        for (int i = 0; i < 1000 && !audit(UNN).isEmpty(); i++) {
          Thread.sleep(10);
        }
        assertThat(audit(UNN)).isEmpty();
      }
    }

    @Test
    @DisplayName("refuses a retention shorter than a day, naming the setting")
    void refusesShortRetention() {
      assertThatThrownBy(() -> Dateline.builder().auditRetention(Duration.ofHours(23)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("auditRetention");
    }

    @Test
    @DisplayName("keeps the entries of a backend that cannot prune, and says so once")
    void backendThatCannotPrune() {
      try (Dateline plain =
          Dateline.builder()
              .storage(new WithoutAudit(storage))
              .clock(clock)
              .publishScheduled(Duration.ZERO)
              .auditRetention(Duration.ofDays(1))
              .build()) {
        assertThat(plain.pruneAuditLog()).isZero();
      }
    }
  }

  /** A storage whose tenants have every repository but the audit log, as older backends. */
  private record WithoutAudit(InMemoryStorage delegate) implements ContentStorage {
    @Override
    public TenantRepository tenants() {
      return delegate.tenants();
    }

    @Override
    public TenantStorage tenant(TenantId tenantId) {
      TenantStorage real = delegate.tenant(tenantId);
      return new TenantStorage() {
        @Override
        public TenantId tenantId() {
          return tenantId;
        }

        @Override
        public ArticleRepository articles() {
          return real.articles();
        }

        @Override
        public AuthorRepository authors() {
          return real.authors();
        }

        @Override
        public TagRepository tags() {
          return real.tags();
        }

        @Override
        public LocationRepository locations() {
          return real.locations();
        }

        @Override
        public SectionRepository sections() {
          return real.sections();
        }

        @Override
        public io.dateline.cms.spi.RevisionRepository revisions() {
          return real.revisions(); // revisions are required; only the audit log is missing
        }
      };
    }

    @Override
    public ViewCountStore viewCounts() {
      return delegate.viewCounts();
    }

    @Override
    public ChangeLog changes() {
      return delegate.changes();
    }
  }
}
