package io.dateline.cms.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dateline.cms.model.Article;
import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.ArticleStatus;
import io.dateline.cms.model.AuthorId;
import io.dateline.cms.model.Block;
import io.dateline.cms.model.SectionId;
import io.dateline.cms.model.TagId;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.search.SearchHit;
import io.dateline.cms.search.SearchIndex;
import io.dateline.cms.search.SearchPage;
import io.dateline.cms.search.SearchQuery;
import io.dateline.cms.search.SearchQueryException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The {@link SearchIndex} contract as JUnit 5 tests. A backend runs them by implementing this
 * interface in a test class:
 *
 * <pre>{@code
 * class InMemorySearchIndexTest implements SearchIndexContract {
 *   private final SearchIndex index = new InMemorySearchIndex();
 *   public SearchIndex searchIndex() { return index; }
 * }
 * }</pre>
 *
 * <p>Every test writes its own tenants with fresh ids, so the index may be shared between tests.
 * The texts are English words in the exact forms the queries use (and a few Ukrainian ones), so an
 * index with or without stemming and morphology must pass; what morphology adds is the backend's
 * own tests' business.
 */
public interface SearchIndexContract {

  /** The language of most of the contract's articles. */
  Locale ENGLISH = Locale.ENGLISH;

  /**
   * The index under test, for the running test. May be new per test or shared by all.
   *
   * @return the index; never {@code null}
   */
  SearchIndex searchIndex();

  /** A published English article of a tenant with a headline and a body paragraph. */
  private static Article.Builder story(
      SampleContent content, String headline, String body, Instant publishAt) {
    return content
        .publishedArticle(publishAt)
        .language(ENGLISH)
        .headline(headline)
        .lead("")
        .body(List.of(Block.Paragraph.of(body)));
  }

  private static Instant day(int n) {
    return SampleContent.REFERENCE_TIME.minus(Duration.ofDays(100 - n));
  }

  private SearchPage search(TenantId tenant, String text) {
    return searchIndex().query(SearchQuery.of(tenant, ENGLISH, text));
  }

  private static List<ArticleId> ids(SearchPage page) {
    return page.hits().stream().map(SearchHit::articleId).toList();
  }

  // ---------------------------------------------------------------------------------------------

  @Test
  @DisplayName("finds a published article by a word of its headline, with its id, slug and time")
  default void findsByHeadline() {
    SampleContent content = SampleContent.forNewTenant();
    Article a =
        story(content, "Kestrel nests on the tower", "Birdwatchers gathered.", day(1)).build();
    searchIndex().index(a);

    SearchPage page = search(content.tenantId(), "kestrel");

    assertThat(page.hits()).hasSize(1);
    SearchHit hit = page.hits().get(0);
    assertThat(hit.articleId()).isEqualTo(a.id());
    assertThat(hit.slug()).isEqualTo(a.slug());
    assertThat(hit.title()).isEqualTo("Kestrel nests on the tower");
    assertThat(hit.publishAt()).isEqualTo(a.publishAt());
    assertThat(page.nextCursor()).isNull();
  }

