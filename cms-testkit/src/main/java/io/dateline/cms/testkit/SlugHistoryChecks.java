package io.dateline.cms.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dateline.cms.Dateline;
import io.dateline.cms.NotFoundException;
import io.dateline.cms.Revision;
import io.dateline.cms.TenantContent;
import io.dateline.cms.ValidationException;
import io.dateline.cms.changes.Change;
import io.dateline.cms.changes.ChangeKind;
import io.dateline.cms.command.ArticleDraft;
import io.dateline.cms.command.AuthorDraft;
import io.dateline.cms.command.LocationDraft;
import io.dateline.cms.command.SectionDraft;
import io.dateline.cms.command.TagDraft;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.Author;
import io.dateline.cms.model.LocalizedText;
import io.dateline.cms.model.Location;
import io.dateline.cms.model.LocationKind;
import io.dateline.cms.model.Section;
import io.dateline.cms.model.Tag;
import io.dateline.cms.model.TagId;
import io.dateline.cms.model.TagKind;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.spi.ContentStorage;
import io.dateline.cms.spi.SlugHistory;
import io.dateline.cms.spi.SlugKind;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** The bodies of {@link SlugHistoryContract}. */
final class SlugHistoryChecks {
  private static final Locale EN = Locale.ENGLISH;

  private final ContentStorage storage;

  SlugHistoryChecks(ContentStorage storage) {
    this.storage = storage;
  }

  // ---- the SPI ----

  void unknownSlug() {
    SlugHistory history = history(newTenant());
    assertThat(history.find(SlugKind.ARTICLE, "never-used")).isEmpty();
    assertThat(history.retarget(SlugKind.TAG, UUID.randomUUID(), UUID.randomUUID())).isZero();
    assertThat(history.forget(SlugKind.TAG, UUID.randomUUID())).isZero();
  }

  void recordFindReplace() {
    SlugHistory history = history(newTenant());
    UUID first = UUID.randomUUID();
    UUID second = UUID.randomUUID();
    history.record(SlugKind.ARTICLE, "old-story", first);

    assertThat(history.find(SlugKind.ARTICLE, "old-story")).contains(first);
    // Kinds and slugs are told apart exactly.
    assertThat(history.find(SlugKind.TAG, "old-story")).isEmpty();
    assertThat(history.find(SlugKind.ARTICLE, "Old-Story")).isEmpty();
    assertThat(history.find(SlugKind.ARTICLE, "old-story-")).isEmpty();

    history.record(SlugKind.ARTICLE, "old-story", second);
    assertThat(history.find(SlugKind.ARTICLE, "old-story")).contains(second);

    String longest = "a".repeat(120);
    history.record(SlugKind.SECTION, longest, first);
    assertThat(history.find(SlugKind.SECTION, longest)).contains(first);
  }

  void recordWith() {
    TenantId tenant = newTenant();
    SlugHistory history = history(tenant);
    Tag tag =
        new Tag(tenant, TagId.random(), TagKind.TOPIC, "before", LocalizedText.of(EN, "A tag"));
    storage.tenant(tenant).tags().insert(tag);
    Tag renamed = new Tag(tenant, tag.id(), TagKind.TOPIC, "after", tag.name());

    Tag returned =
        history.recordWith(
            SlugKind.TAG,
            "before",
            tag.id().value(),
            () -> {
              storage.tenant(tenant).tags().update(renamed);
              return renamed;
            });

    assertThat(returned).isSameAs(renamed);
    assertThat(history.find(SlugKind.TAG, "before")).contains(tag.id().value());
    assertThat(storage.tenant(tenant).tags().findBySlug("after")).contains(renamed);

    IllegalStateException refused = new IllegalStateException("the rename was refused");
    assertThatThrownBy(
            () ->
                history.recordWith(
                    SlugKind.TAG,
                    "after",
                    tag.id().value(),
                    () -> {
                      throw refused;
                    }))
        .isSameAs(refused);
    assertThat(history.find(SlugKind.TAG, "after")).isEmpty();
  }

