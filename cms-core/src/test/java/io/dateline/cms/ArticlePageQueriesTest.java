package io.dateline.cms;

import static io.dateline.cms.Newsroom.CITY;
import static io.dateline.cms.Newsroom.EN;
import static io.dateline.cms.Newsroom.PL;
import static io.dateline.cms.Newsroom.START;
import static io.dateline.cms.Newsroom.UK;
import static io.dateline.cms.Newsroom.UNN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dateline.cms.memory.InMemoryStorage;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.spi.ViewBatch;
import io.dateline.cms.spi.ViewIncrement;
import io.dateline.cms.testsupport.MutableClock;
import io.dateline.cms.views.ViewPeriod;
import io.dateline.cms.views.ViewedArticle;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("The article page queries of ArticleService")
class ArticlePageQueriesTest {
  private static final LocalDate TODAY = LocalDate.ofInstant(START, ZoneOffset.UTC);

  private final InMemoryStorage storage = new InMemoryStorage();
  private final MutableClock clock = MutableClock.at(START);
  private Dateline cms = build(Duration.ofSeconds(10));

  private Dateline build(Duration mostReadTtl) {
    Dateline built =
        Dateline.builder().storage(storage).clock(clock).mostReadCacheTtl(mostReadTtl).build();
    built.saveTenant(Newsroom.unnTenant());
    built.saveTenant(Newsroom.cityTenant());
    return built;
  }

  @AfterEach
  void close() {
    cms.close();
  }

  private Article published(TenantId tenant, java.util.Locale language, String headline) {
    ArticleService articles = cms.tenant(tenant).articles();
    Article draft =
        articles.create(
            io.dateline.cms.command.ArticleDraft.builder(language, headline)
                .body(io.dateline.cms.model.Block.Paragraph.of("Text."))
                .build());
    return articles.publish(draft.id());
  }

  private void views(TenantId tenant, ArticleId article, LocalDate day, long views) {
    storage
        .viewCounts()
        .add(
            new ViewBatch(
                UUID.randomUUID(), List.of(new ViewIncrement(tenant, article, day, views))));
  }

  private static List<ArticleId> ids(List<ViewedArticle> list) {
    return list.stream().map(v -> v.article().id()).toList();
  }

  @Nested
  @DisplayName("mostRead")
  class MostRead {

    @Test
    @DisplayName("counts the days of the period ending with the clock's UTC day")
    void periodEndsToday() {
      Article old = published(UNN, UK, "Old news");
      Article fresh = published(UNN, UK, "Fresh news");
      views(UNN, old.id(), TODAY.minusDays(2), 50);
      views(UNN, old.id(), TODAY.minusDays(1), 1);
      views(UNN, fresh.id(), TODAY, 3);

      List<ViewedArticle> day =
          cms.tenant(UNN).articles().mostRead(UK, ViewPeriod.LAST_24_HOURS, 5);
      List<ViewedArticle> week = cms.tenant(UNN).articles().mostRead(UK, ViewPeriod.LAST_7_DAYS, 5);

      assertThat(day)
          .containsExactly(new ViewedArticle(fresh, 3, 3), new ViewedArticle(old, 1, 51));
      assertThat(ids(week)).containsExactly(old.id(), fresh.id());
      assertThat(week.get(0).periodViews()).isEqualTo(51);
    }

    @Test
    @DisplayName("all time uses the stored totals")
    void allTime() {
      Article a = published(UNN, UK, "First");
      views(UNN, a.id(), TODAY.minusDays(400), 7);

      assertThat(cms.tenant(UNN).articles().mostRead(UK, ViewPeriod.ALL_TIME, 5))
          .containsExactly(new ViewedArticle(a, 7, 7));
      assertThat(cms.tenant(UNN).articles().mostRead(UK, ViewPeriod.LAST_30_DAYS, 5)).isEmpty();
    }

    @Test
    @DisplayName("keeps a list for the time-to-live, per tenant, language, period and limit")
    void cachesLists() {
      Article a = published(UNN, UK, "First");
      Article b = published(UNN, UK, "Second");
      views(UNN, a.id(), TODAY, 2);
      ArticleService unn = cms.tenant(UNN).articles();
      List<ViewedArticle> first = unn.mostRead(UK, ViewPeriod.LAST_24_HOURS, 5);

      views(UNN, b.id(), TODAY, 9);

      assertThat(unn.mostRead(UK, ViewPeriod.LAST_24_HOURS, 5)).isEqualTo(first);
      assertThat(cms.tenant(UNN).articles().mostRead(Newsroom.UK, ViewPeriod.LAST_24_HOURS, 5))
          .as("another TenantContent of the same Dateline shares the cache")
          .isEqualTo(first);
      assertThat(ids(unn.mostRead(UK, ViewPeriod.LAST_24_HOURS, 4)))
          .as("another limit is another list")
          .containsExactly(b.id(), a.id());
      assertThat(ids(unn.mostRead(UK, ViewPeriod.LAST_7_DAYS, 5)))
          .as("another period is another list")
          .containsExactly(b.id(), a.id());
      assertThat(cms.tenant(CITY).articles().mostRead(UK, ViewPeriod.LAST_24_HOURS, 5))
          .as("another tenant is another list")
          .isEmpty();

      clock.advance(Duration.ofSeconds(10));

      assertThat(ids(unn.mostRead(UK, ViewPeriod.LAST_24_HOURS, 5)))
          .containsExactly(b.id(), a.id());
    }

