package io.dateline.cms.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dateline.cms.Actor;
import io.dateline.cms.Dateline;
import io.dateline.cms.DuplicateSlugException;
import io.dateline.cms.NotFoundException;
import io.dateline.cms.Revision;
import io.dateline.cms.RevisionDiff;
import io.dateline.cms.RevisionDiff.BlockChange;
import io.dateline.cms.RevisionDiff.BlockChangeKind;
import io.dateline.cms.RevisionPage;
import io.dateline.cms.RevisionRetention;
import io.dateline.cms.RevisionService;
import io.dateline.cms.TenantContent;
import io.dateline.cms.TimedChange;
import io.dateline.cms.ValidationException;
import io.dateline.cms.VersionConflictException;
import io.dateline.cms.changes.Change;
import io.dateline.cms.changes.ChangeKind;
import io.dateline.cms.command.ArticleDraft;
import io.dateline.cms.event.ArticleEvent;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.ArticleStatus;
import io.dateline.cms.model.Block;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.spi.ContentStorage;
import io.dateline.cms.spi.PendingChange;
import io.dateline.cms.spi.RevisionRepository;
import io.dateline.cms.spi.RevisionStamp;
import io.dateline.cms.spi.StoredRevision;
import io.dateline.cms.spi.TenantStorage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.jspecify.annotations.Nullable;

/** The bodies of {@link RevisionContract}: revisions, restores, diffs and timed changes. */
final class RevisionChecks {
  private static final Instant T0 = SampleContent.REFERENCE_TIME;
  private static final Locale UK = Locale.forLanguageTag("uk");
  private static final Actor EDITOR = new Actor("ed-1", "Олена Коваль");

  /** Nodes racing to run the scheduled work. */
  private static final int NODES = 2;

  private final ContentStorage storage;

  RevisionChecks(ContentStorage storage) {
    this.storage = storage;
  }

  // --- the repository -------------------------------------------------------------------------

  void insertStoresRevisionOne() {
    Site site = newSite();
    RevisionStamp stamp = new RevisionStamp(T0, "ed-1", "Олена Коваль", "Перша версія");
    Article stored = site.revisions().insert(site.sample.richArticle().build(), stamp);

    assertThat(site.store.articles().findById(stored.id())).contains(stored);
    StoredRevision first = site.revisions().find(stored.id(), 1).orElseThrow();
    assertThat(first.number()).isEqualTo(1);
    assertThat(first.stamp()).isEqualTo(stamp);
    assertThat(first.article()).isEqualTo(stored);
    assertThat(site.revisions().find(stored.id(), 2)).isEmpty();
  }

  void updatesAreNumberedAndPaged() {
    Site site = newSite();
    Article current = site.revisions().insert(site.sample.article().build(), stamp(0, null));
    List<Article> states = new ArrayList<>(List.of(current));
    for (int i = 1; i <= 5; i++) {
      current =
          site.revisions()
              .update(current.toBuilder().headline("Версія " + i).build(), stamp(i, "зміна " + i));
      states.add(current);
    }

    List<StoredRevision> all = site.revisions().list(current.id(), Integer.MAX_VALUE, 10);
    assertThat(all).extracting(StoredRevision::number).containsExactly(6, 5, 4, 3, 2, 1);
    for (StoredRevision r : all) {
      assertThat(r.article()).isEqualTo(states.get(r.number() - 1));
      assertThat(r.stamp())
          .isEqualTo(stamp(r.number() - 1, r.number() == 1 ? null : "зміна " + (r.number() - 1)));
    }
    assertThat(site.revisions().list(current.id(), Integer.MAX_VALUE, 2))
        .extracting(StoredRevision::number)
        .containsExactly(6, 5);
    assertThat(site.revisions().list(current.id(), 5, 2))
        .extracting(StoredRevision::number)
        .containsExactly(4, 3);
    assertThat(site.revisions().list(current.id(), 2, 5))
        .extracting(StoredRevision::number)
        .containsExactly(1);
    assertThat(site.revisions().list(current.id(), 1, 5)).isEmpty();
  }

