package io.dateline.cms.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dateline.cms.internal.validation.CommandValidator;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Article")
class ArticleTest {
  private static final TenantId TENANT = TenantId.of("unn");
  private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

  private final SectionId war = SectionId.random();
  private final SectionId politics = SectionId.random();
  private final SectionId world = SectionId.random();

  private static Article.Builder minimal() {
    return Article.builder()
        .tenantId(TENANT)
        .id(ArticleId.random())
        .slug("novyna")
        .language(Locale.forLanguageTag("uk"))
        .headline("Новина")
        .createdAt(NOW)
        .updatedAt(NOW);
  }

  @Nested
  @DisplayName("keeps the primary section first")
  class PrimarySection {

    @Test
    @DisplayName("by adding it in front when the sections lack it")
    void added() {
      Article article = minimal().primarySection(war).sections(List.of(politics, world)).build();

      assertThat(article.sections()).containsExactly(war, politics, world);
      assertThat(article.primarySection()).isEqualTo(war);
    }

    @Test
    @DisplayName("by moving it to the front when it is further down")
    void moved() {
      Article article =
          minimal().primarySection(world).sections(List.of(politics, world, war)).build();

      assertThat(article.sections()).containsExactly(world, politics, war);
    }

    @Test
    @DisplayName("by leaving sections alone when it already leads them")
    void alreadyFirst() {
      Article article = minimal().primarySection(war).sections(List.of(war, politics)).build();

      assertThat(article.sections()).containsExactly(war, politics);
    }

    @Test
    @DisplayName("by taking the first section as primary when none is named")
    void derived() {
      Article article = minimal().sections(List.of(politics, war)).build();

      assertThat(article.primarySection()).isEqualTo(politics);
    }

    @Test
    @DisplayName("and no sections means no primary")
    void none() {
      Article article = minimal().build();

      assertThat(article.primarySection()).isNull();
      assertThat(article.sections()).isEmpty();
    }

    @Test
    @DisplayName("even when the sections hold a null, which validation then reports")
    void nullSection() {
      Article article =
          minimal().primarySection(war).sections(Arrays.asList(null, politics)).build();

      assertThat(article.sections()).containsExactly(war, null, politics);
    }
  }

  @Nested
  @DisplayName("when built")
  class Building {

    @Test
    @DisplayName("defaults the translation key to its id, SEO to none and lead to empty")
    void defaults() {
      Article article = minimal().lead(null).seo(null).build();

      assertThat(article.translationKey()).isEqualTo(article.id());
      assertThat(article.seo()).isEqualTo(Seo.NONE);
      assertThat(article.lead()).isEmpty();
      assertThat(article.status()).isEqualTo(ArticleStatus.DRAFT);
      assertThat(article.version()).isZero();
      assertThat(article.isPublished()).isFalse();
    }

    @Test
    @DisplayName("copies lists into unmodifiable ones")
    void copiesLists() {
      List<TagId> tags = new ArrayList<>(List.of(TagId.random()));
      Article article = minimal().tags(tags).build();
      tags.add(TagId.random());

      assertThat(article.tags()).hasSize(1);
      assertThatThrownBy(() -> article.tags().add(TagId.random()))
          .isInstanceOf(UnsupportedOperationException.class);
      assertThat(minimal().authors(null).build().authors()).isEmpty();
    }

    @Test
    @DisplayName("requires a tenant and an id")
    void requiresIds() {
      assertThatThrownBy(() -> minimal().tenantId(null).build())
          .isInstanceOf(NullPointerException.class)
          .hasMessageContaining("tenantId");
      assertThatThrownBy(() -> minimal().id(null).build())
          .isInstanceOf(NullPointerException.class)
          .hasMessageContaining("id");
    }

