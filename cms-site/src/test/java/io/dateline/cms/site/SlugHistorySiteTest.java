package io.dateline.cms.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.cms.Dateline;
import io.dateline.cms.command.ArticleDraft;
import io.dateline.cms.command.AuthorDraft;
import io.dateline.cms.command.LocationDraft;
import io.dateline.cms.command.SectionDraft;
import io.dateline.cms.command.TagDraft;
import io.dateline.cms.memory.InMemoryStorage;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.LocalizedText;
import io.dateline.cms.model.TagKind;
import io.dateline.cms.render.DatelineRenderer;
import io.dateline.cms.testsupport.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Slug history on the site: 301 from former slugs, 410 for retracted stories")
class SlugHistorySiteTest {
  private static final String BASE = "https://news.example/";
  private final MutableClock clock = MutableClock.at(Instant.parse("2026-05-01T08:00:00Z"));
  private Dateline cms;
  private SiteFixture fx;
  private DatelineSite site;

  @BeforeEach
  void start() {
    cms = Dateline.builder().storage(new InMemoryStorage()).clock(clock).build();
    fx = new SiteFixture(cms, BASE, 1);
    site =
        DatelineSite.builder(cms, DatelineRenderer.builder().clock(clock).build())
            .changePollInterval(Duration.ZERO)
            .build();
  }

  @AfterEach
  void stop() {
    site.close();
    cms.close();
  }

  private SiteResponse get(String path, String... headers) {
    int q = path.indexOf('?');
    SiteRequest.Builder b =
        SiteRequest.builder("GET", q < 0 ? path : path.substring(0, q))
            .rawQuery(q < 0 ? null : path.substring(q + 1));
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    site.refresh();
    return site.handle(b.build());
  }

  private String home() {
    return "/" + fx.tenant.id() + "/";
  }

  private Article rename(Article a, String slug) {
    clock.advance(Duration.ofMinutes(1));
    return fx.content
        .articles()
        .update(a.id(), a.version(), ArticleDraft.from(a).slug(slug).build());
  }

  @Test
  @DisplayName("an article's former slugs answer 301 to its current URL in one hop, query kept")
  void renamedArticle() {
    String before = home() + "news/" + fx.original.slug();
    assertThat(get(before).status()).isEqualTo(200); // cached under its old slug
    Article moved = rename(fx.original, "power-is-back");
    moved = rename(moved, "power-is-back-everywhere");

    SiteResponse r = get(before + "?utm=x");
    assertThat(r.status()).isEqualTo(301);
    assertThat(r.header("Location"))
        .isEqualTo(BASE + fx.tenant.id() + "/news/" + moved.slug() + "?utm=x");
    assertThat(get(home() + "news/power-is-back").header("Location"))
        .isEqualTo(BASE + fx.tenant.id() + "/news/" + moved.slug());
    assertThat(get(home() + "news/" + moved.slug()).status()).isEqualTo(200);
    // The English translation keeps its language prefix.
    Article en = rename(fx.translation, "power-back-en");
    assertThat(get(home() + "news/" + fx.translation.slug()).header("Location"))
        .isEqualTo(BASE + fx.tenant.id() + "/en/news/" + en.slug());
  }

  @Test
  @DisplayName("a freed slug taken by a new article serves the new article, not the redirect")
  void newOwnerWins() {
    String slug = fx.original.slug();
    rename(fx.original, "moved-away");
    assertThat(get(home() + "news/" + slug).status()).isEqualTo(301);
    Article newcomer =
        fx.content
            .articles()
            .create(ArticleDraft.builder(SiteFixture.UK, "Нова").slug(slug).build());
    fx.content.articles().publish(newcomer.id());

    SiteResponse r = get(home() + "news/" + slug);
    assertThat(r.status()).isEqualTo(200);
    assertThat(Jsoup.parse(new String(r.body(), StandardCharsets.UTF_8)).select("h1").text())
        .isEqualTo("Нова");
  }

