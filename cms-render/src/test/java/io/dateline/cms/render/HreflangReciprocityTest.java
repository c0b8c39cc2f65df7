package io.dateline.cms.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.cms.ArticleListing;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.ArticleStatus;
import io.dateline.cms.model.Tenant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * hreflang annotations are only honoured when they are reciprocal: every language version of a page
 * lists the same versions, {@code x-default} included, whichever version is rendered.
 */
@DisplayName("hreflang alternates are the same set on every language version")
class HreflangReciprocityTest {
  private final DatelineRenderer renderer = DatelineRenderer.builder().build();

  @Test
  @DisplayName("with a version in the default language, x-default is that version everywhere")
  void withDefaultLanguage() {
    List<Article> group = group(SampleNews.EN, SampleNews.UK, Locale.GERMAN);

    Map<String, String> first = assertReciprocal(group);

    assertThat(first.keySet()).isEqualTo(Set.of("en", "uk", "de", "x-default"));
    assertThat(first.get("x-default")).isEqualTo(first.get("uk"));
  }

  @Test
  @DisplayName("without a version in the default language, every page names the same x-default")
  void withoutDefaultLanguage() {
    // The tenant's default is Ukrainian; the group has none. The original is the English one.
    List<Article> group = group(SampleNews.EN, Locale.GERMAN, Locale.forLanguageTag("pl"));

    Map<String, String> first = assertReciprocal(group);

    assertThat(first.keySet()).isEqualTo(Set.of("en", "de", "pl", "x-default"));
    assertThat(first.get("x-default")).isEqualTo(first.get("en"));
  }

  @Test
  @DisplayName("when the original is not published either, the first version by tag is x-default")
  void withoutOriginal() {
    List<Article> group = new ArrayList<>(group(SampleNews.EN, Locale.GERMAN, Locale.FRENCH));
    group.set(0, group.get(0).toBuilder().status(ArticleStatus.UNPUBLISHED).build());
    List<Article> published = group.subList(1, 3);

    Map<String, String> first = assertReciprocal(published, group);

    assertThat(first.keySet()).isEqualTo(Set.of("de", "fr", "x-default"));
    assertThat(first.get("x-default")).isEqualTo(first.get("de"));
  }

  @Test
  @DisplayName("a region-tagged version of the default language is x-default everywhere")
  void regionOfDefaultLanguage() {
    List<Article> group = group(SampleNews.EN, Locale.forLanguageTag("uk-UA"), Locale.GERMAN);

    Map<String, String> first = assertReciprocal(group);

    assertThat(first.get("x-default")).isEqualTo(first.get("uk-UA"));
  }

  @Test
  @DisplayName("every language edition of a listing lists the same editions and x-default")
  void listings() {
    Tenant tenant = SampleNews.TENANT;
    Map<String, String> first = null;
    for (Locale page : tenant.supportedLocales()) {
      ListingView view =
          renderer
              .listing(
                  tenant,
                  ListingSubject.latest(),
                  new ArticleListing(List.of(), SampleNews.REFERENCES, null))
              .locale(page)
              .build();
      Map<String, String> links = links(renderer.listingPage(view));
      assertThat(links).containsKey("x-default").hasSize(tenant.supportedLocales().size() + 1);
      if (first == null) {
        first = links;
      } else {
        assertThat(links).as("alternates of the %s edition", page).isEqualTo(first);
      }
    }
  }

  /** A published translation group, the first language's article being the original. */
  private static List<Article> group(Locale... languages) {
    Article original = SampleNews.article().language(languages[0]).build();
    List<Article> group = new ArrayList<>();
    group.add(original);
    for (int i = 1; i < languages.length; i++) {
      group.add(
          SampleNews.article()
              .id(ArticleId.random())
              .translationKey(original.translationKey())
              .slug("story-" + languages[i].toLanguageTag().toLowerCase(Locale.ROOT))
              .language(languages[i])
              .build());
    }
    return group;
  }

  private Map<String, String> assertReciprocal(List<Article> group) {
    return assertReciprocal(group, group);
  }

  /**
   * Renders each of {@code rendered} with the whole {@code group} as its translations and checks
   * that all pages list the same alternates, each page among them.
   */
  private Map<String, String> assertReciprocal(List<Article> rendered, List<Article> group) {
    Map<String, String> first = null;
    for (Article article : rendered) {
      ArticleView view =
          renderer
              .article(SampleNews.TENANT, article, SampleNews.REFERENCES)
              .translations(group)
              .build();
      Map<String, String> links = links(renderer.articlePage(view));
      assertThat(links)
          .as("the %s page lists itself", article.language())
          .containsEntry(article.language().toLanguageTag(), view.url());
      if (first == null) {
        first = links;
      } else {
        assertThat(links).as("alternates of the %s page", article.language()).isEqualTo(first);
      }
    }
    return first;
  }

  private static Map<String, String> links(String html) {
    return Jsoup.parse(html).select("link[rel=alternate][hreflang]").stream()
        .collect(Collectors.toMap(e -> e.attr("hreflang"), e -> e.attr("href")));
  }
}