    @Test
    @DisplayName("round-trips through toBuilder()")
    void roundTrip() {
      Article article =
          minimal()
              .lead("Лід")
              .body(List.of(Block.Paragraph.of("Текст"), new Block.Divider()))
              .authors(List.of(AuthorId.random()))
              .primarySection(war)
              .tags(List.of(TagId.random()))
              .dateline(LocationId.random())
              .places(List.of(LocationId.random()))
              .sources(List.of(Source.named("Le Monde")))
              .exclusive(true)
              .related(List.of(ArticleId.random()))
              .status(ArticleStatus.PUBLISHED)
              .publishAt(NOW)
              .firstPublishedAt(NOW)
              .version(4)
              .build();

      assertThat(article.toBuilder().build()).isEqualTo(article);
      assertThat(article.isPublished()).isTrue();
    }
  }

  @Nested
  @DisplayName("behaves like a record")
  class RecordLike {

    @Test
    @DisplayName("equal values make equal articles with equal hash codes")
    void equality() {
      Article article = minimal().tags(List.of(TagId.random())).exclusive(true).build();
      Article same = article.toBuilder().tags(new ArrayList<>(article.tags())).build();

      assertThat(same).isNotSameAs(article).isEqualTo(article).hasSameHashCodeAs(article);
      assertThat(article.toBuilder().version(1).build()).isNotEqualTo(article);
      assertThat(article.toBuilder().exclusive(false).build()).isNotEqualTo(article);
      assertThat(article.toBuilder().dateline(LocationId.random()).build()).isNotEqualTo(article);
      assertThat(article).isNotEqualTo(null).isNotEqualTo(article.id());
    }

    @Test
    @DisplayName("lists every value in toString, named as its accessor")
    void text() {
      Article article = minimal().version(7).build();

      assertThat(article.toString())
          .startsWith("Article[tenantId=" + TENANT + ", id=" + article.id() + ", slug=novyna")
          .contains(", headline=Новина, lead=, body=[], ")
          .contains(", primarySection=null, ")
          .endsWith(", version=7]");
    }

    @Test
    @DisplayName("changes a copy with with(), leaving the original as it was")
    void with() {
      Article article = minimal().primarySection(war).build();

      Article changed = article.with(a -> a.headline("Оновлено").sections(List.of(politics)));

      assertThat(changed.headline()).isEqualTo("Оновлено");
      assertThat(changed.sections()).containsExactly(war, politics);
      assertThat(changed.id()).isEqualTo(article.id());
      assertThat(article.headline()).isEqualTo("Новина");
      assertThat(article.sections()).containsExactly(war);
      assertThatThrownBy(() -> article.with(a -> a.slug(null)))
          .isInstanceOf(NullPointerException.class)
          .hasMessageContaining("slug");
    }
  }

  @Nested
  @DisplayName("is validated through its fields")
  class Validated {

    private List<String> violations(Article article) {
      try (CommandValidator validator = new CommandValidator(Clock.systemUTC(), Locale.ENGLISH)) {
        return validator.violations(article).stream()
            .map(v -> v.path() + " " + v.rule())
            .sorted()
            .collect(Collectors.toList());
      }
    }

    @Test
    @DisplayName("and a valid article has no violations")
    void valid() {
      assertThat(violations(minimal().lead("Лід").tags(List.of(TagId.random())).build())).isEmpty();
    }

    @Test
    @DisplayName("naming each field and rule that is broken, nested values and elements included")
    void invalid() {
      Article article =
          minimal()
              .slug("Not a slug")
              .headline(" ")
              .lead("л".repeat(2001))
              .authors(Arrays.asList(AuthorId.random(), null))
              .related(java.util.stream.Stream.generate(ArticleId::random).limit(21).toList())
              .sources(List.of(new Source(" ", null)))
              .status(null)
              .build();

      assertThat(violations(article))
          .contains(
              "slug Slug",
              "headline NotBlank",
              "lead Size",
              "authors[1] NotNull",
              "related Size",
              "status NotNull")
          .anyMatch(v -> v.startsWith("sources[0].name "));
    }
  }
}
