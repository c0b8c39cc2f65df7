package io.dateline.cms.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dateline.cms.AccessDeniedException;
import io.dateline.cms.Action;
import io.dateline.cms.Actor;
import io.dateline.cms.Dateline;
import io.dateline.cms.DuplicateSlugException;
import io.dateline.cms.TenantContent;
import io.dateline.cms.audit.AuditAction;
import io.dateline.cms.audit.AuditEntry;
import io.dateline.cms.audit.AuditPage;
import io.dateline.cms.audit.AuditQuery;
import io.dateline.cms.audit.AuditRecord;
import io.dateline.cms.audit.AuditSubject;
import io.dateline.cms.command.ArticleDraft;
import io.dateline.cms.command.TagDraft;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.ArticleStatus;
import io.dateline.cms.model.LocalizedText;
import io.dateline.cms.model.TagKind;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.query.ArticleQuery;
import io.dateline.cms.spi.AuditLog;
import io.dateline.cms.spi.ContentStorage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The bodies of {@link AuditContract}'s tests. */
final class AuditChecks {
  private static final Instant T0 = SampleContent.REFERENCE_TIME;
  private static final Locale UK = Locale.forLanguageTag("uk");
  private static final Actor EDITOR = new Actor("ed-1", "Олена Редакторка");
  private static final Actor REPORTER = new Actor("rep-2", "Reporter Two");
  private static final Actor INTERN = new Actor("intern-3", "Intern");

  private final ContentStorage storage;

  AuditChecks(ContentStorage storage) {
    this.storage = Objects.requireNonNull(storage, "the contract's storage method returned null");
  }

  private SampleContent newTenant() {
    SampleContent sample = SampleContent.forNewTenant();
    storage.tenants().save(sample.tenant());
    return sample;
  }

  private AuditLog log(TenantId tenant) {
    return storage.tenant(tenant).audit();
  }

  private static AuditRecord record(
      TenantId tenant, Instant at, Actor actor, AuditAction action, @Nullable ArticleId article) {
    return new AuditRecord(
        tenant,
        at,
        actor.id(),
        actor.displayName(),
        action,
        article == null ? AuditSubject.TAG : AuditSubject.ARTICLE,
        article == null ? "0190a000-0000-7000-8000-000000000001" : article.toString(),
        article,
        action == AuditAction.SCHEDULED ? "for " + at.plusSeconds(3600) : null);
  }

  private static List<AuditRecord> records(List<AuditEntry> entries) {
    return entries.stream().map(AuditEntry::record).toList();
  }

  void appendThenFind() {
    TenantId tenant = newTenant().tenantId();
    AuditLog log = log(tenant);
    ArticleId article = ArticleId.random();
    AuditRecord first = record(tenant, T0, EDITOR, AuditAction.CREATED, article);
    AuditRecord second =
        record(tenant, T0.plusNanos(1_000), REPORTER, AuditAction.SCHEDULED, article);
    AuditRecord third = record(tenant, T0.plusSeconds(5), EDITOR, AuditAction.UPDATED, null);

    AuditEntry a = log.append(first);
    AuditEntry b = log.append(second);
    AuditEntry c = log.append(third);

    assertThat(a.record()).isEqualTo(first);
    assertThat(a.sequence()).isPositive().isLessThan(b.sequence());
    assertThat(b.sequence()).isLessThan(c.sequence());
    List<AuditEntry> found = log.find(AuditQuery.all());
    assertThat(found).containsExactly(c, b, a);
    assertThat(found.get(2).at()).isEqualTo(T0);
    assertThat(found.get(1).detail()).isEqualTo(second.detail());
    assertThat(found.get(0).articleId()).isNull();
  }

  void queryByArticle() {
    TenantId tenant = newTenant().tenantId();
    AuditLog log = log(tenant);
    ArticleId one = ArticleId.random();
    ArticleId two = ArticleId.random();
    AuditEntry a = log.append(record(tenant, T0, EDITOR, AuditAction.CREATED, one));
    log.append(record(tenant, T0, EDITOR, AuditAction.CREATED, two));
    log.append(record(tenant, T0, EDITOR, AuditAction.UPDATED, null));
    AuditEntry d = log.append(record(tenant, T0, REPORTER, AuditAction.PUBLISHED, one));

    assertThat(log.find(AuditQuery.builder().article(one).build())).containsExactly(d, a);
    assertThat(log.find(AuditQuery.builder().article(ArticleId.random()).build())).isEmpty();
  }