    @Test
    @DisplayName("drops a tenant's lists when the change feed is read past its changes")
    void followsTheChangeFeed() {
      Article a = published(UNN, UK, "First");
      Article b = published(UNN, UK, "Second");
      Article c = published(CITY, Newsroom.EN, "Third");
      views(UNN, a.id(), TODAY, 2);
      views(UNN, b.id(), TODAY, 1);
      views(CITY, c.id(), TODAY, 1);
      ArticleService unn = cms.tenant(UNN).articles();
      assertThat(ids(unn.mostRead(UK, ViewPeriod.LAST_24_HOURS, 5)))
          .containsExactly(a.id(), b.id());
      List<ViewedArticle> city =
          cms.tenant(CITY).articles().mostRead(Newsroom.EN, ViewPeriod.ALL_TIME, 5);
      long head = cms.changes().head();

      unn.unpublish(a.id());
      assertThat(ids(unn.mostRead(UK, ViewPeriod.LAST_24_HOURS, 5)))
          .as("cached: nobody has read the feed yet")
          .containsExactly(a.id(), b.id());

      assertThat(cms.changes().read(head, 10)).isNotEmpty();

      assertThat(ids(unn.mostRead(UK, ViewPeriod.LAST_24_HOURS, 5)))
          .as("the unpublished article is gone once the feed was read")
          .containsExactly(b.id());
      views(CITY, c.id(), TODAY, 5);
      assertThat(cms.tenant(CITY).articles().mostRead(Newsroom.EN, ViewPeriod.ALL_TIME, 5))
          .as("another tenant's lists stay")
          .isEqualTo(city);
    }

    @Test
    @DisplayName("a language is one list whatever its region")
    void languageIgnoresRegion() {
      Article en = published(UNN, EN, "English");
      views(UNN, en.id(), TODAY, 1);

      assertThat(
              cms.tenant(UNN)
                  .articles()
                  .mostRead(java.util.Locale.forLanguageTag("en-GB"), ViewPeriod.ALL_TIME, 5))
          .containsExactly(new ViewedArticle(en, 1, 1));
      assertThat(cms.tenant(UNN).articles().mostRead(PL, ViewPeriod.ALL_TIME, 5)).isEmpty();
    }

    @Test
    @DisplayName("with a zero time-to-live every call reads the storage")
    void zeroTtlDisablesCaching() {
      cms.close();
      cms = build(Duration.ZERO);
      Article a = published(UNN, UK, "First");
      ArticleService unn = cms.tenant(UNN).articles();
      assertThat(unn.mostRead(UK, ViewPeriod.ALL_TIME, 5)).isEmpty();

      views(UNN, a.id(), TODAY, 4);

      assertThat(unn.mostRead(UK, ViewPeriod.ALL_TIME, 5))
          .containsExactly(new ViewedArticle(a, 4, 4));
    }

    @Test
    @DisplayName("rejects a missing language or period and a limit outside 1 to 100, by name")
    void validatesArguments() {
      ArticleService unn = cms.tenant(UNN).articles();

      assertThatThrownBy(() -> unn.mostRead(null, ViewPeriod.ALL_TIME, 5))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("language must not be null");
      assertThatThrownBy(() -> unn.mostRead(UK, null, 5))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("period must not be null");
      assertThatThrownBy(() -> unn.mostRead(UK, ViewPeriod.ALL_TIME, 0))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("limit must be between 1 and 100, was 0");
      assertThatThrownBy(() -> unn.mostRead(UK, ViewPeriod.ALL_TIME, 101))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("limit must be between 1 and 100, was 101");
      assertThat(unn.mostRead(UK, ViewPeriod.ALL_TIME, 100)).isEmpty();
    }

    @Test
    @DisplayName("the builder rejects a negative time-to-live")
    void rejectsNegativeTtl() {
      assertThatThrownBy(() -> Dateline.builder().mostReadCacheTtl(Duration.ofSeconds(-1)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("mostReadCacheTtl must be zero or positive, was PT-1S");
      assertThatThrownBy(() -> Dateline.builder().mostReadCacheTtl(null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("ttl");
    }
  }

  @Nested
  @DisplayName("findWithTranslations")
  class FindWithTranslations {

    @Test
    @DisplayName("returns the article and its other-language versions by language tag")
    void articleWithTranslations() {
      ArticleService unn = cms.tenant(UNN).articles();
      Article original = published(UNN, UK, "Оригінал");
      Article polish =
          unn.create(
              io.dateline.cms.command.ArticleDraft.builder(PL, "Oryginał")
                  .body(io.dateline.cms.model.Block.Paragraph.of("Tekst."))
                  .translationOf(original.id())
                  .build());
      Article english =
          unn.publish(
              unn.create(
                      io.dateline.cms.command.ArticleDraft.builder(EN, "Original")
                          .body(io.dateline.cms.model.Block.Paragraph.of("Text."))
                          .translationOf(original.id())
                          .build())
                  .id());

      TranslatedArticle page = unn.findWithTranslations(polish.slug()).orElseThrow();

      assertThat(page.article()).isEqualTo(polish);
      assertThat(page.translations()).containsExactly(english, original);
      assertThat(page.publishedTranslations()).containsExactly(english, original);
      assertThat(page.translation(EN)).contains(english);
      assertThat(unn.findWithTranslations(original.slug()).orElseThrow().translations())
          .containsExactly(english, polish);
    }

    @Test
    @DisplayName("is empty for an unknown slug and for another tenant's slug")
    void emptyForUnknownSlug() {
      Article unnArticle = published(UNN, UK, "Тільки УНН");

      assertThat(cms.tenant(UNN).articles().findWithTranslations("no-such-article")).isEmpty();
      assertThat(cms.tenant(CITY).articles().findWithTranslations(unnArticle.slug())).isEmpty();
      assertThatThrownBy(() -> cms.tenant(UNN).articles().findWithTranslations(null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("slug must not be null");
    }
  }
}
