package io.dateline.cms.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.cms.model.Article;
import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.ArticleStatus;
import io.dateline.cms.model.Notice;
import io.dateline.cms.model.NoticeKind;
import io.dateline.cms.model.Section;
import io.dateline.cms.model.Tag;
import io.dateline.cms.query.RelatedQuery;
import io.dateline.cms.spi.ContentStorage;
import io.dateline.cms.spi.TenantStorage;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** The bodies of {@link RelatedArticlesContract}. */
final class RelatedChecks {
  private static final Instant T0 = SampleContent.REFERENCE_TIME;

  private final ContentStorage storage;

  RelatedChecks(ContentStorage storage) {
    this.storage = Objects.requireNonNull(storage, "the contract's storage method returned null");
  }

  /** A tenant with two tags and a section stored. */
  private final class Newsroom {
    final SampleContent sample;
    final TenantStorage store;
    final Tag war;
    final Tag energy;
    final Section politics;

    Newsroom(SampleContent sample) {
      this.sample = sample;
      storage.tenants().save(sample.tenant());
      store = storage.tenant(sample.tenantId());
      war = sample.tag();
      energy = sample.tag();
      politics = sample.section();
      store.tags().insert(war);
      store.tags().insert(energy);
      store.sections().insert(politics);
    }

    Article published(int minute, Article.Builder b) {
      Instant at = T0.plusSeconds(60L * minute);
      return store
          .articles()
          .insert(b.status(ArticleStatus.PUBLISHED).publishAt(at).firstPublishedAt(at).build());
    }

    Article published(int minute) {
      return published(minute, sample.article());
    }

    List<Article> related(Article article, int automatic) {
      return store.articles().related(RelatedQuery.of(article, automatic));
    }
  }

  private Newsroom newsroom() {
    return new Newsroom(SampleContent.forNewTenant());
  }

  void picksFirstThenNewestMatches() {
    Newsroom n = newsroom();
    Article oldPick = n.published(1);
    Article newPick = n.published(50, n.sample.article().tags(List.of(n.war.id())));
    Article byTag = n.published(40, n.sample.article().tags(List.of(n.war.id())));
    Article bySection = n.published(30, n.sample.article().sections(List.of(n.politics.id())));
    Article byBoth =
        n.published(
            20,
            n.sample
                .article()
                .tags(List.of(n.energy.id(), n.war.id()))
                .sections(List.of(n.politics.id())));
    n.published(45); // shares nothing
    Article article =
        n.published(
            10,
            n.sample
                .article()
                .tags(List.of(n.war.id(), n.energy.id()))
                .primarySection(n.politics.id())
                .related(List.of(oldPick.id(), newPick.id())));

    assertThat(ids(n.related(article, 10)))
        .containsExactly(oldPick.id(), newPick.id(), byTag.id(), bySection.id(), byBoth.id());
    assertThat(n.related(article, 10).get(0)).isEqualTo(oldPick);
  }

  void automaticMatchesAreCounted() {
    Newsroom n = newsroom();
    Article pick = n.published(1);
    List<Article> matches =
        List.of(
            n.published(5, n.sample.article().tags(List.of(n.war.id()))),
            n.published(6, n.sample.article().tags(List.of(n.war.id()))),
            n.published(7, n.sample.article().tags(List.of(n.war.id()))),
            n.published(8, n.sample.article().tags(List.of(n.war.id()))));
    Article article =
        n.published(9, n.sample.article().tags(List.of(n.war.id())).related(List.of(pick.id())));

    assertThat(ids(n.related(article, 2)))
        .containsExactly(pick.id(), matches.get(3).id(), matches.get(2).id());
    assertThat(ids(n.related(article, 0))).containsExactly(pick.id());
    assertThat(ids(n.related(article, RelatedQuery.MAX_AUTOMATIC)))
        .containsExactly(
            pick.id(),
            matches.get(3).id(),
            matches.get(2).id(),
            matches.get(1).id(),
            matches.get(0).id());
  }

