package io.dateline.examples.newssite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.dateline.cms.Dateline;
import io.dateline.cms.TenantContent;
import io.dateline.cms.audit.AuditAction;
import io.dateline.cms.audit.AuditPage;
import io.dateline.cms.audit.AuditQuery;
import io.dateline.cms.memory.InMemoryStorage;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.ArticleStatus;
import io.dateline.cms.model.Block;
import io.dateline.cms.model.Tag;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.query.ArticleQuery;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("The sample content")
class SampleContentTest {
  private static final URI SITE = URI.create("http://localhost:8080/");
  private static final TenantId AGENCY = TenantId.of("dnipro-news");
  private static final Instant START = Instant.parse("2025-03-14T09:30:00Z");

  private final SettableClock clock = new SettableClock(START);
  private InMemoryStorage storage;
  private Dateline cms;
  private Map<TenantId, Integer> created;

  @BeforeEach
  void install() {
    storage = new InMemoryStorage();
    cms = Dateline.builder().storage(storage).clock(clock).build();
    created = SampleContent.load().install(cms, SITE);
  }

  @AfterEach
  void close() {
    cms.close();
  }

  private List<Article> all(TenantId tenant, ArticleStatus status) {
    return cms.tenant(tenant)
        .articles()
        .list(ArticleQuery.withStatus(status).limit(200))
        .articles();
  }

  @Nested
  @DisplayName("when installed into an empty store")
  class Fresh {
    @Test
    @DisplayName("creates three tenants whose base URLs live under the site")
    void tenants() {
      assertThat(cms.tenants())
          .extracting(t -> t.id().value(), t -> t.baseUrl().toString())
          .containsExactlyInAnyOrder(
              tuple("dnipro-news", "http://localhost:8080/dnipro-news/"),
              tuple("lviv-today", "http://localhost:8080/lviv-today/"),
              tuple("podil-university", "http://localhost:8080/podil-university/"));
    }

    @Test
    @DisplayName("is recorded in each tenant's audit log as written by the sample desk editor")
    void audited() {
      AuditPage page = cms.tenant(AGENCY).audit().query(AuditQuery.builder().limit(10).build());

      assertThat(page.entries()).hasSize(10);
      assertThat(page.entries())
          .allSatisfy(e -> assertThat(e.actorId()).isEqualTo(SampleContent.SAMPLE_EDITOR.id()));
      assertThat(
              cms.tenant(AGENCY)
                  .audit()
                  .query(
                      AuditQuery.builder()
                          .actor(SampleContent.SAMPLE_EDITOR.id())
                          .limit(AuditQuery.MAX_LIMIT)
                          .build())
                  .entries())
          .filteredOn(e -> e.action() == AuditAction.CREATED && e.articleId() != null)
          .hasSize(created.get(AGENCY));
    }

    @Test
    @DisplayName("edits one article after publication: three revisions with summaries")
    void revisedArticle() {
      TenantContent agency = cms.tenant(AGENCY);
      Article article =
          agency
              .articles()
              .findBySlug(
                  agency.articles().list(ArticleQuery.published().limit(200)).articles().stream()
                      .filter(a -> a.headline().startsWith("Енергетики відремонтували підстанцію"))
                      .findFirst()
                      .orElseThrow()
                      .slug())
              .orElseThrow();

      var page = agency.revisions().revisions(article.id(), null, 10);

      // Created, published, then the three edits of the sample file, newest first.
      assertThat(page.items())
          .extracting(r -> r.number(), r -> r.summary())
          .containsExactly(
              tuple(5, "Додано графік ремонтів на наступний тиждень"),
              tuple(4, "Додано коментар обласної військової адміністрації"),
              tuple(3, "Уточнено кількість домівок за даними оператора"),
              tuple(2, null),
              tuple(1, null));
      assertThat(page.items().get(0).article()).isEqualTo(article);
      assertThat(agency.revisions().compare(article.id(), 3, 4).blocks())
          .extracting(c -> c.kind().name())
          .containsExactly("INSERTED");
    }

    @Test
    @DisplayName("creates at least forty articles, some exclusive and some scheduled")
    void articles() {
      int total = created.values().stream().mapToInt(Integer::intValue).sum();
      long exclusive =
          cms.tenants().stream()
              .flatMap(t -> all(t.id(), ArticleStatus.PUBLISHED).stream())
              .filter(Article::exclusive)
              .count();
      long scheduled =
          cms.tenants().stream().mapToLong(t -> all(t.id(), ArticleStatus.SCHEDULED).size()).sum();

      assertThat(total).isGreaterThanOrEqualTo(40);
      assertThat(exclusive).isGreaterThanOrEqualTo(3);
      assertThat(scheduled).isBetween(2L, 6L);
    }

    @Test
    @DisplayName("spreads publication times over the past days, newest first in listings")
    void backdated() {
      List<Article> published = all(AGENCY, ArticleStatus.PUBLISHED);

      assertThat(published).allSatisfy(a -> assertThat(a.publishAt()).isBefore(START));
      assertThat(published.get(published.size() - 1).publishAt())
          .isBefore(START.minus(Duration.ofHours(48)));
      assertThat(published.stream().map(Article::publishAt).distinct().count())
          .isGreaterThan(published.size() / 2);
    }