  void retarget() {
    SlugHistory history = history(newTenant());
    UUID from = UUID.randomUUID();
    UUID into = UUID.randomUUID();
    UUID other = UUID.randomUUID();
    history.record(SlugKind.TAG, "a", from);
    history.record(SlugKind.TAG, "b", from);
    history.record(SlugKind.TAG, "c", other);
    history.record(SlugKind.SECTION, "a", from);

    assertThat(history.retarget(SlugKind.TAG, from, into)).isEqualTo(2);

    assertThat(history.find(SlugKind.TAG, "a")).contains(into);
    assertThat(history.find(SlugKind.TAG, "b")).contains(into);
    assertThat(history.find(SlugKind.TAG, "c")).contains(other);
    assertThat(history.find(SlugKind.SECTION, "a")).contains(from);
  }

  void forget() {
    SlugHistory history = history(newTenant());
    UUID gone = UUID.randomUUID();
    UUID kept = UUID.randomUUID();
    history.record(SlugKind.AUTHOR, "x", gone);
    history.record(SlugKind.AUTHOR, "y", gone);
    history.record(SlugKind.AUTHOR, "z", kept);
    history.record(SlugKind.LOCATION, "x", gone);

    assertThat(history.forget(SlugKind.AUTHOR, gone)).isEqualTo(2);

    assertThat(history.find(SlugKind.AUTHOR, "x")).isEmpty();
    assertThat(history.find(SlugKind.AUTHOR, "y")).isEmpty();
    assertThat(history.find(SlugKind.AUTHOR, "z")).contains(kept);
    assertThat(history.find(SlugKind.LOCATION, "x")).contains(gone);
  }

  void tenantIsolation() {
    SlugHistory a = history(newTenant());
    SlugHistory b = history(newTenant());
    UUID ofA = UUID.randomUUID();
    UUID ofB = UUID.randomUUID();
    a.record(SlugKind.ARTICLE, "shared", ofA);

    assertThat(b.find(SlugKind.ARTICLE, "shared")).isEmpty();
    assertThat(b.retarget(SlugKind.ARTICLE, ofA, ofB)).isZero();
    assertThat(b.forget(SlugKind.ARTICLE, ofA)).isZero();
    b.record(SlugKind.ARTICLE, "shared", ofB);

    assertThat(a.find(SlugKind.ARTICLE, "shared")).contains(ofA);
    assertThat(b.find(SlugKind.ARTICLE, "shared")).contains(ofB);
    assertThat(b.forget(SlugKind.ARTICLE, ofB)).isEqualTo(1);
    assertThat(a.find(SlugKind.ARTICLE, "shared")).contains(ofA);
  }

  void racingRecords() {
    SlugHistory history = history(newTenant());
    List<UUID> targets =
        List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());

    ThreadRace.runAll(
        targets.size(),
        i -> {
          history.record(SlugKind.TAG, "contested", targets.get(i));
          return i;
        });