  void dropsWhatReadersCannotSee() {
    Newsroom n = newsroom();
    Article draft = n.store.articles().insert(n.sample.article().tags(List.of(n.war.id())).build());
    Article unpublished =
        n.store
            .articles()
            .insert(
                n.sample
                    .article()
                    .tags(List.of(n.war.id()))
                    .status(ArticleStatus.UNPUBLISHED)
                    .publishAt(T0)
                    .firstPublishedAt(T0)
                    .build());
    Article english =
        n.published(3, n.sample.article().language(Locale.ENGLISH).tags(List.of(n.war.id())));
    Article gone = n.published(4);
    Article visible = n.published(5);
    Article article =
        n.published(
            9,
            n.sample
                .article()
                .tags(List.of(n.war.id()))
                .related(
                    List.of(draft.id(), unpublished.id(), english.id(), gone.id(), visible.id())));
    assertThat(n.store.articles().delete(gone.id())).isTrue();
    Article current = n.store.articles().findById(article.id()).orElseThrow();

    assertThat(ids(n.related(current, 10))).containsExactly(visible.id());
    // Asked with a pick list that still names the deleted article and the article itself.
    RelatedQuery stale =
        new RelatedQuery(
            article.id(),
            article.language(),
            List.of(gone.id(), article.id(), ArticleId.random(), visible.id()),
            article.tags(),
            null,
            10);
    assertThat(ids(n.store.articles().related(stale))).containsExactly(visible.id());
  }

  void staysInItsTenant() {
    Newsroom ours = newsroom();
    Newsroom theirs = newsroom();
    // The other tenant stores a tag and a section with our ids, and articles that use them.
    theirs.store.tags().insert(withTenant(ours.war, theirs));
    theirs.store.sections().insert(withTenant(ours.politics, theirs));
    Article foreignMatch =
        theirs.published(
            30,
            theirs
                .sample
                .article()
                .tags(List.of(ours.war.id()))
                .sections(List.of(ours.politics.id())));
    Article foreignPick = theirs.published(31);
    Article ownMatch = ours.published(5, ours.sample.article().tags(List.of(ours.war.id())));
    Article article =
        ours.published(
            9,
            ours.sample
                .article()
                .tags(List.of(ours.war.id()))
                .primarySection(ours.politics.id())
                .related(List.of()));
    RelatedQuery query =
        new RelatedQuery(
            article.id(),
            article.language(),
            List.of(foreignPick.id()),
            article.tags(),
            article.primarySection(),
            10);

    assertThat(ids(ours.store.articles().related(query))).containsExactly(ownMatch.id());
    assertThat(ids(ours.related(article, 10))).doesNotContain(foreignMatch.id());
    // And the other tenant, asked about our article's id, finds only its own content.
    assertThat(ids(theirs.store.articles().related(query)))
        .containsExactly(foreignPick.id(), foreignMatch.id());
  }

  void loneArticleHasNone() {
    Newsroom n = newsroom();
    n.published(1, n.sample.article().tags(List.of(n.energy.id())));
    Article article = n.published(2, n.sample.article().tags(List.of(n.war.id())));

    assertThat(n.related(article, 10)).isEmpty();
    assertThat(n.related(n.published(3), 10)).isEmpty();
  }

  void noticesRoundTrip() {
    Newsroom n = newsroom();
    List<Notice> notices =
        List.of(
            Notice.correction(T0.plusNanos(1_000), "Виправлено прізвище міністра."),
            Notice.update(T0.plusSeconds(60), "Додано заяву МЗС."),
            new Notice(NoticeKind.CLARIFICATION, T0.plusSeconds(120), "Уточнено: 3 < 5 & так."),
            new Notice(NoticeKind.EDITORS_NOTE, T0.plusSeconds(180), "Від редакції 🙂"));
    Article stored = n.store.articles().insert(n.sample.article().notices(notices).build());

    Article found = n.store.articles().findById(stored.id()).orElseThrow();
    assertThat(found.notices()).containsExactlyElementsOf(notices);
    assertThat(found).isEqualTo(stored);

    Article fewer =
        n.store.articles().update(found.toBuilder().notices(notices.subList(1, 2)).build());
    assertThat(n.store.articles().findById(stored.id()).orElseThrow().notices())
        .containsExactly(notices.get(1));
    n.store.articles().update(fewer.toBuilder().notices(List.of()).build());
    assertThat(n.store.articles().findById(stored.id()).orElseThrow().notices()).isEmpty();
  }

  private static Tag withTenant(Tag tag, Newsroom other) {
    return new Tag(
        other.sample.tenantId(), tag.id(), tag.kind(), other.sample.nextSlug("tag"), tag.name());
  }

  private static Section withTenant(Section section, Newsroom other) {
    return new Section(
        other.sample.tenantId(),
        section.id(),
        other.sample.nextSlug("section"),
        section.name(),
        null,
        section.position());
  }

  private static List<ArticleId> ids(List<Article> articles) {
    return articles.stream().map(Article::id).toList();
  }
}