  void refusedWritesStoreNoRevision() {
    Site site = newSite();
    Article taken = site.revisions().insert(site.sample.article().build(), stamp(0, null));
    Article article = site.revisions().insert(site.sample.article().build(), stamp(0, null));
    Article edited =
        site.revisions().update(article.toBuilder().lead("Новий лід").build(), stamp(1, null));

    assertThatThrownBy(
            () ->
                site.revisions()
                    .update(article.toBuilder().lead("Застаріле").build(), stamp(2, null)))
        .isInstanceOf(VersionConflictException.class);
    assertThatThrownBy(
            () ->
                site.revisions()
                    .update(edited.toBuilder().slug(taken.slug()).build(), stamp(2, null)))
        .isInstanceOf(DuplicateSlugException.class);
    assertThatThrownBy(
            () ->
                site.revisions().insert(site.sample.article(taken.slug()).build(), stamp(2, null)))
        .isInstanceOf(DuplicateSlugException.class);

    assertThat(site.revisions().list(article.id(), Integer.MAX_VALUE, 10))
        .extracting(StoredRevision::number)
        .containsExactly(2, 1);
    assertThat(site.store.articles().findById(article.id())).contains(edited);
  }

  void pruneNeverDeletesTheLatest() {
    Site site = newSite();
    Article current = site.revisions().insert(site.sample.article().build(), stamp(0, null));
    for (int i = 1; i <= 5; i++) {
      current =
          site.revisions()
              .update(current.toBuilder().headline("Версія " + i).build(), stamp(i, null));
    }
    ArticleId id = current.id();

    assertThat(site.revisions().prune(id, 2, null)).isEqualTo(4);
    assertThat(numbers(site, id)).containsExactly(6, 5);
    assertThat(site.revisions().prune(id, 0, T0.plusSeconds(4))).isZero();
    assertThat(site.revisions().prune(id, 0, T0.plusSeconds(3600))).isEqualTo(1);
    assertThat(numbers(site, id)).containsExactly(6);
    assertThat(site.revisions().prune(id, 1, T0.plusSeconds(3600))).isZero();
    assertThat(numbers(site, id)).containsExactly(6);

    Article next =
        site.revisions().update(current.toBuilder().headline("Ще одна").build(), stamp(9, null));
    assertThat(numbers(site, next.id())).containsExactly(7, 6);
  }

  void historyGoesWithItsArticle() {
    Site site = newSite();
    Article article =
        site.revisions().insert(site.sample.publishedArticle(T0).build(), stamp(0, null));
    site.revisions().update(article.toBuilder().lead("Оновлено").build(), stamp(1, null));
    site.revisions().schedule(expiry(article, T0.plusSeconds(60)));

    assertThat(site.store.articles().delete(article.id())).isTrue();

    assertThat(site.revisions().list(article.id(), Integer.MAX_VALUE, 10)).isEmpty();
    assertThat(site.revisions().find(article.id(), 1)).isEmpty();
    assertThat(site.revisions().pending(article.id())).isEmpty();
    assertThat(site.revisions().findDue(T0.plusSeconds(3600), 100))
        .noneMatch(c -> c.articleId().equals(article.id()));
  }

  void pendingChangesAreScheduledReplacedAndCancelled() {
    Site site = newSite();
    Article a = site.revisions().insert(site.sample.publishedArticle(T0).build(), stamp(0, null));
    Article b = site.revisions().insert(site.sample.publishedArticle(T0).build(), stamp(0, null));
    PendingChange firstUpdate = update(a, T0.plusSeconds(300), "Ранкова версія");
    PendingChange aExpiry = expiry(a, T0.plusSeconds(100));
    PendingChange bExpiry = expiry(b, T0.plusSeconds(200));
    site.revisions().schedule(firstUpdate);
    site.revisions().schedule(aExpiry);
    site.revisions().schedule(bExpiry);

    assertThat(site.revisions().pending(a.id())).containsExactly(firstUpdate, aExpiry);
    PendingChange secondUpdate = update(a, T0.plusSeconds(150), "Денна версія");
    site.revisions().schedule(secondUpdate);
    assertThat(site.revisions().pending(a.id())).containsExactly(secondUpdate, aExpiry);

    assertThat(site.revisions().findDue(T0.plusSeconds(99), 10)).isEmpty();
    assertThat(site.revisions().findDue(T0.plusSeconds(150), 10))
        .containsExactly(aExpiry, secondUpdate);
    assertThat(site.revisions().findDue(T0.plusSeconds(1000), 2))
        .containsExactly(aExpiry, secondUpdate);
    assertThat(site.revisions().findDue(T0.plusSeconds(1000), 10))
        .containsExactly(aExpiry, secondUpdate, bExpiry);

    assertThat(site.revisions().cancel(a.id(), false)).isTrue();
    assertThat(site.revisions().cancel(a.id(), false)).isFalse();
    assertThat(site.revisions().pending(a.id())).containsExactly(aExpiry);
    assertThatThrownBy(() -> site.revisions().schedule(expiry(site.sample.article().build(), T0)))
        .isInstanceOf(NotFoundException.class);
  }