    assertThat(history.find(SlugKind.TAG, "contested")).isPresent();
    assertThat(targets).contains(history.find(SlugKind.TAG, "contested").orElseThrow());
  }

  // ---- through the services ----

  void articleChain() {
    try (Dateline cms = dateline()) {
      TenantContent site = cms.tenant(newTenant(cms));
      Article a = site.articles().create(ArticleDraft.builder(EN, "Story").slug("first").build());
      a = rename(site, a, "second");
      a = rename(site, a, "third");

      assertThat(site.articles().findBySlug("first")).isEmpty();
      assertThat(site.redirects().article("first")).map(Article::slug).contains("third");
      assertThat(site.redirects().article("second")).map(Article::slug).contains("third");
      assertThat(site.redirects().article("third")).isEmpty(); // current: no record needed

      // Back to a former slug: it is current again, and the one left behind redirects.
      a = rename(site, a, "first");
      assertThat(site.articles().findBySlug("first")).map(Article::id).contains(a.id());
      assertThat(site.redirects().article("third")).map(Article::slug).contains("first");
      // An update that keeps the slug records nothing.
      site.articles()
          .update(a.id(), a.version(), ArticleDraft.from(a).headline("Story, again").build());
      assertThat(site.redirects().article("first")).map(Article::slug).contains("first");
    }
  }

  void directoryRenames() {
    try (Dateline cms = dateline()) {
      TenantContent site = cms.tenant(newTenant(cms));
      LocalizedText name = LocalizedText.of(EN, "Name");

      Section section = site.sections().create(new SectionDraft("politics", name, null, 0));
      site.sections().update(section.id(), new SectionDraft("government", name, null, 0));
      Tag tag = site.tags().create(TagDraft.builder(TagKind.TOPIC, name).slug("ai").build());
      site.tags().update(tag.id(), TagDraft.builder(TagKind.TOPIC, name).slug("ml").build());
      Author author = site.authors().create(new AuthorDraft("jane-doe", name, null, null, null));
      site.authors().update(author.id(), new AuthorDraft("jane-roe", name, null, null, null));
      Location location =
          site.locations().create(new LocationDraft(LocationKind.CITY, "kiev", name, null));
      site.locations()
          .update(location.id(), new LocationDraft(LocationKind.CITY, "kyiv", name, null));

      assertThat(site.redirects().section("politics")).map(Section::slug).contains("government");
      assertThat(site.redirects().tag("ai")).map(Tag::slug).contains("ml");
      assertThat(site.redirects().author("jane-doe")).map(Author::slug).contains("jane-roe");
      assertThat(site.redirects().location("kiev")).map(Location::slug).contains("kyiv");
      // Each kind has its own history.
      assertThat(site.redirects().tag("politics")).isEmpty();
      assertThat(site.redirects().article("ai")).isEmpty();
    }
  }

  void freedSlugIsReusable() {
    try (Dateline cms = dateline()) {
      TenantContent site = cms.tenant(newTenant(cms));
      Article old = site.articles().create(ArticleDraft.builder(EN, "Old").slug("taken").build());
      rename(site, old, "moved");

      Article newcomer =
          site.articles().create(ArticleDraft.builder(EN, "New").slug("taken").build());

      assertThat(newcomer.slug()).isEqualTo("taken");
      assertThat(site.articles().findBySlug("taken")).map(Article::id).contains(newcomer.id());
      // The history still knows the old owner; readers ask it only when no current owner exists.
      assertThat(site.redirects().article("taken")).map(Article::id).contains(old.id());
      // When the newcomer moves on too, its leaving is the newer record and wins.
      rename(site, newcomer, "elsewhere");
      assertThat(site.redirects().article("taken")).map(Article::id).contains(newcomer.id());
    }
  }

  void forgottenOnDelete() {
    try (Dateline cms = dateline()) {
      TenantContent site = cms.tenant(newTenant(cms));
      Article a = site.articles().create(ArticleDraft.builder(EN, "Brief").slug("brief").build());
      a = rename(site, a, "brief-2");
      LocalizedText name = LocalizedText.of(EN, "Name");
      Tag tag = site.tags().create(TagDraft.builder(TagKind.TOPIC, name).slug("t1").build());
      site.tags().update(tag.id(), TagDraft.builder(TagKind.TOPIC, name).slug("t2").build());

      site.articles().delete(a.id());
      site.tags().delete(tag.id());

      assertThat(site.redirects().article("brief")).isEmpty();
      assertThat(site.redirects().tag("t1")).isEmpty();
      assertThat(history(site.tenant().id()).find(SlugKind.ARTICLE, "brief")).isEmpty();
      assertThat(history(site.tenant().id()).find(SlugKind.TAG, "t1")).isEmpty();
    }
  }

  void redirectsStayInTheirTenant() {
    try (Dateline cms = dateline()) {
      TenantContent a = cms.tenant(newTenant(cms));
      TenantContent b = cms.tenant(newTenant(cms));
      Article ofA = a.articles().create(ArticleDraft.builder(EN, "A").slug("same").build());
      rename(a, ofA, "renamed");
      b.articles().create(ArticleDraft.builder(EN, "B").slug("renamed").build());

      assertThat(a.redirects().article("same")).map(Article::id).contains(ofA.id());
      assertThat(b.redirects().article("same")).isEmpty();
      // A record of another tenant's id never resolves to an object here.
      history(b.tenant().id()).record(SlugKind.ARTICLE, "foreign", ofA.id().value());
      assertThat(b.redirects().article("foreign")).isEmpty();
    }
  }

  void tagMerge() {
    try (Dateline cms = dateline()) {
      TenantContent site = cms.tenant(newTenant(cms));
      LocalizedText name = LocalizedText.of(EN, "Name");
      Tag from = site.tags().create(TagDraft.builder(TagKind.TOPIC, name).slug("climate").build());
      site.tags().update(from.id(), TagDraft.builder(TagKind.TOPIC, name).slug("weather").build());
      Tag into =
          site.tags().create(TagDraft.builder(TagKind.TOPIC, name).slug("environment").build());
      Tag other = site.tags().create(TagDraft.builder(TagKind.TOPIC, name).slug("other").build());
      Article draft =
          site.articles()
              .create(ArticleDraft.builder(EN, "Draft").tags(from.id(), other.id()).build());
      Article both =
          site.articles()
              .create(ArticleDraft.builder(EN, "Both").tags(into.id(), from.id()).build());
      Article published =
          site.articles()
              .publish(
                  site.articles()
                      .create(ArticleDraft.builder(EN, "Out").tags(from.id()).build())
                      .id());
      Article untouched =
          site.articles().create(ArticleDraft.builder(EN, "None").tags(other.id()).build());
      long head = cms.changes().head();

      assertThat(site.tags().merge(from.id(), into.id())).isEqualTo(into);

      assertThat(site.articles().get(draft.id()).tags()).containsExactly(into.id(), other.id());
      assertThat(site.articles().get(both.id()).tags()).containsExactly(into.id());
      assertThat(site.articles().get(published.id()).tags()).containsExactly(into.id());
      assertThat(site.articles().get(published.id()).version()).isEqualTo(published.version() + 1);
      assertThat(site.articles().get(untouched.id())).isEqualTo(untouched);
      assertThat(site.tags().find(from.id())).isEmpty();
      assertThat(site.redirects().tag("weather")).contains(into);
      assertThat(site.redirects().tag("climate")).contains(into);
      // Each re-tagged article has a revision saying why; the untouched one has none.
      Revision latest = site.revisions().revisions(published.id(), null, 1).items().get(0);
      assertThat(latest.summary()).isEqualTo("Tag weather merged into environment");
      assertThat(latest.article()).isEqualTo(site.articles().get(published.id()));
      assertThat(site.revisions().revisions(untouched.id(), null, 10).items()).hasSize(1);

      List<Change> changes = cms.changes().read(head, 100);
      assertThat(changes)
          .filteredOn(c -> c.tenantId().equals(site.tenant().id()))
          .extracting(Change::kind, Change::subjectId)
          .contains(
              org.assertj.core.groups.Tuple.tuple(
                  ChangeKind.ARTICLE_UPDATED, draft.id().toString()),
              org.assertj.core.groups.Tuple.tuple(
                  ChangeKind.ARTICLE_UPDATED, published.id().toString()),
              org.assertj.core.groups.Tuple.tuple(ChangeKind.TAG_DELETED, from.id().toString()));
    }
  }

  void tagMergeRefusesBadInput() {
    try (Dateline cms = dateline()) {
      TenantContent site = cms.tenant(newTenant(cms));
      TenantContent elsewhere = cms.tenant(newTenant(cms));
      LocalizedText name = LocalizedText.of(EN, "Name");
      Tag tag = site.tags().create(TagDraft.builder(TagKind.TOPIC, name).slug("kept").build());
      Tag foreign =
          elsewhere.tags().create(TagDraft.builder(TagKind.TOPIC, name).slug("foreign").build());
      Article a = site.articles().create(ArticleDraft.builder(EN, "A").tags(tag.id()).build());

      assertThatThrownBy(() -> site.tags().merge(tag.id(), tag.id()))
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("into");
      assertThatThrownBy(() -> site.tags().merge(tag.id(), foreign.id()))
          .isInstanceOf(NotFoundException.class);
      assertThatThrownBy(() -> site.tags().merge(foreign.id(), tag.id()))
          .isInstanceOf(NotFoundException.class);

      assertThat(site.tags().find(tag.id())).contains(tag);
      assertThat(elsewhere.tags().find(foreign.id())).contains(foreign);
      assertThat(site.articles().get(a.id())).isEqualTo(a);
    }
  }

  // ---- helpers ----

  private static Article rename(TenantContent site, Article a, String slug) {
    return site.articles().update(a.id(), a.version(), ArticleDraft.from(a).slug(slug).build());
  }

  private SlugHistory history(TenantId tenant) {
    return storage.tenant(tenant).slugHistory();
  }

  private TenantId newTenant() {
    SampleContent sample = SampleContent.forNewTenant();
    storage.tenants().save(sample.tenant());
    return sample.tenantId();
  }

  private TenantId newTenant(Dateline cms) {
    SampleContent sample = SampleContent.forNewTenant();
    cms.saveTenant(sample.tenant());
    return sample.tenantId();
  }

  private Dateline dateline() {
    return Dateline.builder()
        .storage(storage)
        .clock(Clock.fixed(SampleContent.REFERENCE_TIME, ZoneOffset.UTC))
        .publishScheduled(Duration.ZERO)
        .build();
  }
}
