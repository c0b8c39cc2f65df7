package io.dateline.cms.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dateline.cms.model.Article;
import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.ArticleStatus;
import io.dateline.cms.model.References;
import io.dateline.cms.model.Source;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Article view models")
class ArticleViewTest {
  private final DatelineRenderer renderer = DatelineRenderer.builder().build();

  private ArticleView view(Article article, Locale locale, long views) {
    return renderer
        .article(SampleNews.TENANT, article, SampleNews.REFERENCES)
        .viewCount(views)
        .locale(locale)
        .build();
  }

  @Nested
  @DisplayName("format view counts with the locale's plural forms")
  class ViewCounts {
    @ParameterizedTest(name = "{0} in Ukrainian is \"{1}\"")
    @CsvSource({
      "1, 1 перегляд",
      "2, 2 перегляди",
      "5, 5 переглядів",
      "21, 21 перегляд",
      "30138, 30\u00a0138 переглядів"
    })
    @DisplayName("in Ukrainian")
    void ukrainian(long count, String expected) {
      assertThat(view(SampleNews.article().build(), SampleNews.UK, count).viewCountText())
          .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} in English is \"{1}\"")
    @CsvSource({"1, 1 view", "2, 2 views", "5, 5 views", "21, 21 views", "30138, '30,138 views'"})
    @DisplayName("in English")
    void english(long count, String expected) {
      assertThat(view(SampleNews.article().build(), SampleNews.EN, count).viewCountText())
          .isEqualTo(expected);
    }

