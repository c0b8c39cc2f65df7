package io.dateline.cms.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dateline.cms.DuplicateSlugException;
import io.dateline.cms.NotFoundException;
import io.dateline.cms.VersionConflictException;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.LocalizedText;
import io.dateline.cms.model.Tag;
import io.dateline.cms.model.TagId;
import io.dateline.cms.model.TagKind;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.spi.ArticleRepository;
import io.dateline.cms.spi.ViewBatch;
import io.dateline.cms.spi.ViewCountStore;
import io.dateline.cms.spi.ViewIncrement;
import io.dateline.cms.views.ViewTotal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("InMemoryStorage")
class InMemoryStorageTest {
  private static final TenantId UNN = TenantId.of("unn");
  private static final TenantId CITY = TenantId.of("city");
  private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

  private final InMemoryStorage storage = new InMemoryStorage();

  private static Article article(TenantId tenant, String slug) {
    return Article.builder()
        .tenantId(tenant)
        .id(ArticleId.random())
        .slug(slug)
        .language(Locale.ENGLISH)
        .headline(slug)
        .createdAt(NOW)
        .updatedAt(NOW)
        .build();
  }

  @Nested
  @DisplayName("article repositories")
  class Articles {
    private final ArticleRepository unn = storage.tenant(UNN).articles();

    @Test
    @DisplayName("store new articles at version 0 whatever version they carry")
    void insertAtZero() {
      Article stored = unn.insert(article(UNN, "a").toBuilder().version(9).build());

      assertThat(stored.version()).isZero();
      assertThat(unn.findById(stored.id())).contains(stored);
    }

    @Test
    @DisplayName("update by compare-and-set on the version")
    void compareAndSet() {
      Article stored = unn.insert(article(UNN, "a"));
      Article first = unn.update(stored.toBuilder().headline("b").build());

      assertThat(first.version()).isEqualTo(1);
      assertThatThrownBy(() -> unn.update(stored.toBuilder().headline("c").build()))
          .isInstanceOf(VersionConflictException.class);
      assertThatThrownBy(() -> unn.update(article(UNN, "ghost")))
          .isInstanceOf(NotFoundException.class);
      assertThat(unn.findById(stored.id())).contains(first);
    }

    @Test
    @DisplayName("refuse a taken slug on insert and on update")
    void uniqueSlugs() {
      unn.insert(article(UNN, "a"));
      Article b = unn.insert(article(UNN, "b"));

      assertThatThrownBy(() -> unn.insert(article(UNN, "a")))
          .isInstanceOf(DuplicateSlugException.class);
      assertThatThrownBy(() -> unn.update(b.toBuilder().slug("a").build()))
          .isInstanceOf(DuplicateSlugException.class);
      assertThat(unn.findBySlug("b")).contains(b);
    }

    @Test
    @DisplayName("refuse an article of another tenant")
    void foreignArticle() {
      assertThatThrownBy(() -> unn.insert(article(CITY, "a")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("city");
      assertThat(storage.tenant(CITY).articles().findBySlug("a")).isEmpty();
    }

    @Test
    @DisplayName("report whether a delete removed anything")
    void delete() {
      Article stored = unn.insert(article(UNN, "a"));

      assertThat(unn.delete(stored.id())).isTrue();
      assertThat(unn.delete(stored.id())).isFalse();
      assertThat(unn.findBySlug("a")).isEmpty();
    }
  }

  @Test
  @DisplayName("directories refuse objects of another tenant and keep slugs unique")
  void directories() {
    var tags = storage.tenant(UNN).tags();
    tags.insert(
        new Tag(UNN, TagId.random(), TagKind.TOPIC, "seoul", LocalizedText.of("en", "Seoul")));

    assertThatThrownBy(
            () ->
                tags.insert(
                    new Tag(CITY, TagId.random(), TagKind.TOPIC, "x", LocalizedText.of("en", "X"))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                tags.insert(
                    new Tag(
                        UNN, TagId.random(), TagKind.TOPIC, "seoul", LocalizedText.of("en", "S"))))
        .isInstanceOf(DuplicateSlugException.class);
    assertThat(tags.findByIds(List.of(TagId.random()))).isEmpty();
  }

  @Test
  @DisplayName("hands out one scope per tenant")
  void scopes() {
    assertThat(storage.tenant(UNN)).isSameAs(storage.tenant(UNN));
    assertThat(storage.tenant(UNN).tenantId()).isEqualTo(UNN);
    assertThat(storage.tenant(CITY)).isNotSameAs(storage.tenant(UNN));
  }

  @Nested
  @DisplayName("view counts")
  class Views {
    private final ViewCountStore views = storage.viewCounts();
    private final ArticleId first = ArticleId.of(new UUID(1, 1));
    private final ArticleId second = ArticleId.of(new UUID(2, 2));
    private final LocalDate monday = LocalDate.of(2026, 3, 2);

    private ViewBatch batch(ViewIncrement... increments) {
      return new ViewBatch(UUID.randomUUID(), List.of(increments));
    }

    @Test
    @DisplayName("add a batch once, however often it is retried")
    void idempotent() {
      ViewBatch batch = batch(new ViewIncrement(UNN, first, monday, 3));

      assertThat(views.add(batch)).isTrue();
      assertThat(views.add(batch)).isFalse();
      assertThat(views.totals(UNN, List.of(first, second))).containsOnly(Map.entry(first, 3L));
    }

    @Test
    @DisplayName("keep tenants apart")
    void tenants() {
      views.add(
          batch(
              new ViewIncrement(UNN, first, monday, 3), new ViewIncrement(CITY, first, monday, 5)));

      assertThat(views.totals(UNN, List.of(first))).containsEntry(first, 3L);
      assertThat(views.totals(CITY, List.of(first))).containsEntry(first, 5L);
      assertThat(views.topAllTime(UNN, 10)).containsExactly(new ViewTotal(first, 3));
    }

    @Test
    @DisplayName("rank by views over a range of days, ties by ascending id")
    void top() {
      views.add(
          batch(
              new ViewIncrement(UNN, first, monday, 4),
              new ViewIncrement(UNN, second, monday, 2),
              new ViewIncrement(UNN, second, monday.plusDays(1), 2),
              new ViewIncrement(UNN, second, monday.plusDays(2), 100)));

      assertThat(views.top(UNN, monday, monday.plusDays(1), 10))
          .containsExactly(new ViewTotal(first, 4), new ViewTotal(second, 4));
      assertThat(views.top(UNN, monday.plusDays(1), monday.plusDays(1), 10))
          .containsExactly(new ViewTotal(second, 2));
      assertThat(views.topAllTime(UNN, 1)).containsExactly(new ViewTotal(second, 104));
    }

    @Test
    @DisplayName("refuse increments of fewer than one view")
    void positiveIncrements() {
      assertThatThrownBy(() -> new ViewIncrement(UNN, first, monday, 0))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