  void applyCarriesOutAChangeOnce() {
    Site site = newSite();
    Article article =
        site.revisions().insert(site.sample.publishedArticle(T0).build(), stamp(0, null));
    PendingChange change = update(article, T0.plusSeconds(60), "Оновлення");
    site.revisions().schedule(change);
    RevisionStamp byScheduler =
        new RevisionStamp(
            T0.plusSeconds(61), Actor.SCHEDULER.id(), Actor.SCHEDULER.displayName(), "Оновлення");
    Article next = article.toBuilder().headline("Заплановано").build();

    // A refused update leaves the change pending.
    assertThatThrownBy(
            () -> site.revisions().apply(change, next.toBuilder().version(7).build(), byScheduler))
        .isInstanceOf(VersionConflictException.class);
    assertThat(site.revisions().pending(article.id())).containsExactly(change);

    Article stored = site.revisions().apply(change, next, byScheduler);

    assertThat(stored.headline()).isEqualTo("Заплановано");
    assertThat(stored.version()).isEqualTo(article.version() + 1);
    assertThat(site.revisions().pending(article.id())).isEmpty();
    StoredRevision revision = site.revisions().find(article.id(), 2).orElseThrow();
    assertThat(revision.stamp()).isEqualTo(byScheduler);
    assertThat(revision.article()).isEqualTo(stored);
    assertThatThrownBy(() -> site.revisions().apply(change, stored, byScheduler))
        .isInstanceOf(VersionConflictException.class);
    assertThat(site.revisions().discard(change)).isFalse();
    assertThat(numbers(site, article.id())).containsExactly(2, 1);
    assertThat(site.store.articles().findById(article.id())).contains(stored);
  }

  void racingAppliesHaveOneWinner() {
    Site site = newSite();
    Article article =
        site.revisions().insert(site.sample.publishedArticle(T0).build(), stamp(0, null));
    PendingChange change = expiry(article, T0.plusSeconds(60));
    site.revisions().schedule(change);
    Article next = article.toBuilder().status(ArticleStatus.UNPUBLISHED).build();

    List<ThreadRace.Outcome<Article>> outcomes =
        ThreadRace.run(
            StorageChecks.THREADS, i -> site.revisions().apply(change, next, stamp(i + 1, null)));

    assertThat(outcomes).filteredOn(ThreadRace.Outcome::succeeded).hasSize(1);
    assertThat(outcomes)
        .filteredOn(o -> !o.succeeded())
        .allSatisfy(o -> assertThat(o.failure()).isInstanceOf(VersionConflictException.class));
    assertThat(numbers(site, article.id())).containsExactly(2, 1);
    assertThat(site.store.articles().findById(article.id()).orElseThrow().status())
        .isEqualTo(ArticleStatus.UNPUBLISHED);
  }

  void revisionsStayInTheirTenant() {
    Site a = newSite();
    Site b = newSite();
    Article article = a.revisions().insert(a.sample.publishedArticle(T0).build(), stamp(0, null));
    PendingChange change = expiry(article, T0.plusSeconds(10));
    a.revisions().schedule(change);

    assertThat(b.revisions().list(article.id(), Integer.MAX_VALUE, 10)).isEmpty();
    assertThat(b.revisions().find(article.id(), 1)).isEmpty();
    assertThat(b.revisions().pending(article.id())).isEmpty();
    assertThat(b.revisions().findDue(T0.plusSeconds(3600), 100)).isEmpty();
    assertThat(b.revisions().prune(article.id(), 1, T0.plusSeconds(3600))).isZero();
    assertThat(b.revisions().cancel(article.id(), true)).isFalse();
    assertThat(b.revisions().discard(change)).isFalse();
    assertThatThrownBy(() -> b.revisions().schedule(expiry(article, T0.plusSeconds(20))))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () ->
                b.revisions()
                    .apply(
                        change,
                        article.toBuilder().status(ArticleStatus.UNPUBLISHED).build(),
                        stamp(1, null)))
        .isInstanceOf(RuntimeException.class);
    assertThatThrownBy(() -> b.revisions().update(article, stamp(1, null)))
        .isInstanceOf(IllegalArgumentException.class);