  @Test
  @DisplayName("finds by a body word and marks it in a snippet whose other text is escaped")
  default void snippetIsEscapedAndMarked() {
    SampleContent content = SampleContent.forNewTenant();
    Article a =
        story(
                content,
                "Council meeting",
                "The <b>offshore</b> windfarm & \"its\" cables <script>alert(1)</script> windfarm.",
                day(1))
            .build();
    searchIndex().index(a);

    SearchPage page = search(content.tenantId(), "windfarm");

    assertThat(page.hits()).hasSize(1);
    String snippet = page.hits().get(0).snippet();
    assertThat(snippet).contains("<mark>windfarm</mark>");
    assertThat(snippet).contains("&lt;b&gt;").contains("&amp;").contains("&lt;script&gt;");
    assertThat(snippet.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<", ">");
  }

  @Test
  @DisplayName("never shows one tenant's articles to another")
  default void tenantIsolation() {
    SampleContent first = SampleContent.forNewTenant();
    SampleContent second = SampleContent.forNewTenant();
    Article a = story(first, "Lighthouse keeper retires", "Forty years.", day(1)).build();
    Article b = story(second, "Lighthouse keeper retires", "Forty years.", day(1)).build();
    searchIndex().index(a);
    searchIndex().index(b);

    assertThat(ids(search(first.tenantId(), "lighthouse"))).containsExactly(a.id());
    assertThat(ids(search(second.tenantId(), "lighthouse"))).containsExactly(b.id());

    searchIndex().remove(second.tenantId(), a.id());
    assertThat(ids(search(first.tenantId(), "lighthouse"))).containsExactly(a.id());

    searchIndex().rebuild(second.tenantId(), List.of(a));
    assertThat(ids(search(second.tenantId(), "lighthouse"))).isEmpty();
    assertThat(ids(search(first.tenantId(), "lighthouse"))).containsExactly(a.id());
  }

  @Test
  @DisplayName("finds only articles in the query's language")
  default void languageScope() {
    SampleContent content = SampleContent.forNewTenant();
    Article en = story(content, "Quarry flooded", "Pumps arrived.", day(1)).build();
    Article uk =
        story(content, "Quarry затоплено", "Насоси прибули.", day(2))
            .language(Locale.forLanguageTag("uk"))
            .build();
    searchIndex().index(en);
    searchIndex().index(uk);

    assertThat(ids(search(content.tenantId(), "quarry"))).containsExactly(en.id());
    assertThat(
            ids(
                searchIndex()
                    .query(
                        SearchQuery.of(content.tenantId(), Locale.forLanguageTag("uk"), "quarry"))))
        .containsExactly(uk.id());
  }

  @Test
  @DisplayName("finds only published articles: drafts, scheduled and retracted ones are not found")
  default void publishedOnly() {
    SampleContent content = SampleContent.forNewTenant();
    Article draft =
        story(content, "Glacier retreat measured", "Draft.", day(1))
            .status(ArticleStatus.DRAFT)
            .publishAt(null)
            .firstPublishedAt(null)
            .build();
    Article scheduled =
        story(content, "Glacier retreat measured", "Scheduled.", day(2))
            .status(ArticleStatus.SCHEDULED)
            .build();
    Article live = story(content, "Glacier retreat measured", "Live.", day(3)).build();
    searchIndex().index(draft);
    searchIndex().index(scheduled);
    searchIndex().index(live);
    assertThat(ids(search(content.tenantId(), "glacier"))).containsExactly(live.id());

    Article retracted =
        live.toBuilder().status(ArticleStatus.UNPUBLISHED).version(live.version() + 1).build();
    searchIndex().index(retracted);
    assertThat(ids(search(content.tenantId(), "glacier"))).isEmpty();

    searchIndex().index(live);
    assertThat(ids(search(content.tenantId(), "glacier"))).containsExactly(live.id());
    searchIndex().remove(content.tenantId(), live.id());
    assertThat(ids(search(content.tenantId(), "glacier"))).isEmpty();
  }

  @Test
  @DisplayName("indexing a new version replaces the old text")
  default void reindexReplaces() {
    SampleContent content = SampleContent.forNewTenant();
    Article a = story(content, "Ferry timetable", "Walrus sighted.", day(1)).build();
    searchIndex().index(a);
    searchIndex().index(a.toBuilder().body(List.of(Block.Paragraph.of("Otter sighted."))).build());

    assertThat(ids(search(content.tenantId(), "walrus"))).isEmpty();
    assertThat(ids(search(content.tenantId(), "otter"))).containsExactly(a.id());
    assertThat(ids(search(content.tenantId(), "ferry"))).containsExactly(a.id());
  }

  @Test
  @DisplayName("requires every word of the query")
  default void everyWordMatches() {
    SampleContent content = SampleContent.forNewTenant();
    Article both = story(content, "Harbour kestrel", "A kestrel over the harbour.", day(1)).build();
    Article one = story(content, "Kestrel", "A kestrel over the hills.", day(2)).build();
    searchIndex().index(both);
    searchIndex().index(one);

    assertThat(ids(search(content.tenantId(), "kestrel harbour"))).containsExactly(both.id());
    assertThat(ids(search(content.tenantId(), "kestrel")))
        .containsExactlyInAnyOrder(both.id(), one.id());
  }

  @Test
  @DisplayName("matches a quoted phrase only with its words together and in order")
  default void phrases() {
    SampleContent content = SampleContent.forNewTenant();
    Article together =
        story(content, "Budget", "The minister backs green hydrogen plans.", day(1)).build();
    Article apart =
        story(content, "Budget", "Hydrogen costs fell while green parties protested.", day(2))
            .build();
    searchIndex().index(together);
    searchIndex().index(apart);

    assertThat(ids(search(content.tenantId(), "\"green hydrogen\"")))
        .containsExactly(together.id());
    assertThat(ids(search(content.tenantId(), "\"hydrogen green\""))).isEmpty();
    assertThat(ids(search(content.tenantId(), "green hydrogen")))
        .containsExactlyInAnyOrder(together.id(), apart.id());
  }

  @Test
  @DisplayName("filters by section, tag, author and publishing period")
  default void filters() {
    SampleContent content = SampleContent.forNewTenant();
    SectionId economy = SectionId.random();
    TagId ports = TagId.random();
    AuthorId reporter = AuthorId.random();
    Article a =
        story(content, "Container cranes", "New cranes.", day(10))
            .sections(List.of(economy))
            .tags(List.of(ports))
            .build();
    Article b =
        story(content, "Container cranes", "Old cranes.", day(20))
            .authors(List.of(reporter))
            .build();
    Article c = story(content, "Container cranes", "Cranes idle.", day(30)).build();
    List.of(a, b, c).forEach(searchIndex()::index);
    SearchQuery base = SearchQuery.of(content.tenantId(), ENGLISH, "cranes");

    assertThat(ids(searchIndex().query(base))).containsExactlyInAnyOrder(a.id(), b.id(), c.id());
    assertThat(ids(searchIndex().query(base.section(economy)))).containsExactly(a.id());
    assertThat(ids(searchIndex().query(base.tag(ports)))).containsExactly(a.id());
    assertThat(ids(searchIndex().query(base.author(reporter)))).containsExactly(b.id());
    assertThat(ids(searchIndex().query(base.section(SectionId.random())))).isEmpty();
    assertThat(ids(searchIndex().query(base.publishedBetween(day(15), day(30)))))
        .containsExactly(b.id());
    assertThat(ids(searchIndex().query(base.publishedBetween(day(20), null))))
        .containsExactlyInAnyOrder(b.id(), c.id());
    assertThat(ids(searchIndex().query(base.publishedBetween(null, day(10))))).isEmpty();
  }

  @Test
  @DisplayName("pages through every hit with cursors, none twice, and ends with no cursor")
  default void paging() {
    SampleContent content = SampleContent.forNewTenant();
    Set<ArticleId> all = new HashSet<>();
    for (int i = 0; i < 25; i++) {
      Article a =
          story(content, "Regatta report " + i, "Sailing regatta, race " + i + ".", day(i)).build();
      searchIndex().index(a);
      all.add(a.id());
    }
    SearchQuery query = SearchQuery.of(content.tenantId(), ENGLISH, "regatta").limit(10);
    List<ArticleId> seen = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    SearchPage page = searchIndex().query(query);
    while (true) {
      sizes.add(page.hits().size());
      seen.addAll(ids(page));
      if (page.nextCursor() == null) {
        break;
      }
      page = searchIndex().query(query.after(page.nextCursor()));
    }
    assertThat(sizes).containsExactly(10, 10, 5);
    assertThat(seen).doesNotHaveDuplicates();
    assertThat(Set.copyOf(seen)).isEqualTo(all);
  }

  @Test
  @DisplayName("ranks the newer of two equally relevant articles first")
  default void recency() {
    SampleContent content = SampleContent.forNewTenant();
    Article older = story(content, "Orchard frost", "Frost hit the orchard.", day(1)).build();
    Article newer = story(content, "Orchard frost", "Frost hit the orchard.", day(90)).build();
    searchIndex().index(older);
    searchIndex().index(newer);

    assertThat(ids(search(content.tenantId(), "orchard"))).containsExactly(newer.id(), older.id());
  }

  @Test
  @DisplayName("ranks an article about the words above one that mentions them in passing")
  default void relevance() {
    SampleContent content = SampleContent.forNewTenant();
    Article about =
        story(
                content,
                "Beekeepers fear varroa mites",
                "Varroa mites spread; beekeepers count varroa in every hive.",
                day(1))
            .build();
    Article passing =
        story(
                content,
                "Farm fair opens",
                "Stalls sold cheese, bread, wool, honey and leaflets on varroa, among much else.",
                day(2))
            .build();
    searchIndex().index(about);
    searchIndex().index(passing);

    assertThat(ids(search(content.tenantId(), "varroa"))).containsExactly(about.id(), passing.id());
  }

  @Test
  @DisplayName("refuses text without words and overlong text with a typed exception")
  default void refusedText() {
    TenantId tenant = SampleContent.newTenantId();
    assertThatThrownBy(() -> SearchQuery.of(tenant, ENGLISH, "+ - && || ! ( ) \" *"))
        .isInstanceOfSatisfying(
            SearchQueryException.class,
            e -> {
              assertThat(e.field()).isEqualTo("text");
              assertThat(e.rule()).isEqualTo("NoSearchableWords");
            });
    assertThatThrownBy(() -> SearchQuery.of(tenant, ENGLISH, "   "))
        .isInstanceOf(SearchQueryException.class);
    assertThatThrownBy(() -> SearchQuery.of(tenant, ENGLISH, "word ".repeat(2_000)))
        .isInstanceOfSatisfying(
            SearchQueryException.class, e -> assertThat(e.rule()).isEqualTo("MaxLength"));
  }

  @Test
  @DisplayName("reads operators, brackets, wildcards and an unpaired quote as text, never failing")
  default void operatorsAreText() {
    SampleContent content = SampleContent.forNewTenant();
    Article a = story(content, "Tram depot", "Tram depot reopened after repairs.", day(1)).build();
    searchIndex().index(a);
    TenantId t = content.tenantId();

    assertThat(ids(search(t, "\"tram depot"))).containsExactly(a.id());
    assertThat(ids(search(t, "tram depot\""))).containsExactly(a.id());
    for (String text :
        List.of(
            "tram AND depot",
            "tram OR -depot +(",
            "tram~2 depot^3",
            "tr*m",
            "tram: [depot TO z]",
            "tram \\ / { } ? ! @ # $ % ^ & = < > |",
            "\"\"tram\"",
            "tram NOT",
            "\u0000tram\uD800")) {
      SearchPage page = search(t, text);
      assertThat(page.hits()).allSatisfy(hit -> assertThat(hit.articleId()).isEqualTo(a.id()));
    }
  }

  @Test
  @DisplayName("refuses a damaged cursor with a typed exception")
  default void damagedCursor() {
    SampleContent content = SampleContent.forNewTenant();
    searchIndex().index(story(content, "Bridge tolls", "Tolls rise.", day(1)).build());
    SearchQuery query = SearchQuery.of(content.tenantId(), ENGLISH, "tolls");
    for (String cursor : List.of("garbage", "m1.!!!", "l1.AAAA", "x".repeat(200))) {
      assertThatThrownBy(() -> searchIndex().query(query.after(cursor)))
          .isInstanceOfSatisfying(
              SearchQueryException.class, e -> assertThat(e.field()).isEqualTo("cursor"));
    }
    assertThatThrownBy(() -> query.after("")).isInstanceOf(SearchQueryException.class);
  }

  @Test
  @DisplayName("rebuild replaces a tenant's documents with the published articles given")
  default void rebuild() {
    SampleContent content = SampleContent.forNewTenant();
    Article stale = story(content, "Canal locks", "Old text.", day(1)).build();
    Article kept = story(content, "Canal barges", "New text.", day(2)).build();
    Article draft =
        story(content, "Canal plans", "Draft.", day(3))
            .status(ArticleStatus.DRAFT)
            .publishAt(null)
            .firstPublishedAt(null)
            .build();
    searchIndex().index(stale);

    searchIndex().rebuild(content.tenantId(), List.of(kept, draft));

    assertThat(ids(search(content.tenantId(), "canal"))).containsExactly(kept.id());
  }
}
