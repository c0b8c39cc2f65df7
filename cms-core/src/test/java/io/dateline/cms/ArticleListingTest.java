package io.dateline.cms;

import static io.dateline.cms.Failures.pathsAndRules;
import static io.dateline.cms.Failures.validationFailure;
import static io.dateline.cms.Newsroom.EN;
import static io.dateline.cms.Newsroom.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.dateline.cms.command.ArticleDraft;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.ArticleStatus;
import io.dateline.cms.model.Author;
import io.dateline.cms.model.Location;
import io.dateline.cms.model.References;
import io.dateline.cms.model.Section;
import io.dateline.cms.model.Tag;
import io.dateline.cms.query.ArticleQuery;
import io.dateline.cms.query.PageCursor;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Listing articles through the service")
class ArticleListingTest {
  @AutoClose private final Newsroom newsroom = new Newsroom();
  private final TenantContent unn = newsroom.unn();
  private final ArticleService articles = unn.articles();

  /** Publishes a minute after the previous one, so that listings have a clear order. */
  private Article publishNext(ArticleDraft.Builder draft) {
    newsroom.clock().advance(Duration.ofMinutes(1));
    return Newsroom.published(unn, draft.build());
  }

  private List<ArticleId> ids(ArticleQuery query) {
    return articles.list(query).articles().stream().map(Article::id).toList();
  }

  @Nested
  @DisplayName("filters")
  class Filters {
    private final Author shramko = Newsroom.author(unn, "Юлія Шрамко");
    private final Author petrenko = Newsroom.author(unn, "Олег Петренко");
    private final Section war = Newsroom.section(unn, "Війна");
    private final Section politics = Newsroom.section(unn, "Політика");
    private final Tag seoul = Newsroom.tag(unn, "Сеул");
    private final Location kyiv = Newsroom.city(unn, "Київ");
    private final Location lviv = Newsroom.city(unn, "Львів");

    private final Article warStory =
        publishNext(
            draft("Війна").authors(shramko.id()).primarySection(war.id()).dateline(kyiv.id()));
    private final Article politicsStory =
        publishNext(
            draft("Політика")
                .authors(petrenko.id(), shramko.id())
                .primarySection(politics.id())
                .sections(war.id())
                .tags(seoul.id())
                .places(lviv.id())
                .exclusive(true));
    private final Article englishStory =
        publishNext(draft("Politics").language(EN).authors(petrenko.id()).dateline(lviv.id()));
    private final Article unpublished = unpublish(publishNext(draft("Знято").tags(seoul.id())));
    private final Article neverPublished =
        articles.create(draft("Чернетка").authors(shramko.id()).build());

    private Article unpublish(Article article) {
      return articles.unpublish(article.id());
    }

    @Test
    @DisplayName("published() lists only published articles, newest first")
    void publishedNewestFirst() {
      assertThat(ids(ArticleQuery.published()))
          .containsExactly(englishStory.id(), politicsStory.id(), warStory.id());
    }

    @Test
    @DisplayName("a status filter picks those statuses, but never articles without a publish time")
    void statuses() {
      assertThat(ids(ArticleQuery.withStatus(ArticleStatus.UNPUBLISHED)))
          .containsExactly(unpublished.id());
      assertThat(ids(ArticleQuery.anyStatus())).doesNotContain(neverPublished.id()).hasSize(4);
      assertThat(articles.count(ArticleQuery.anyStatus())).isEqualTo(5);
      assertThat(articles.count(ArticleQuery.withStatus(ArticleStatus.DRAFT))).isEqualTo(1);
    }

    @Test
    @DisplayName("by language, ignoring the region of the requested locale")
    void language() {
      assertThat(ids(ArticleQuery.published().inLanguage(Locale.forLanguageTag("en-GB"))))
          .containsExactly(englishStory.id());
      assertThat(ids(ArticleQuery.published().inLanguage(Newsroom.UK)))
          .containsExactly(politicsStory.id(), warStory.id());
    }

    @Test
    @DisplayName("by section, primary or secondary")
    void section() {
      assertThat(ids(ArticleQuery.published().inSection(war.id())))
          .containsExactly(politicsStory.id(), warStory.id());
      assertThat(ids(ArticleQuery.published().inSection(politics.id())))
          .containsExactly(politicsStory.id());
    }

    @Test
    @DisplayName("by tag, author, location (dateline or place) and exclusivity")
    void otherFilters() {
      assertThat(ids(ArticleQuery.anyStatus().withTag(seoul.id())))
          .containsExactly(unpublished.id(), politicsStory.id());
      assertThat(ids(ArticleQuery.published().byAuthor(shramko.id())))
          .containsExactly(politicsStory.id(), warStory.id());
      assertThat(ids(ArticleQuery.published().atLocation(lviv.id())))
          .containsExactly(englishStory.id(), politicsStory.id());
      assertThat(ids(ArticleQuery.published().atLocation(kyiv.id())))
          .containsExactly(warStory.id());
      assertThat(ids(ArticleQuery.published().exclusive(true))).containsExactly(politicsStory.id());
      assertThat(ids(ArticleQuery.published().exclusive(false)))
          .containsExactly(englishStory.id(), warStory.id());
    }

    @Test
    @DisplayName("combine with AND, and count agrees with the listing")
    void combined() {
      ArticleQuery query = ArticleQuery.published().byAuthor(petrenko.id()).inLanguage(Newsroom.UK);

      assertThat(ids(query)).containsExactly(politicsStory.id());
      assertThat(articles.count(query)).isEqualTo(1);
    }