    @Test
    @DisplayName("derives tag, section and location slugs from the Ukrainian names, except Seoul")
    void slugs() {
      TenantContent agency = cms.tenant(AGENCY);

      assertThat(agency.tags().list(null, 100))
          .extracting(Tag::slug)
          .contains("yuliia-zaika", "marko-hnatiuk", "yevhen-yaroshenko", "shchedryk")
          .contains("eksport-zerna", "shtuchnyi-intelekt");
      assertThat(agency.sections().findBySlug("novyny-svitu")).isPresent();
      assertThat(agency.locations().findBySlug("zaporizhzhia")).isPresent();
      assertThat(agency.locations().findBySlug("seoul"))
          .hasValueSatisfying(l -> assertThat(l.name().exactly(Locale.ENGLISH)).hasValue("Seoul"));
      assertThat(agency.authors().findBySlug("sofiia-lysenko")).isPresent();
    }

    @Test
    @DisplayName("links the agency's English articles to their Ukrainian originals")
    void translations() {
      TenantContent agency = cms.tenant(AGENCY);
      Article original =
          agency
              .articles()
              .list(
                  ArticleQuery.published().inLanguage(Locale.forLanguageTag("uk")).exclusive(true))
              .articles()
              .stream()
              .filter(a -> a.headline().contains("Сеулі"))
              .findFirst()
              .orElseThrow();

      assertThat(agency.articles().translations(original.id()))
          .singleElement()
          .satisfies(
              t -> {
                assertThat(t.language()).isEqualTo(Locale.ENGLISH);
                assertThat(t.headline()).startsWith("Marko Hnatiuk in Seoul");
              });
    }

    @Test
    @DisplayName("gives articles structured bodies with subheadings, quotes and sources")
    void bodies() {
      List<Article> published = all(AGENCY, ArticleStatus.PUBLISHED);
      Map<String, Long> kinds =
          published.stream()
              .flatMap(a -> a.body().stream())
              .collect(Collectors.groupingBy(Block::kind, Collectors.counting()));

      assertThat(kinds).containsKeys("paragraph", "heading", "quote", "list");
      assertThat(published).anySatisfy(a -> assertThat(a.sources()).isNotEmpty());
      assertThat(published).anySatisfy(a -> assertThat(a.authors()).hasSize(2));
    }

    @Test
    @DisplayName("gives published articles a starting view count")
    void views() {
      List<Article> published = all(AGENCY, ArticleStatus.PUBLISHED);
      var totals =
          storage.viewCounts().totals(AGENCY, published.stream().map(Article::id).toList());

      assertThat(totals).hasSize(published.size());
      assertThat(storage.viewCounts().topAllTime(AGENCY, 1).get(0).views()).isEqualTo(3120);
    }

    @Test
    @DisplayName("has its scheduled articles published once their time has come")
    void scheduled() {
      assertThat(cms.publishDue()).isZero();

      clock.advance(Duration.ofMinutes(10));

      assertThat(cms.publishDue()).isBetween(2, 6);
      assertThat(cms.tenants())
          .allSatisfy(t -> assertThat(all(t.id(), ArticleStatus.SCHEDULED)).isEmpty());
    }
  }

  @Nested
  @DisplayName("when installed again over the same store")
  class Again {
    @Test
    @DisplayName("keeps the content and adds nothing")
    void idempotent() {
      long before = cms.tenant(AGENCY).articles().count(ArticleQuery.anyStatus());
      long tagsBefore = cms.tenant(AGENCY).tags().list(null, 1000).size();

      Map<TenantId, Integer> second = SampleContent.load().install(cms, SITE);

      assertThat(second.values()).containsOnly(0);
      assertThat(cms.tenant(AGENCY).articles().count(ArticleQuery.anyStatus())).isEqualTo(before);
      assertThat(cms.tenant(AGENCY).tags().list(null, 1000)).hasSize((int) tagsBefore);
    }

    @Test
    @DisplayName("moves the tenants' base URLs to the site's new address")
    void newPort() {
      SampleContent.load().install(cms, URI.create("http://127.0.0.1:9090/"));

      assertThat(cms.findTenant(AGENCY).orElseThrow().baseUrl())
          .isEqualTo(URI.create("http://127.0.0.1:9090/dnipro-news/"));
    }
  }

  @Nested
  @DisplayName("for related news and corrections")
  class RelatedAndNotices {
    @Test
    @DisplayName("gives every published article related news to show")
    void everyArticleHasRelatedNews() {
      for (var tenant : cms.tenants()) {
        for (Article a : all(tenant.id(), ArticleStatus.PUBLISHED)) {
          assertThat(cms.tenant(tenant.id()).articles().related(a, 5))
              .as("related news of %s", a.slug())
              .isNotEmpty()
              .allMatch(Article::isPublished)
              .noneMatch(r -> r.id().equals(a.id()))
              .allMatch(r -> r.language().equals(a.language()));
        }
      }
    }

    @Test
    @DisplayName("has a published article that carries a correction notice")
    void oneArticleIsCorrected() {
      assertThat(all(AGENCY, ArticleStatus.PUBLISHED))
          .anySatisfy(
              a ->
                  assertThat(a.notices())
                      .anyMatch(
                          n ->
                              n.kind() == io.dateline.cms.model.NoticeKind.CORRECTION
                                  && !n.time().isBefore(a.publishAt())));
    }
  }
}
