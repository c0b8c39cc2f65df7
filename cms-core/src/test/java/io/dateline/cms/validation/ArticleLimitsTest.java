package io.dateline.cms.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.cms.command.ArticleDraft;
import io.dateline.cms.internal.validation.CommandValidator;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.TagId;
import io.dateline.cms.model.TenantId;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Size;
import jakarta.validation.metadata.BeanDescriptor;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ArticleLimits")
class ArticleLimitsTest {
  private static final Locale UK = Locale.forLanguageTag("uk");
  private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

  private static final Map<String, Integer> LIMITS =
      Map.of(
          "headline", ArticleLimits.HEADLINE,
          "lead", ArticleLimits.LEAD,
          "authors", ArticleLimits.AUTHORS,
          "sections", ArticleLimits.SECTIONS,
          "tags", ArticleLimits.TAGS,
          "places", ArticleLimits.PLACES,
          "sources", ArticleLimits.SOURCES,
          "related", ArticleLimits.RELATED);

  private static int sizeMax(BeanDescriptor bean, String property) {
    return bean.getConstraintsForProperty(property).getConstraintDescriptors().stream()
        .filter(c -> c.getAnnotation() instanceof Size)
        .mapToInt(c -> ((Size) c.getAnnotation()).max())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no @Size on " + property));
  }

  @Test
  @DisplayName("are the @Size limits of both Article and ArticleDraft")
  void sharedByArticleAndDraft() {
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      BeanDescriptor article = factory.getValidator().getConstraintsForClass(Article.class);
      BeanDescriptor draft = factory.getValidator().getConstraintsForClass(ArticleDraft.class);

      LIMITS.forEach(
          (property, max) -> {
            assertThat(sizeMax(article, property)).as("Article.%s", property).isEqualTo(max);
            assertThat(sizeMax(draft, property)).as("ArticleDraft.%s", property).isEqualTo(max);
          });
    }
  }

  @Test
  @DisplayName("let a draft and an article at the limit pass and one over it fail alike")
  void sameOutcome() {
    List<TagId> atLimit = Stream.generate(TagId::random).limit(ArticleLimits.TAGS).toList();
    List<TagId> over = Stream.generate(TagId::random).limit(ArticleLimits.TAGS + 1).toList();
    String headline = "ж".repeat(ArticleLimits.HEADLINE);
    Article.Builder article =
        Article.builder()
            .tenantId(TenantId.of("unn"))
            .id(ArticleId.random())
            .slug("novyna")
            .language(UK)
            .createdAt(NOW)
            .updatedAt(NOW);

    try (CommandValidator validator = new CommandValidator(Clock.systemUTC(), Locale.ENGLISH)) {
      assertThat(validator.violations(ArticleDraft.builder(UK, headline).tags(atLimit).build()))
          .isEmpty();
      assertThat(validator.violations(article.headline(headline).tags(atLimit).build())).isEmpty();

      assertThat(validator.violations(ArticleDraft.builder(UK, headline + "ж").tags(over).build()))
          .extracting(v -> v.path() + " " + v.rule())
          .containsExactlyInAnyOrder("headline Size", "tags Size");
      assertThat(validator.violations(article.headline(headline + "ж").tags(over).build()))
          .extracting(v -> v.path() + " " + v.rule())
          .containsExactlyInAnyOrder("headline Size", "tags Size");
    }
  }
}
