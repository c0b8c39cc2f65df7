package io.dateline.examples.quickstart;

import io.dateline.cms.Dateline;
import io.dateline.cms.TenantContent;
import io.dateline.cms.command.ArticleDraft;
import io.dateline.cms.command.AuthorDraft;
import io.dateline.cms.command.LocationDraft;
import io.dateline.cms.command.TagDraft;
import io.dateline.cms.memory.InMemoryStorage;
import io.dateline.cms.model.*;
import io.dateline.cms.model.Block.*;
import io.dateline.cms.render.DatelineRenderer;
import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A tenant, an author, tags, a published article, a few views and its rendered page. */
public final class Quickstart {
  private Quickstart() {}

  /** Names in Ukrainian and English; slugs come from the tenant's default language (Ukrainian). */
  private static LocalizedText names(String ukrainian, String english) {
    return LocalizedText.of("uk", ukrainian, "en", english);
  }

  /**
   * Runs the example and prints the tags' slugs, the article page and its JSON-LD.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Locale uk = Locale.forLanguageTag("uk");
    try (Dateline cms =
        Dateline.builder().storage(new InMemoryStorage()).viewCounting(views -> {}).build()) {
      Tenant tenant =
          cms.saveTenant(
              Tenant.builder(
                      TenantId.of("dnipro-news"),
                      "Dnipro News Agency",
                      uk,
                      ZoneId.of("Europe/Kyiv"),
                      URI.create("https://news.example/"))
                  .publicationName("DNA")
                  .supportedLocales(Set.of(uk, Locale.ENGLISH))
                  .build());
      TenantContent site = cms.tenant(tenant.id());

      Author author =
          site.authors().create(AuthorDraft.named(names("Олена Шевчук", "Olena Shevchuk")));
      Tag energy = site.tags().create(TagDraft.of(TagKind.TOPIC, names("Енергетика", "Energy")));
      Tag analyst =
          site.tags().create(TagDraft.of(TagKind.PERSON, names("Юлія Заїка", "Yuliia Zaika")));
      Location kyiv =
          site.locations().create(LocationDraft.of(LocationKind.CITY, names("Київ", "Kyiv")));
      System.out.println("Tag slugs: " + energy.slug() + ", " + analyst.slug());

      Article draft =
          site.articles()
              .create(
                  ArticleDraft.builder(uk, "Енергетики відновили живлення лівого берега")
                      .lead("Світло повернулося у 120 тисяч домівок за одну ніч.")
                      .body(
                          Paragraph.of("Бригади працювали до ранку, змінюючи одна одну."),
                          Heading.of("Подробиці"),
                          Quote.of("Мережа тепер має резерв на випадок пошкоджень.", "Юлія Заїка"))
                      .authors(author.id())
                      .tags(energy.id(), analyst.id())
                      .dateline(kyiv.id())
                      .sources(Source.named("Black Sea Freight Monitor"))
                      .build());
      Article article = site.articles().publish(draft.id());
      for (int i = 0; i < 3; i++) {
        cms.viewCounter().record(tenant.id(), article.id());
      }

      DatelineRenderer renderer = DatelineRenderer.builder().build();
      var view =
          renderer
              .article(tenant, article, site.articles().references(List.of(article)))
              .viewCount(cms.viewCounter().count(tenant.id(), article.id()))
              .build();
      System.out.println(renderer.articlePage(view));
      System.out.println(renderer.articlePageModel(view).head().jsonLd());
    }
  }
}
