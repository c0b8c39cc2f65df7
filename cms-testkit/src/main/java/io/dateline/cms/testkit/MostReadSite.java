package io.dateline.cms.testkit;

import io.dateline.cms.model.Article;
import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.ArticleStatus;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.spi.ArticleRepository;
import io.dateline.cms.spi.ContentStorage;
import io.dateline.cms.spi.ViewBatch;
import io.dateline.cms.spi.ViewIncrement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A new tenant of {@link MostReadContract}'s tests with helpers to store its articles and views (an
 * interface cannot hold a private class).
 */
final class MostReadSite {
  static final Locale UK = Locale.forLanguageTag("uk");

  final SampleContent sample;
  final ContentStorage storage;
  final ArticleRepository articles;
  private final Instant publishAt = SampleContent.REFERENCE_TIME;

  MostReadSite(ContentStorage storage) {
    this.storage = storage;
    this.sample = SampleContent.forNewTenant();
    storage.tenants().save(sample.tenant());
    this.articles = storage.tenant(sample.tenantId()).articles();
  }

  TenantId id() {
    return sample.tenantId();
  }

  Article published(Locale language) {
    return articles.insert(sample.publishedArticle(publishAt).language(language).build());
  }

  Article published(Locale language, ArticleId id) {
    return articles.insert(sample.publishedArticle(publishAt).id(id).language(language).build());
  }

  Article withStatus(ArticleStatus status) {
    Article.Builder b = sample.article().status(status);
    if (status != ArticleStatus.DRAFT) {
      b.publishAt(publishAt).firstPublishedAt(publishAt);
    }
    return articles.insert(b.build());
  }

  Article translation(Locale language, Article of) {
    return articles.insert(
        sample.article().language(language).translationKey(of.translationKey()).build());
  }

  void views(Article article, LocalDate day, long views) {
    views(id(), article.id(), day, views);
  }

  void views(TenantId tenant, ArticleId article, LocalDate day, long views) {
    storage
        .viewCounts()
        .add(
            new ViewBatch(
                UUID.randomUUID(), List.of(new ViewIncrement(tenant, article, day, views))));
  }
}