  @Test
  @DisplayName("renamed sections, tags, authors and locations redirect, per edition, feeds too")
  void renamedListings() {
    LocalizedText name = fx.section.name();
    String section = fx.section.slug();
    String tag = fx.tag.slug();
    String author = fx.author.slug();
    String location = fx.location.slug();
    fx.content.sections().update(fx.section.id(), new SectionDraft("government", name, null, 0));
    fx.content
        .tags()
        .update(fx.tag.id(), TagDraft.builder(TagKind.PERSON, fx.tag.name()).slug("biden").build());
    fx.content
        .authors()
        .update(fx.author.id(), new AuthorDraft("o-shevchuk", fx.author.name(), null, null, null));
    fx.content
        .locations()
        .update(
            fx.location.id(),
            new LocationDraft(fx.location.kind(), "kyiv-city", fx.location.name(), null));
    String abs = BASE + fx.tenant.id() + "/";

    assertThat(get(home() + "section/" + section + "?utm_source=x").header("Location"))
        .isEqualTo(abs + "section/government?utm_source=x");
    assertThat(get(home() + "en/tag/" + tag).header("Location")).isEqualTo(abs + "en/tag/biden");
    assertThat(get(home() + "author/" + author).header("Location"))
        .isEqualTo(abs + "author/o-shevchuk");
    assertThat(get(home() + "location/" + location).header("Location"))
        .isEqualTo(abs + "location/kyiv-city");
    SiteResponse feed = get(home() + "section/" + section + "/rss.xml");
    assertThat(feed.status()).isEqualTo(301);
    assertThat(feed.header("Location")).isEqualTo(abs + "section/government/rss.xml");
    assertThat(get(home() + "section/government").status()).isEqualTo(200);
    assertThat(get(home() + "tag/never-was").status()).isEqualTo(404);
  }

  @Test
  @DisplayName("a tag merged into another redirects to the kept tag's page")
  void mergedTag() {
    var kept =
        fx.content
            .tags()
            .create(TagDraft.builder(TagKind.PERSON, fx.tag.name()).slug("joseph-biden").build());
    String old = fx.tag.slug();
    assertThat(get(home() + "tag/" + old).status()).isEqualTo(200);

    fx.content.tags().merge(fx.tag.id(), kept.id());

    SiteResponse r = get(home() + "tag/" + old);
    assertThat(r.status()).isEqualTo(301);
    assertThat(r.header("Location")).isEqualTo(BASE + fx.tenant.id() + "/tag/joseph-biden");
    SiteResponse listing = get(home() + "tag/joseph-biden");
    assertThat(new String(listing.body(), StandardCharsets.UTF_8)).contains(fx.original.slug());
  }

  @Test
  @DisplayName("a retracted (unpublished or archived) article is a themed 410; a draft stays 404")
  void retracted() {
    String path = home() + "news/" + fx.original.slug();
    assertThat(get(path).status()).isEqualTo(200);
    fx.content.articles().unpublish(fx.original.id());

    SiteResponse gone = get(path);
    assertThat(gone.status()).isEqualTo(410);
    assertThat(gone.header("X-Robots-Tag")).isEqualTo("noindex");
    var page = Jsoup.parse(new String(gone.body(), StandardCharsets.UTF_8));
    assertThat(page.select("meta[name=robots]").attr("content")).contains("noindex");
    assertThat(page.text()).contains("410");

    Article other = fx.articles.get(0);
    fx.content.articles().archive(other.id());
    assertThat(get(home() + "news/" + other.slug()).status()).isEqualTo(410);
    assertThat(get(home() + "news/" + fx.draft.slug()).status()).isEqualTo(404);
    // A retracted article's former slug is gone too, not a redirect to a page that is gone.
    Article renamed =
        fx.content
            .articles()
            .update(
                fx.original.id(),
                fx.content.articles().get(fx.original.id()).version(),
                ArticleDraft.from(fx.content.articles().get(fx.original.id()))
                    .slug("retracted-renamed")
                    .build());
    assertThat(get(path).status()).isEqualTo(410);
    assertThat(get(home() + "news/" + renamed.slug()).status()).isEqualTo(410);
  }

  @Test
  @DisplayName("an article's Last-Modified never goes back when a newer translation is retracted")
  void lastModifiedNeverGoesBack() {
    String path = home() + "news/" + fx.original.slug();
    clock.advance(Duration.ofHours(1));
    Article en = fx.content.articles().get(fx.translation.id());
    en =
        fx.content
            .articles()
            .update(en.id(), en.version(), ArticleDraft.from(en).headline("Power is back").build());
    SiteResponse one = get(path);
    Instant first = lastModified(one);
    assertThat(first).isEqualTo(en.updatedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));

    clock.advance(Duration.ofHours(1));
    fx.content.articles().unpublish(en.id());
    SiteResponse two = get(path);
    Instant second = lastModified(two);
    assertThat(second).isAfterOrEqualTo(first);
    // The page changed (no more English link): a client holding the old date must get it.
    assertThat(get(path, "If-Modified-Since", one.header("Last-Modified")).status()).isEqualTo(200);

    clock.advance(Duration.ofHours(1));
    fx.content.articles().delete(en.id());
    SiteResponse three = get(path);
    Instant third = lastModified(three);
    // Its own times alone would fall back to the original's, before the first answer's.
    assertThat(third).isAfter(first).isAfterOrEqualTo(second);
    assertThat(get(path, "If-Modified-Since", three.header("Last-Modified")).status())
        .isEqualTo(304);
  }

  private static Instant lastModified(SiteResponse r) {
    return ZonedDateTime.parse(r.header("Last-Modified"), DateTimeFormatter.RFC_1123_DATE_TIME)
        .toInstant();
  }
}