    @Test
    @DisplayName("refuse a negative count")
    void negative() {
      assertThatThrownBy(
              () ->
                  renderer
                      .article(SampleNews.TENANT, SampleNews.article().build(), References.NONE)
                      .viewCount(-1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("viewCount");
    }
  }

  @Nested
  @DisplayName("resolve names and times for the page")
  class Localization {
    @Test
    @DisplayName("show names in the page language and times in the tenant's zone")
    void ukrainianPage() {
      ArticleView v = view(SampleNews.article().build(), SampleNews.UK, 3);
      assertThat(v.datelineText()).isEqualTo("Київ \u2022 UNN");
      assertThat(v.tags().stream().map(LinkView::text))
          .containsExactly("Джо Байден", "Антоній Блінкен");
      assertThat(v.tags().stream().map(LinkView::slug))
          .containsExactly("dzho-baiden", "antonii-blinken");
      assertThat(v.published().text()).contains("листопада", "2026", "10:15");
      assertThat(v.labels().exclusive()).isEqualTo("Ексклюзив");
    }

    @Test
    @DisplayName("fall back to the publication alone without a dateline place")
    void noDateline() {
      ArticleView v = view(SampleNews.article().dateline(null).build(), SampleNews.EN, 0);
      assertThat(v.datelineText()).isEqualTo("UNN");
      assertThat(v.dateline()).isNull();
    }

    @Test
    @DisplayName("show an update time only when the article changed after publication")
    void updated() {
      Article fresh = SampleNews.article().build();
      assertThat(view(fresh, SampleNews.EN, 0).updated()).isFalse();
      Article edited = fresh.toBuilder().updatedAt(SampleNews.PUBLISHED.plusSeconds(5400)).build();
      ArticleView v = view(edited, SampleNews.EN, 0);
      assertThat(v.updated()).isTrue();
      assertThat(v.modified().iso()).isEqualTo("2026-11-27T11:45:00+02:00");
      assertThat(Jsoup.parse(renderer.articlePage(v)).selectFirst(".updated time").attr("datetime"))
          .isEqualTo("2026-11-27T11:45:00+02:00");
    }

    @Test
    @DisplayName("join several sources with the locale's list pattern")
    void sources() {
      Article a =
          SampleNews.article()
              .sources(
                  List.of(
                      new Source("Le Monde", URI.create("https://www.lemonde.fr/")),
                      Source.named("Reuters"),
                      Source.named("BBC")))
              .build();
      ArticleView en = view(a, SampleNews.EN, 0);
      assertThat(en.attribution().stream().map(TextRun::text).collect(Collectors.joining()))
          .isEqualTo("UNN reports citing Le Monde, Reuters, and BBC");
      assertThat(en.attribution().stream().filter(r -> r.url() != null).map(TextRun::text))
          .containsExactly("Le Monde");
      ArticleView uk = view(a, SampleNews.UK, 0);
      assertThat(uk.attribution().stream().map(TextRun::text).collect(Collectors.joining()))
          .isEqualTo("UNN повідомляє з посиланням на Le Monde, Reuters і BBC");
    }

    @Test
    @DisplayName("honour SEO overrides: canonical URL elsewhere, noindex")
    void seo() {
      Article a =
          SampleNews.article()
              .seo(
                  new io.dateline.cms.model.Seo(
                      null, null, URI.create("https://partner.example/original"), true))
              .build();
      Document doc = Jsoup.parse(renderer.articlePage(view(a, SampleNews.EN, 0)));
      assertThat(doc.selectFirst("link[rel=canonical]").attr("href"))
          .isEqualTo("https://partner.example/original");
      assertThat(doc.selectFirst("meta[name=robots]").attr("content")).isEqualTo("noindex");
      assertThat(doc.selectFirst("meta[property=og:url]").attr("content"))
          .isEqualTo("https://partner.example/original");
    }

    @Test
    @DisplayName("leave out references that were not loaded")
    void missingReferences() {
      ArticleView v =
          renderer
              .article(SampleNews.TENANT, SampleNews.article().build(), References.NONE)
              .build();
      assertThat(v.authors()).isEmpty();
      assertThat(v.tags()).isEmpty();
      assertThat(v.datelineText()).isEqualTo("UNN");
      assertThat(Jsoup.parse(renderer.articlePage(v)).select("p.byline")).isEmpty();
    }
  }

  @Nested
  @DisplayName("link translations with hreflang")
  class Hreflang {
    private final Article english = SampleNews.article().build();
    private final Article ukrainian =
        SampleNews.article()
            .id(ArticleId.random())
            .translationKey(english.translationKey())
            .slug("ministr-nazvav-perehovory-vazhlyvymy")
            .language(SampleNews.UK)
            .build();

    private Map<String, String> alternates(Article article, List<Article> translations) {
      ArticleView v =
          renderer
              .article(SampleNews.TENANT, article, SampleNews.REFERENCES)
              .translations(translations)
              .build();
      Document doc = Jsoup.parse(renderer.articlePage(v));
      return doc.select("link[rel=alternate][hreflang]").stream()
          .collect(Collectors.toMap(e -> e.attr("hreflang"), e -> e.attr("href")));
    }

    @Test
    @DisplayName("list every version, reciprocally, with x-default on the default language")
    void reciprocal() {
      Map<String, String> fromEnglish = alternates(english, List.of(ukrainian));
      Map<String, String> fromUkrainian = alternates(ukrainian, List.of(english));
      assertThat(fromEnglish).isEqualTo(fromUkrainian);
      assertThat(fromEnglish)
          .containsEntry("uk", "https://unn.example/news/ministr-nazvav-perehovory-vazhlyvymy")
          .containsEntry("en", "https://unn.example/en/news/minister-calls-geneva-talks-important")
          .containsEntry(
              "x-default", "https://unn.example/news/ministr-nazvav-perehovory-vazhlyvymy")
          .hasSize(3);
    }

    @Test
    @DisplayName("ignore unpublished versions and articles of another translation group")
    void ignoresOthers() {
      Article draft = ukrainian.toBuilder().status(ArticleStatus.DRAFT).build();
      Article unrelated =
          ukrainian.toBuilder().translationKey(ArticleId.random()).id(ArticleId.random()).build();
      assertThat(alternates(english, List.of(draft, unrelated))).isEmpty();
    }

    @Test
    @DisplayName("use the article itself as x-default when no version is in the default language")
    void defaultWithoutDefaultLanguage() {
      Article german =
          SampleNews.article()
              .id(ArticleId.random())
              .translationKey(english.translationKey())
              .slug("de-story")
              .language(Locale.GERMAN)
              .build();
      Map<String, String> links = alternates(english, List.of(german));
      assertThat(links.get("x-default")).isEqualTo(links.get("en"));
      assertThat(links.keySet()).isEqualTo(Set.of("en", "de", "x-default"));
    }
  }

  @Nested
  @DisplayName("behave like records")
  class RecordLike {
    private final ArticleView view = view(SampleNews.article().build(), SampleNews.UK, 42);

    @Test
    @DisplayName("a copy through toBuilder() equals the original and hashes alike")
    void roundTrip() {
      ArticleView copy = view.toBuilder().build();

      assertThat(copy).isNotSameAs(view).isEqualTo(view).hasSameHashCodeAs(view);
      assertThat(view(SampleNews.article().build(), SampleNews.UK, 43)).isNotEqualTo(view);
    }

    @Test
    @DisplayName("with() changes only the values it sets, in a copy")
    void with() {
      ArticleView live = view.with(v -> v.title("Наживо: " + view.headline()).noIndex(true));

      assertThat(live.title()).isEqualTo("Наживо: " + view.headline());
      assertThat(live.noIndex()).isTrue();
      assertThat(live.toBuilder().title(view.title()).noIndex(view.noIndex()).build())
          .isEqualTo(view);
      assertThat(view.title()).isNotEqualTo(live.title());
    }

    @Test
    @DisplayName("a field builder names the first required value left unset")
    void required() {
      assertThatThrownBy(
              () ->
                  ArticleView.fieldBuilder(view.tenant(), view.article())
                      .locale(view.locale())
                      .build())
          .isInstanceOf(NullPointerException.class)
          .hasMessage("language");
      assertThatThrownBy(() -> view.with(v -> v.authors(java.util.Arrays.asList((LinkView) null))))
          .isInstanceOf(NullPointerException.class);
    }

    @Test
    @DisplayName("toString lists the values by accessor name")
    void text() {
      assertThat(view.toString())
          .startsWith("ArticleView[tenant=" + view.tenant() + ", article=" + view.article())
          .contains(", viewCount=42, ")
          .endsWith(", beaconUrl=null]");
    }
  }
}