    assertThat(a.revisions().pending(article.id())).containsExactly(change);
    assertThat(numbers(a, article.id())).containsExactly(1);
    assertThat(a.store.articles().findById(article.id())).contains(article);
  }

  // --- the service ------------------------------------------------------------------------------

  void everyServiceChangeIsARevision() {
    Site site = newSite();
    try (Dateline cms = dateline(T0)) {
      TenantContent content = cms.tenant(site.id()).as(EDITOR);
      Article created = content.articles().create(ArticleDraft.builder(UK, "Перша версія").build());
      Article updated =
          content
              .articles()
              .update(
                  created.id(),
                  created.version(),
                  ArticleDraft.from(created).headline("Друга версія").build(),
                  "Уточнено заголовок");
      content.articles().publish(created.id());
      Article unpublished = cms.tenant(site.id()).articles().unpublish(created.id());

      RevisionPage page = content.revisions().revisions(created.id(), null, 3);
      assertThat(page.items()).extracting(Revision::number).containsExactly(4, 3, 2);
      assertThat(page.nextBefore()).isEqualTo(2);
      RevisionPage last = content.revisions().revisions(created.id(), page.nextBefore(), 3);
      assertThat(last.items()).extracting(Revision::number).containsExactly(1);
      assertThat(last.hasNext()).isFalse();

      Revision second = content.revisions().revision(created.id(), 2);
      assertThat(second.article()).isEqualTo(updated);
      assertThat(second.actor()).isEqualTo(EDITOR);
      assertThat(second.summary()).isEqualTo("Уточнено заголовок");
      assertThat(second.createdAt()).isEqualTo(T0);
      assertThat(content.revisions().revision(created.id(), 1).summary()).isNull();
      Revision fourth = content.revisions().revision(created.id(), 4);
      assertThat(fourth.actor()).isEqualTo(Actor.SYSTEM);
      assertThat(fourth.article()).isEqualTo(unpublished);
      assertThatThrownBy(() -> content.revisions().revision(created.id(), 5))
          .isInstanceOf(NotFoundException.class);
    }
  }

  void restoreMakesARevisionEqualInContent() {
    Site site = newSite();
    try (Dateline cms = dateline(T0)) {
      TenantContent content = cms.tenant(site.id()).as(EDITOR);
      Article v1 =
          content
              .articles()
              .create(
                  ArticleDraft.builder(UK, "Оригінал")
                      .lead("Перший лід")
                      .body(Block.Paragraph.of("Абзац один"), Block.Paragraph.of("Абзац два"))
                      .build());
      Article v2 =
          content
              .articles()
              .update(
                  v1.id(),
                  v1.version(),
                  ArticleDraft.from(v1)
                      .headline("Переписано")
                      .lead("Інший лід")
                      .slug("perepysano")
                      .body(Block.Paragraph.of("Зовсім інший текст"))
                      .exclusive(true)
                      .build());

      Article restored = content.revisions().restore(v1.id(), 1, v2.version());

      assertThat(restored.version()).isEqualTo(v2.version() + 1);
      Revision third = content.revisions().revision(v1.id(), 3);
      assertThat(third.article()).isEqualTo(restored);
      assertThat(third.summary()).isEqualTo("Restored revision 1");
      assertThat(third.actor()).isEqualTo(EDITOR);
      assertThat(content.revisions().compare(v1.id(), 1, 3).isEmpty()).isTrue();
      assertThat(restored.toBuilder().updatedAt(v1.updatedAt()).version(v1.version()).build())
          .isEqualTo(v1);
      assertThat(content.articles().findBySlug(v1.slug())).contains(restored);
      assertThatThrownBy(() -> content.revisions().restore(v1.id(), 2, v2.version()))
          .isInstanceOf(VersionConflictException.class);
      assertThat(content.revisions().revisions(v1.id(), null, 10).items()).hasSize(3);
    }
  }

  void compareListsExactlyTheChanges() {
    Site site = newSite();
    Block a = Block.Paragraph.of("Абзац A");
    Block b = Block.Paragraph.of("Абзац B");
    Block b2 = Block.Paragraph.of("Абзац B, виправлений");
    Block c = Block.Paragraph.of("Абзац C");
    Block d = Block.Heading.of("Подробиці");
    Block e = Block.Paragraph.of("Абзац E");
    try (Dateline cms = dateline(T0)) {
      TenantContent content = cms.tenant(site.id());
      Article v1 =
          content
              .articles()
              .create(ArticleDraft.builder(UK, "Заголовок").lead("Лід").body(a, b, c, d).build());
      Article v2 =
          content
              .articles()
              .update(
                  v1.id(),
                  v1.version(),
                  ArticleDraft.from(v1).headline("Новий заголовок").body(b2, c, e, d).build());

      RevisionDiff diff = content.revisions().compare(v1.id(), 1, 2);

      assertThat(diff.from()).isEqualTo(1);
      assertThat(diff.to()).isEqualTo(2);
      assertThat(diff.fields())
          .containsExactly(
              new RevisionDiff.FieldChange("headline", "Заголовок", "Новий заголовок"));
      // a, b -> b2 (the two blocks before the kept c pair up: one change and one removal), then
      // e inserted between c and d.
      assertThat(diff.blocks())
          .containsExactly(
              new BlockChange(BlockChangeKind.CHANGED, 0, 0, a, b2),
              new BlockChange(BlockChangeKind.REMOVED, 1, -1, b, null),
              new BlockChange(BlockChangeKind.INSERTED, -1, 2, null, e));
      RevisionDiff back = content.revisions().compare(v1.id(), 2, 1);
      assertThat(back.blocks())
          .containsExactly(
              new BlockChange(BlockChangeKind.CHANGED, 0, 0, b2, a),
              new BlockChange(BlockChangeKind.INSERTED, -1, 1, null, b),
              new BlockChange(BlockChangeKind.REMOVED, 2, -1, e, null));
      assertThat(content.revisions().compare(v1.id(), 2, 2).isEmpty()).isTrue();
      content.articles().publish(v1.id());
      assertThat(content.revisions().compare(v1.id(), 2, 3).fields())
          .extracting(RevisionDiff.FieldChange::field)
          .containsExactly("status", "publishAt", "firstPublishedAt");
      assertThat(v2.body()).containsExactly(b2, c, e, d);
    }
  }

  void retentionKeepsTheNewest() {
    Site site = newSite();
    try (Dateline cms = dateline(T0, RevisionRetention.keepLast(2))) {
      TenantContent content = cms.tenant(site.id());
      Article article = content.articles().create(ArticleDraft.builder(UK, "Версія 0").build());
      for (int i = 1; i <= 4; i++) {
        article =
            content
                .articles()
                .update(
                    article.id(),
                    article.version(),
                    ArticleDraft.from(article).headline("Версія " + i).build());
      }
      assertThat(content.revisions().revisions(article.id(), null, 10).items())
          .extracting(Revision::number)
          .containsExactly(5, 4);
      assertThat(content.revisions().revision(article.id(), 5).article()).isEqualTo(article);
      ArticleId id = article.id();
      assertThatThrownBy(() -> content.revisions().revision(id, 1))
          .isInstanceOf(NotFoundException.class);
    }
  }

  void timedChangesAreCheckedBeforeStoring() {
    Site site = newSite();
    try (Dateline cms = dateline(T0)) {
      RevisionService revisions = cms.tenant(site.id()).revisions();
      TenantContent content = cms.tenant(site.id());
      Article draft = content.articles().create(ArticleDraft.builder(UK, "Чернетка").build());
      ArticleDraft next = ArticleDraft.from(draft).headline("Інакше").build();

      assertThatThrownBy(
              () ->
                  revisions.scheduleUpdate(
                      draft.id(), draft.version(), next, T0.plusSeconds(60), null))
          .isInstanceOfSatisfying(
              ValidationException.class,
              ex -> assertThat(ex.violations()).anyMatch(v -> v.path().equals("status")));
      assertThatThrownBy(() -> revisions.expire(draft.id(), T0.plusSeconds(60)))
          .isInstanceOf(ValidationException.class);
      Article published = content.articles().publish(draft.id());
      assertThatThrownBy(() -> revisions.expire(published.id(), T0))
          .isInstanceOfSatisfying(
              ValidationException.class,
              ex ->
                  assertThat(ex.violations()).anyMatch(v -> v.rule().equals("FuturePublishTime")));
      assertThatThrownBy(
              () ->
                  revisions.scheduleUpdate(
                      published.id(),
                      published.version(),
                      next,
                      T0.plusSeconds(60),
                      "x".repeat(501)))
          .isInstanceOfSatisfying(
              ValidationException.class,
              ex -> assertThat(ex.violations()).anyMatch(v -> v.path().equals("summary")));
      assertThatThrownBy(
              () ->
                  revisions.scheduleUpdate(
                      published.id(),
                      published.version(),
                      ArticleDraft.from(published).headline(" ").build(),
                      T0.plusSeconds(60),
                      null))
          .isInstanceOf(ValidationException.class);
      assertThatThrownBy(
              () ->
                  revisions.scheduleUpdate(
                      published.id(), published.version() - 1, next, T0.plusSeconds(60), null))
          .isInstanceOf(VersionConflictException.class);
      assertThat(revisions.timedChanges(published.id())).isEmpty();

      TimedChange expiry = revisions.expire(published.id(), T0.plusSeconds(600));
      assertThat(expiry.kind()).isEqualTo(TimedChange.Kind.EXPIRY);
      assertThat(expiry.scheduledBy()).isEqualTo(Actor.SYSTEM);
      assertThat(revisions.timedChanges(published.id())).containsExactly(expiry);
      assertThat(revisions.cancelExpiry(published.id())).isTrue();
      assertThat(revisions.cancelExpiry(published.id())).isFalse();
      assertThat(revisions.timedChanges(published.id())).isEmpty();
    }
  }

  void timedUpdatesAndExpiriesHappenExactlyOnce() {
    Site site = newSite();
    Instant later = T0.plusSeconds(3600);
    List<ArticleId> updated = new ArrayList<>();
    List<ArticleId> expired = new ArrayList<>();
    ArticleId notYet;
    long head = storage.changes().head();
    try (Dateline cms = dateline(T0)) {
      TenantContent content = cms.tenant(site.id()).as(EDITOR);
      for (int i = 0; i < 4; i++) {
        Article a = content.articles().create(ArticleDraft.builder(UK, "Новина " + i).build());
        a = content.articles().publish(a.id());
        TimedChange change =
            content
                .revisions()
                .scheduleUpdate(
                    a.id(),
                    a.version(),
                    ArticleDraft.from(a).headline("Оновлена новина " + i).build(),
                    T0.plusSeconds(60L * (i + 1)),
                    "Оновлення " + i);
        assertThat(change.scheduledBy()).isEqualTo(EDITOR);
        updated.add(a.id());
        Article b = content.articles().create(ArticleDraft.builder(UK, "Тимчасова " + i).build());
        b = content.articles().publish(b.id());
        content.revisions().expire(b.id(), T0.plusSeconds(30L * (i + 1)));
        expired.add(b.id());
      }
      Article c =
          content
              .articles()
              .publish(content.articles().create(ArticleDraft.builder(UK, "Пізніше").build()).id());
      content.revisions().expire(c.id(), later.plusSeconds(1));
      notYet = c.id();
    }
    Queue<ArticleEvent> events = new ConcurrentLinkedQueue<>();
    List<Dateline> nodes = new ArrayList<>();
    try {
      for (int i = 0; i < NODES; i++) {
        nodes.add(dateline(later, events));
      }
      ThreadRace.runAll(NODES, i -> nodes.get(i).tenant(site.id()).articles().publishDue());
      assertThat(nodes.get(0).tenant(site.id()).articles().publishDue()).isZero();

      TenantContent content = nodes.get(0).tenant(site.id());
      assertThat(events.stream().filter(ArticleEvent.Updated.class::isInstance))
          .extracting(ev -> ((ArticleEvent.Updated) ev).article().id())
          .containsExactlyInAnyOrderElementsOf(updated);
      assertThat(events.stream().filter(ArticleEvent.Unpublished.class::isInstance))
          .extracting(ev -> ((ArticleEvent.Unpublished) ev).article().id())
          .containsExactlyInAnyOrderElementsOf(expired);
      assertThat(events).hasSize(updated.size() + expired.size());
      for (int i = 0; i < updated.size(); i++) {
        Article now = content.articles().get(updated.get(i));
        assertThat(now.headline()).isEqualTo("Оновлена новина " + i);
        assertThat(now.status()).isEqualTo(ArticleStatus.PUBLISHED);
        Revision revision = content.revisions().revisions(now.id(), null, 10).items().get(0);
        assertThat(revision.number()).isEqualTo(3);
        assertThat(revision.actor()).isEqualTo(Actor.SCHEDULER);
        assertThat(revision.summary()).isEqualTo("Оновлення " + i);
        assertThat(revision.article()).isEqualTo(now);
        assertThat(content.revisions().timedChanges(now.id())).isEmpty();
      }
      for (ArticleId id : expired) {
        assertThat(content.articles().get(id).status()).isEqualTo(ArticleStatus.UNPUBLISHED);
        assertThat(content.revisions().revisions(id, null, 10).items()).hasSize(3);
      }
      assertThat(content.articles().get(notYet).status()).isEqualTo(ArticleStatus.PUBLISHED);
      assertThat(content.revisions().timedChanges(notYet)).hasSize(1);
    } finally {
      nodes.forEach(Dateline::close);
    }
    List<Change> feed = storage.changes().read(site.id(), head, 1000);
    for (ArticleId id : updated) {
      assertThat(feed)
          .filteredOn(ch -> ch.subjectId().equals(id.toString()))
          .extracting(Change::kind)
          .containsExactly(
              ChangeKind.ARTICLE_CREATED, ChangeKind.ARTICLE_PUBLISHED, ChangeKind.ARTICLE_UPDATED);
    }
    for (ArticleId id : expired) {
      assertThat(feed)
          .filteredOn(ch -> ch.subjectId().equals(id.toString()))
          .extracting(Change::kind)
          .containsExactly(
              ChangeKind.ARTICLE_CREATED,
              ChangeKind.ARTICLE_PUBLISHED,
              ChangeKind.ARTICLE_UNPUBLISHED);
    }
  }

  // --- helpers ----------------------------------------------------------------------------------

  private Dateline dateline(Instant now) {
    return dateline(now, RevisionRetention.ALL);
  }

  private Dateline dateline(Instant now, RevisionRetention retention) {
    return Dateline.builder()
        .storage(storage)
        .clock(Clock.fixed(now, ZoneOffset.UTC))
        .publishScheduled(Duration.ZERO) // the tests call publishDue themselves
        .revisionRetention(retention)
        .build();
  }

  private Dateline dateline(Instant now, Queue<ArticleEvent> events) {
    return Dateline.builder()
        .storage(storage)
        .clock(Clock.fixed(now, ZoneOffset.UTC))
        .publishScheduled(Duration.ZERO)
        .listener(events::add)
        .build();
  }

  private static RevisionStamp stamp(int seconds, @Nullable String summary) {
    return new RevisionStamp(T0.plusSeconds(seconds), "ed-1", "Олена Коваль", summary);
  }

  private static PendingChange update(Article article, Instant due, String summary) {
    return new PendingChange(
        UUID.randomUUID(),
        article.id(),
        false,
        due,
        stamp(1, summary),
        article.toBuilder().headline(summary).build());
  }

  private static PendingChange expiry(Article article, Instant due) {
    return new PendingChange(UUID.randomUUID(), article.id(), true, due, stamp(1, null), null);
  }

  private static List<Integer> numbers(Site site, ArticleId id) {
    return site.revisions().list(id, Integer.MAX_VALUE, 100).stream()
        .map(StoredRevision::number)
        .toList();
  }

  private Site newSite() {
    SampleContent sample = SampleContent.forNewTenant();
    storage.tenants().save(sample.tenant());
    return new Site(sample, storage.tenant(sample.tenantId()));
  }

  private record Site(SampleContent sample, TenantStorage store) {
    TenantId id() {
      return sample.tenantId();
    }

    RevisionRepository revisions() {
      return store.revisions();
    }
  }
}