    @Test
    @DisplayName("come back with every author, section, tag and location resolved")
    void referencesResolved() {
      ArticleListing listing = articles.list(ArticleQuery.published());
      References refs = listing.references();

      Article politicsListed =
          listing.articles().stream()
              .filter(a -> a.id().equals(politicsStory.id()))
              .findFirst()
              .orElseThrow();
      assertThat(refs.authorsOf(politicsListed.authors())).containsExactly(petrenko, shramko);
      assertThat(refs.sectionsOf(politicsListed.sections())).containsExactly(politics, war);
      assertThat(refs.tagsOf(politicsListed.tags())).containsExactly(seoul);
      assertThat(refs.locationsOf(politicsListed.places())).containsExactly(lviv);
      assertThat(refs.location(warStory.dateline())).contains(kyiv);
      assertThat(refs.location(null)).isEmpty();
      assertThat(refs.authors()).hasSize(2);
      assertThat(refs.locations()).containsOnlyKeys(kyiv.id(), lviv.id());
    }

    @Test
    @DisplayName("resolve references of any articles on demand")
    void referencesOnDemand() {
      References refs = articles.references(List.of(warStory));

      assertThat(refs.authors()).containsOnlyKeys(shramko.id());
      assertThat(refs.sections()).containsOnlyKeys(war.id());
      assertThat(refs.tags()).isEmpty();
      assertThat(articles.references(List.of())).isEqualTo(References.NONE);
    }
  }

  @Nested
  @DisplayName("pages")
  class Paging {

    private List<Article> publishSeven() {
      List<Article> published = new ArrayList<>();
      for (int i = 0; i < 7; i++) {
        published.add(publishNext(draft("Новина " + i)));
      }
      return published;
    }

    /** Follows cursors through their URL tokens, as a web page would. */
    private List<List<ArticleId>> allPages(ArticleQuery first) {
      List<List<ArticleId>> pages = new ArrayList<>();
      ArticleQuery query = first;
      while (true) {
        ArticleListing page = articles.list(query);
        pages.add(page.articles().stream().map(Article::id).toList());
        if (page.nextCursor().isEmpty()) {
          return pages;
        }
        String token = page.nextCursor().get().encode();
        query = query.after(PageCursor.decode(token));
      }
    }

    @Test
    @DisplayName("follow each other through encoded cursors, without gaps or repeats")
    void keyset() {
      List<Article> published = publishSeven();
      List<ArticleId> newestFirst = new ArrayList<>(published.stream().map(Article::id).toList());
      Collections.reverse(newestFirst);

      List<List<ArticleId>> pages = allPages(ArticleQuery.published().limit(3));

      assertThat(pages).hasSize(3);
      assertThat(pages.get(0)).containsExactlyElementsOf(newestFirst.subList(0, 3));
      assertThat(pages.get(1)).containsExactlyElementsOf(newestFirst.subList(3, 6));
      assertThat(pages.get(2)).containsExactlyElementsOf(newestFirst.subList(6, 7));
    }

    @Test
    @DisplayName("end without a cursor when the last page is exactly full")
    void exactlyFull() {
      publishSeven();

      ArticleListing listing = articles.list(ArticleQuery.published().limit(7));

      assertThat(listing.articles()).hasSize(7);
      assertThat(listing.next()).isNull();
      assertThat(listing.nextCursor()).isEmpty();
    }

    @Test
    @DisplayName("order articles published in the same instant by id, descending, across pages")
    void ties() {
      List<ArticleId> sameInstant = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        sameInstant.add(Newsroom.published(unn, draft("Одночасно " + i).build()).id());
      }
      sameInstant.sort(Comparator.reverseOrder());

      List<ArticleId> paged =
          allPages(ArticleQuery.published().limit(2)).stream().flatMap(List::stream).toList();

      assertThat(paged).containsExactlyElementsOf(sameInstant);
    }

    @Test
    @DisplayName("are not shifted by an article published while the reader pages")
    void stableUnderInserts() {
      List<Article> published = publishSeven();
      ArticleListing first = articles.list(ArticleQuery.published().limit(3));

      publishNext(draft("Термінова новина"));
      ArticleListing second = articles.list(ArticleQuery.published().limit(3).after(first.next()));

      assertThat(second.articles())
          .extracting(Article::id)
          .containsExactly(published.get(3).id(), published.get(2).id(), published.get(1).id());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "not base64!", "%%%", "MTIz", "eC55Lno", "MS4yLm5vdC1hLXV1aWQ"})
    @DisplayName("refuse a malformed cursor token with a validation error on cursor")
    void malformedToken(String token) {
      ValidationException e = validationFailure(() -> PageCursor.decode(token));

      assertThat(e.subject()).isEqualTo("cursor");
      assertThat(pathsAndRules(e)).containsExactly(tuple("cursor", "Cursor"));
    }

    @Test
    @DisplayName("refuse a token whose time is out of range")
    void outOfRangeTime() {
      String raw = Long.MAX_VALUE + ".0." + UUID.randomUUID();
      String token =
          Base64.getUrlEncoder()
              .withoutPadding()
              .encodeToString(raw.getBytes(StandardCharsets.US_ASCII));

      assertThat(pathsAndRules(validationFailure(() -> PageCursor.decode(token))))
          .containsExactly(tuple("cursor", "Cursor"));
    }
  }
}
