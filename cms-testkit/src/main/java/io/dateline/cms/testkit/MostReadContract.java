package io.dateline.cms.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.cms.model.Article;
import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.ArticleStatus;
import io.dateline.cms.spi.ArticleRepository;
import io.dateline.cms.spi.ContentStorage;
import io.dateline.cms.views.ViewedArticle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The contract of the article page's read queries, {@link ArticleRepository#mostRead} and {@link
 * ArticleRepository#findWithTranslations}, as JUnit 5 tests. {@link StorageCompatibilityKit}
 * includes it; a backend may also run it alone:
 *
 * <pre>{@code
 * class MyMostReadTest implements MostReadContract {
 *   @Override
 *   public ContentStorage mostReadStorage() {
 *     return MyStorage.shared();
 *   }
 * }
 * }</pre>
 *
 * <p>Like the kit, every test creates its own tenants with new ids ({@link
 * SampleContent#forNewTenant()}), stores a tenant before its content, stores only valid values, and
 * never assumes the store is empty, so the storage may be shared by every test of a database. View
 * counts are added with {@link io.dateline.cms.spi.ViewCountStore#add}, one batch per test step, on
 * fixed UTC days; nothing depends on the clock.
 *
 * <p>The tests are independent; JUnit runs each on a fresh instance of the implementing class.
 *
 * @since 0.1.0
 */
public interface MostReadContract {

  /**
   * The storage the running test uses; called inside each test, after the class's {@code
   * BeforeEach} methods.
   *
   * @return the storage; never {@code null}
   */
  ContentStorage mostReadStorage();

  /** A day of the views the tests store. */
  private static LocalDate day(int n) {
    return LocalDate.of(2026, 3, n);
  }

  /**
   * A fresh time-ordered id with its top bit set: signed comparison ({@link UUID#compareTo}) puts
   * it first, the contract's unsigned order last.
   */
  private static ArticleId highBitId() {
    UUID v7 = ArticleId.random().value();
    return ArticleId.of(
        new UUID(v7.getMostSignificantBits() | Long.MIN_VALUE, v7.getLeastSignificantBits()));
  }

  private static List<ArticleId> ids(List<ViewedArticle> list) {
    return list.stream().map(v -> v.article().id()).toList();
  }

  // -------------------------------------------------------------------------------------------
  // mostRead
  // -------------------------------------------------------------------------------------------

  @Test
  @DisplayName("mostRead lists only published articles")
  default void mostReadListsOnlyPublished() {
    MostReadSite site = new MostReadSite(mostReadStorage());
    Article published = site.published(MostReadSite.UK);
    List<Article> hidden = new ArrayList<>();
    for (ArticleStatus status :
        List.of(
            ArticleStatus.DRAFT,
            ArticleStatus.SCHEDULED,
            ArticleStatus.UNPUBLISHED,
            ArticleStatus.ARCHIVED)) {
      hidden.add(site.withStatus(status));
    }
    site.views(published, day(1), 1);
    hidden.forEach(a -> site.views(a, day(1), 100));

    assertThat(site.articles.mostRead(MostReadSite.UK, day(1), day(1), 10))
        .containsExactly(new ViewedArticle(published, 1, 1));
    assertThat(site.articles.mostRead(MostReadSite.UK, null, null, 10))
        .containsExactly(new ViewedArticle(published, 1, 1));
  }

  @Test
  @DisplayName("mostRead lists only the language asked, compared without region")
  default void mostReadListsOnlyTheLanguage() {
    MostReadSite site = new MostReadSite(mostReadStorage());
    Article ukrainian = site.published(MostReadSite.UK);
    Article british = site.published(Locale.forLanguageTag("en-GB"));
    site.views(ukrainian, day(1), 5);
    site.views(british, day(1), 3);

    assertThat(site.articles.mostRead(Locale.ENGLISH, day(1), day(1), 10))
        .containsExactly(new ViewedArticle(british, 3, 3));
    assertThat(site.articles.mostRead(Locale.forLanguageTag("uk-UA"), null, null, 10))
        .containsExactly(new ViewedArticle(ukrainian, 5, 5));
    assertThat(site.articles.mostRead(Locale.GERMAN, null, null, 10)).isEmpty();
  }

  @Test
  @DisplayName("mostRead sums the views of the day range, both ends included")
  default void mostReadRespectsTheDayRange() {
    MostReadSite site = new MostReadSite(mostReadStorage());
    Article steady = site.published(MostReadSite.UK);
    Article old = site.published(MostReadSite.UK);
    Article recent = site.published(MostReadSite.UK);
    for (int d = 1; d <= 4; d++) {
      site.views(steady, day(d), 2);
    }
    site.views(old, day(1), 50);
    site.views(recent, day(4), 3);

    assertThat(site.articles.mostRead(MostReadSite.UK, day(2), day(3), 10))
        .containsExactly(new ViewedArticle(steady, 4, 8));
    assertThat(site.articles.mostRead(MostReadSite.UK, day(1), day(2), 10))
        .containsExactly(new ViewedArticle(old, 50, 50), new ViewedArticle(steady, 4, 8));
    assertThat(site.articles.mostRead(MostReadSite.UK, day(3), day(4), 10))
        .containsExactly(new ViewedArticle(steady, 4, 8), new ViewedArticle(recent, 3, 3));
    assertThat(site.articles.mostRead(MostReadSite.UK, day(5), day(9), 10)).isEmpty();
  }

  @Test
  @DisplayName("mostRead over all time (no first day) ranks by the all-time totals")
  default void mostReadAllTime() {
    MostReadSite site = new MostReadSite(mostReadStorage());
    Article longRunner = site.published(MostReadSite.UK);
    Article burst = site.published(MostReadSite.UK);
    Article unviewed = site.published(MostReadSite.UK);
    site.views(longRunner, day(1), 4);
    site.views(longRunner, day(20), 4);
    site.views(burst, day(20), 6);

    List<ViewedArticle> all = site.articles.mostRead(MostReadSite.UK, null, day(1), 10);

    assertThat(all)
        .containsExactly(new ViewedArticle(longRunner, 8, 8), new ViewedArticle(burst, 6, 6));
    assertThat(ids(all)).doesNotContain(unviewed.id());
  }

  @Test
  @DisplayName("mostRead ranks by views, highest first, ties by ascending unsigned article id")
  default void mostReadOrderAndTies() {
    MostReadSite site = new MostReadSite(mostReadStorage());
    Article top = site.published(MostReadSite.UK);
    List<Article> tied = new ArrayList<>();
    tied.add(site.published(MostReadSite.UK, highBitId()));
    for (int i = 0; i < 4; i++) {
      tied.add(site.published(MostReadSite.UK));
    }
    tied.add(site.published(MostReadSite.UK, highBitId()));
    site.views(top, day(2), 9);
    tied.forEach(a -> site.views(a, day(2), 3));
    List<ArticleId> tiedInOrder =
        tied.stream().map(Article::id).sorted(Comparator.naturalOrder()).toList();
    List<ArticleId> expected = new ArrayList<>();
    expected.add(top.id());
    expected.addAll(tiedInOrder);

    assertThat(ids(site.articles.mostRead(MostReadSite.UK, day(1), day(3), 10)))
        .containsExactlyElementsOf(expected);
    assertThat(ids(site.articles.mostRead(MostReadSite.UK, null, null, 10)))
        .containsExactlyElementsOf(expected);
  }

  @Test
  @DisplayName("mostRead returns at most the limit, the highest first")
  default void mostReadLimit() {
    MostReadSite site = new MostReadSite(mostReadStorage());
    List<Article> ranked = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      Article a = site.published(MostReadSite.UK);
      site.views(a, day(1), 10 - i);
      ranked.add(a);
    }

    assertThat(ids(site.articles.mostRead(MostReadSite.UK, day(1), day(1), 3)))
        .containsExactly(ranked.get(0).id(), ranked.get(1).id(), ranked.get(2).id());
    assertThat(ids(site.articles.mostRead(MostReadSite.UK, null, null, 1)))
        .containsExactly(ranked.get(0).id());
    assertThat(site.articles.mostRead(MostReadSite.UK, day(1), day(1), 100)).hasSize(5);
  }

  @Test
  @DisplayName("mostRead never shows another tenant's articles or counts another tenant's views")
  default void mostReadTenantIsolation() {
    ContentStorage storage = mostReadStorage();
    MostReadSite mine = new MostReadSite(storage);
    MostReadSite theirs = new MostReadSite(storage);
    Article myArticle = mine.published(MostReadSite.UK);
    Article theirArticle = theirs.published(MostReadSite.UK);
    mine.views(myArticle, day(1), 2);
    theirs.views(theirArticle, day(1), 50);
    // Views filed under the other tenant with my article's id must not count for me, and must not
    // make my article appear in their list.
    theirs.views(theirs.id(), myArticle.id(), day(1), 1000);

    assertThat(mine.articles.mostRead(MostReadSite.UK, day(1), day(1), 10))
        .containsExactly(new ViewedArticle(myArticle, 2, 2));
    assertThat(mine.articles.mostRead(MostReadSite.UK, null, null, 10))
        .containsExactly(new ViewedArticle(myArticle, 2, 2));
    assertThat(theirs.articles.mostRead(MostReadSite.UK, day(1), day(1), 10))
        .containsExactly(new ViewedArticle(theirArticle, 50, 50));
    assertThat(theirs.articles.mostRead(MostReadSite.UK, null, null, 10))
        .containsExactly(new ViewedArticle(theirArticle, 50, 50));
    assertThat(
            storage
                .tenant(SampleContent.newTenantId())
                .articles()
                .mostRead(MostReadSite.UK, null, null, 10))
        .isEmpty();
  }

  @Test
  @DisplayName("mostRead reports the period's views and the all-time total of each article")
  default void mostReadTotalViews() {
    MostReadSite site = new MostReadSite(mostReadStorage());
    Article article = site.published(MostReadSite.UK);
    site.views(article, day(1), 7);
    site.views(article, day(3), 2);
    site.views(article, day(4), 1);

    assertThat(site.articles.mostRead(MostReadSite.UK, day(3), day(4), 10))
        .containsExactly(new ViewedArticle(article, 3, 10));
    assertThat(site.articles.mostRead(MostReadSite.UK, day(1), day(1), 10))
        .containsExactly(new ViewedArticle(article, 7, 10));
  }

  // -------------------------------------------------------------------------------------------
  // findWithTranslations
  // -------------------------------------------------------------------------------------------

  @Test
  @DisplayName("findWithTranslations returns the article first, then its translations by tag")
  default void findWithTranslationsOrder() {
    MostReadSite site = new MostReadSite(mostReadStorage());
    Article original = site.published(MostReadSite.UK);
    Article british = site.translation(Locale.forLanguageTag("en-GB"), original);
    Article german = site.translation(Locale.GERMAN, original);
    Article unrelated = site.published(Locale.ENGLISH);

    assertThat(site.articles.findWithTranslations(british.slug()))
        .containsExactly(british, german, original);
    assertThat(site.articles.findWithTranslations(original.slug()))
        .containsExactly(original, german, british);
    assertThat(site.articles.findWithTranslations(unrelated.slug())).containsExactly(unrelated);
  }

  @Test
  @DisplayName("findWithTranslations includes translations of any status")
  default void findWithTranslationsAnyStatus() {
    MostReadSite site = new MostReadSite(mostReadStorage());
    Article draft = site.withStatus(ArticleStatus.DRAFT);
    Article english =
        site.articles.insert(
            site.sample
                .publishedArticle(SampleContent.REFERENCE_TIME)
                .language(Locale.ENGLISH)
                .translationKey(draft.translationKey())
                .build());

    assertThat(site.articles.findWithTranslations(english.slug())).containsExactly(english, draft);
  }

  @Test
  @DisplayName("findWithTranslations is empty for an unknown slug")
  default void findWithTranslationsUnknownSlug() {
    MostReadSite site = new MostReadSite(mostReadStorage());
    site.published(MostReadSite.UK);

    assertThat(site.articles.findWithTranslations("no-such-slug")).isEmpty();
  }

  @Test
  @DisplayName("findWithTranslations never returns another tenant's articles")
  default void findWithTranslationsTenantIsolation() {
    ContentStorage storage = mostReadStorage();
    MostReadSite mine = new MostReadSite(storage);
    MostReadSite theirs = new MostReadSite(storage);
    Article myOriginal = mine.published(MostReadSite.UK);
    Article myEnglish = mine.translation(Locale.ENGLISH, myOriginal);
    // Same slug in the other tenant, and an article there that names my group's key.
    Article theirSameSlug =
        theirs.articles.insert(theirs.sample.article(myOriginal.slug()).build());
    theirs.articles.insert(
        theirs
            .sample
            .article(theirs.sample.nextSlug("their-translation"))
            .language(Locale.ENGLISH)
            .translationKey(myOriginal.id())
            .build());

    assertThat(mine.articles.findWithTranslations(myOriginal.slug()))
        .containsExactly(myOriginal, myEnglish);
    assertThat(theirs.articles.findWithTranslations(myOriginal.slug()))
        .containsExactly(theirSameSlug);
    assertThat(theirs.articles.findWithTranslations(myEnglish.slug())).isEmpty();
  }
}