  void queryByActor() {
    TenantId tenant = newTenant().tenantId();
    AuditLog log = log(tenant);
    ArticleId article = ArticleId.random();
    log.append(record(tenant, T0, EDITOR, AuditAction.CREATED, article));
    AuditEntry b = log.append(record(tenant, T0, REPORTER, AuditAction.UPDATED, article));
    log.append(record(tenant, T0, EDITOR, AuditAction.PUBLISHED, article));
    AuditEntry d = log.append(record(tenant, T0, REPORTER, AuditAction.DELETED, null));

    assertThat(log.find(AuditQuery.builder().actor(REPORTER.id()).build())).containsExactly(d, b);
    // Actor ids are compared exactly.
    assertThat(log.find(AuditQuery.builder().actor("REP-2").build())).isEmpty();
    assertThat(log.find(AuditQuery.builder().actor(REPORTER.id()).article(article).build()))
        .containsExactly(b);
  }

  void queryByTime() {
    TenantId tenant = newTenant().tenantId();
    AuditLog log = log(tenant);
    List<AuditEntry> entries = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      // One microsecond apart: the finest precision every store keeps.
      entries.add(
          log.append(record(tenant, T0.plusNanos(1_000L * i), EDITOR, AuditAction.UPDATED, null)));
    }

    List<AuditEntry> middle =
        log.find(AuditQuery.builder().from(T0.plusNanos(1_000)).until(T0.plusNanos(3_000)).build());
    assertThat(middle).containsExactly(entries.get(2), entries.get(1));
    assertThat(log.find(AuditQuery.builder().from(T0.plusNanos(3_000)).build()))
        .containsExactly(entries.get(3));
    assertThat(log.find(AuditQuery.builder().until(T0.plusNanos(1_000)).build()))
        .containsExactly(entries.get(0));
  }

  void prune() {
    TenantId tenant = newTenant().tenantId();
    TenantId other = newTenant().tenantId();
    AuditLog log = log(tenant);
    List<AuditEntry> entries = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      entries.add(
          log.append(record(tenant, T0.plusNanos(1_000L * i), EDITOR, AuditAction.UPDATED, null)));
    }
    AuditEntry elsewhere = log(other).append(record(other, T0, EDITOR, AuditAction.CREATED, null));

    assertThat(log.prune(T0.plusNanos(2_000))).isEqualTo(2);

    assertThat(log.find(AuditQuery.all()))
        .as("entries at the cut-off time or later stay")
        .containsExactly(entries.get(3), entries.get(2));
    assertThat(log(other).find(AuditQuery.all()))
        .as("another tenant's entries are never touched")
        .containsExactly(elsewhere);
    assertThat(log.prune(T0.plusNanos(2_000))).isZero();
    assertThat(log.prune(T0.minusSeconds(60))).isZero();
  }

  void paging() {
    TenantId tenant = newTenant().tenantId();
    AuditLog log = log(tenant);
    List<AuditEntry> appended = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      appended.add(
          log.append(record(tenant, T0.plusSeconds(i), EDITOR, AuditAction.UPDATED, null)));
    }

    List<AuditEntry> seen = new ArrayList<>();
    long before = Long.MAX_VALUE;
    int pages = 0;
    while (true) {
      List<AuditEntry> page = log.find(AuditQuery.builder().before(before).limit(3).build());
      pages++;
      assertThat(page).hasSizeLessThanOrEqualTo(3);
      seen.addAll(page);
      if (page.size() < 3) {
        break;
      }
      before = page.get(page.size() - 1).sequence();
    }

    assertThat(pages).isEqualTo(3);
    List<AuditEntry> newestFirst = new ArrayList<>(appended);
    java.util.Collections.reverse(newestFirst);
    assertThat(seen).containsExactlyElementsOf(newestFirst);
  }

  void tenantIsolation() {
    TenantId alpha = newTenant().tenantId();
    TenantId beta = newTenant().tenantId();
    ArticleId article = ArticleId.random();
    AuditEntry mine = log(alpha).append(record(alpha, T0, EDITOR, AuditAction.CREATED, article));

    assertThat(log(beta).find(AuditQuery.all())).isEmpty();
    assertThat(log(beta).find(AuditQuery.builder().article(article).build())).isEmpty();
    assertThat(log(beta).find(AuditQuery.builder().actor(EDITOR.id()).build())).isEmpty();
    assertThatThrownBy(
            () -> log(beta).append(record(alpha, T0, EDITOR, AuditAction.DELETED, article)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                log(beta)
                    .appendWith(
                        record(alpha, T0, EDITOR, AuditAction.DELETED, article), () -> true))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(log(alpha).find(AuditQuery.all())).containsExactly(mine);
  }

  void appendWithWrite() {
    SampleContent sample = newTenant();
    TenantId tenant = sample.tenantId();
    Article article = sample.article().build();
    AuditRecord record = record(tenant, T0, EDITOR, AuditAction.CREATED, article.id());

    Article stored =
        log(tenant).appendWith(record, () -> storage.tenant(tenant).articles().insert(article));

    assertThat(stored).isEqualTo(article);
    assertThat(storage.tenant(tenant).articles().findById(article.id())).contains(article);
    assertThat(records(log(tenant).find(AuditQuery.all()))).containsExactly(record);
  }

  void severalChangesRecordOnce() {
    SampleContent sample = newTenant();
    TenantId tenant = sample.tenantId();
    Article first = sample.article().build();
    Article second = sample.article().build();
    AuditRecord record = record(tenant, T0, EDITOR, AuditAction.CREATED, first.id());

    log(tenant)
        .appendWith(
            record,
            () -> {
              storage.tenant(tenant).articles().insert(first);
              return storage.tenant(tenant).articles().insert(second);
            });

    assertThat(storage.tenant(tenant).articles().findByIds(List.of(first.id(), second.id())))
        .hasSize(2);
    assertThat(records(log(tenant).find(AuditQuery.all()))).containsExactly(record);
  }

  void failedWriteRecordsNothing() {
    SampleContent sample = newTenant();
    TenantId tenant = sample.tenantId();
    Article first = sample.article("taken-slug").build();
    storage.tenant(tenant).articles().insert(first);
    Article clash = sample.article("taken-slug").build();
    long changesBefore = storage.changes().read(tenant, 0, 1000).size();

    assertThatThrownBy(
            () ->
                log(tenant)
                    .appendWith(
                        record(tenant, T0, EDITOR, AuditAction.CREATED, clash.id()),
                        () -> storage.tenant(tenant).articles().insert(clash)))
        .isInstanceOf(DuplicateSlugException.class);

    assertThat(log(tenant).find(AuditQuery.all())).isEmpty();
    assertThat(storage.tenant(tenant).articles().findById(clash.id())).isEmpty();
    assertThat(storage.changes().read(tenant, 0, 1000)).hasSize((int) changesBefore);
  }

  void servicesRecordActors() {
    SampleContent sample = SampleContent.forNewTenant();
    TenantId tenant = sample.tenantId();
    Instant later = T0.plus(Duration.ofDays(1));
    try (Dateline cms = dateline(T0, request -> true)) {
      cms.saveTenant(sample.tenant());
      TenantContent editor = cms.tenant(tenant).as(EDITOR);
      TenantContent reporter = cms.tenant(tenant).as(REPORTER);

      Article created =
          reporter.articles().create(ArticleDraft.builder(UK, "Перша новина").build());
      Article edited =
          editor
              .articles()
              .update(
                  created.id(),
                  created.version(),
                  ArticleDraft.builder(UK, "Перша новина, виправлена").build());
      editor.articles().schedule(edited.id(), later);
      editor.tags().create(TagDraft.of(TagKind.TOPIC, LocalizedText.of(UK, "Економіка")));

      List<AuditEntry> entries = cms.tenant(tenant).audit().query(AuditQuery.all()).entries();
      assertThat(entries)
          .extracting(AuditEntry::actorId, AuditEntry::action, AuditEntry::subject)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(
                  EDITOR.id(), AuditAction.CREATED, AuditSubject.TAG),
              org.assertj.core.groups.Tuple.tuple(
                  EDITOR.id(), AuditAction.SCHEDULED, AuditSubject.ARTICLE),
              org.assertj.core.groups.Tuple.tuple(
                  EDITOR.id(), AuditAction.UPDATED, AuditSubject.ARTICLE),
              org.assertj.core.groups.Tuple.tuple(
                  REPORTER.id(), AuditAction.CREATED, AuditSubject.ARTICLE));
      assertThat(entries.get(1).actorName()).isEqualTo(EDITOR.displayName());
      assertThat(entries.get(1).articleId()).isEqualTo(created.id());
      assertThat(entries.get(1).at()).isEqualTo(T0);
    }
    try (Dateline cms = dateline(later, request -> true)) {
      // Dateline.publishDue publishes whatever is due in the whole store; only this tenant's
      // entries are looked at.
      cms.publishDue();
      AuditPage page =
          cms.tenant(tenant)
              .audit()
              .query(AuditQuery.builder().actor(Actor.SCHEDULER.id()).build());
      assertThat(page.entries()).hasSize(1);
      AuditEntry published = page.entries().get(0);
      assertThat(published.action()).isEqualTo(AuditAction.PUBLISHED);
      assertThat(published.actorName()).isEqualTo(Actor.SCHEDULER.displayName());
      assertThat(
              cms.tenant(tenant)
                  .articles()
                  .get(Objects.requireNonNull(published.articleId()))
                  .status())
          .isEqualTo(ArticleStatus.PUBLISHED);
    }
  }

  void refusedCommandStoresNothing() {
    SampleContent sample = SampleContent.forNewTenant();
    TenantId tenant = sample.tenantId();
    try (Dateline cms = dateline(T0, request -> !request.actor().equals(INTERN))) {
      cms.saveTenant(sample.tenant());
      Article existing =
          cms.tenant(tenant).articles().create(ArticleDraft.builder(UK, "Чернетка").build());
      long feed = storage.changes().read(tenant, 0, 1000).size();
      long audited = cms.tenant(tenant).audit().query(AuditQuery.all()).entries().size();
      TenantContent intern = cms.tenant(tenant).as(INTERN);

      assertThatThrownBy(
              () -> intern.articles().create(ArticleDraft.builder(UK, "Не можна").build()))
          .isInstanceOfSatisfying(
              AccessDeniedException.class,
              e -> {
                assertThat(e.actorId()).isEqualTo(INTERN.id());
                assertThat(e.tenantId()).isEqualTo(tenant);
                assertThat(e.action()).isEqualTo(Action.CREATE);
              });
      assertThatThrownBy(() -> intern.articles().publish(existing.id()))
          .isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(() -> intern.articles().delete(existing.id()))
          .isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(
              () -> intern.tags().create(TagDraft.of(TagKind.TOPIC, LocalizedText.of(UK, "Ні"))))
          .isInstanceOf(AccessDeniedException.class);

      assertThat(cms.tenant(tenant).articles().count(ArticleQuery.anyStatus())).isOne();
      assertThat(cms.tenant(tenant).articles().get(existing.id())).isEqualTo(existing);
      assertThat(cms.tenant(tenant).tags().list(null, 10)).isEmpty();
      assertThat(storage.changes().read(tenant, 0, 1000)).hasSize((int) feed);
      assertThat(cms.tenant(tenant).audit().query(AuditQuery.all()).entries())
          .hasSize((int) audited);
    }
  }

  private Dateline dateline(Instant now, io.dateline.cms.Authorizer authorizer) {
    return Dateline.builder()
        .storage(storage)
        .clock(Clock.fixed(now, ZoneOffset.UTC))
        .publishScheduled(Duration.ZERO) // the tests call publishDue themselves
        .authorizer(authorizer)
        .build();
  }
}
