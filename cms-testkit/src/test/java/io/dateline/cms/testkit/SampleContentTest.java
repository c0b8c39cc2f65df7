package io.dateline.cms.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dateline.cms.Dateline;
import io.dateline.cms.memory.InMemoryStorage;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.ArticleStatus;
import io.dateline.cms.model.Block;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.slug.SlugGenerator;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("SampleContent")
class SampleContentTest {
  private static ValidatorFactory factory;
  private static Validator validator;

  @BeforeAll
  static void createValidator() {
    factory = Validation.buildDefaultValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void closeValidator() {
    factory.close();
  }

  private static Set<String> violationsOf(Object value) {
    Set<ConstraintViolation<Object>> found = validator.validate(value);
    return found.stream()
        .map(v -> v.getPropertyPath() + ": " + v.getMessage())
        .collect(Collectors.toSet());
  }

  @Nested
  @DisplayName("Validity")
  class Validity {
    private final SampleContent sample = SampleContent.forNewTenant();

    @Test
    @DisplayName("every sample value passes Dateline's validation rules")
    void everyValueIsValid() {
      List<Object> values =
          List.of(
              sample.tenant(),
              sample.author(),
              sample.tag(),
              sample.location(),
              sample.section(),
              sample.article().build(),
              sample.publishedArticle(SampleContent.REFERENCE_TIME).build(),
              sample.richArticle().build());

      for (Object value : values) {
        assertThat(violationsOf(value)).as("violations of %s", value).isEmpty();
      }
    }

    @Test
    @DisplayName("the sample tenant is accepted by Dateline.saveTenant")
    void tenantIsAcceptedByDateline() {
      try (Dateline cms = Dateline.builder().storage(new InMemoryStorage()).build()) {
        cms.saveTenant(sample.tenant());

        assertThat(cms.findTenant(sample.tenantId())).contains(sample.tenant());
        assertThat(sample.tenant().supports(Locale.ENGLISH)).isTrue();
      }
    }

    @Test
    @DisplayName("slugs are valid slugs")
    void slugsAreValid() {
      assertThat(
              List.of(
                  sample.author().slug(),
                  sample.tag().slug(),
                  sample.location().slug(),
                  sample.section().slug(),
                  sample.article().build().slug()))
          .allMatch(SlugGenerator::isValidSlug);
    }
  }

  @Nested
  @DisplayName("Uniqueness")
  class Uniqueness {

    @Test
    @DisplayName("slugs never repeat within one instance")
    void slugsAreUniqueWithinInstance() {
      SampleContent sample = SampleContent.forNewTenant();

      List<String> slugs =
          IntStream.range(0, 50).mapToObj(i -> sample.article().build().slug()).toList();

      assertThat(slugs).doesNotHaveDuplicates();
    }

    @Test
    @DisplayName("two instances called in the same order produce the same slugs")
    void slugsRepeatAcrossInstances() {
      SampleContent a = SampleContent.forNewTenant();
      SampleContent b = SampleContent.forNewTenant();

      assertThat(List.of(a.author().slug(), a.tag().slug(), a.article().build().slug()))
          .containsExactly(b.author().slug(), b.tag().slug(), b.article().build().slug());
      assertThat(a.tenantId()).isNotEqualTo(b.tenantId());
    }

    @Test
    @DisplayName("new tenant ids are valid and never repeat")
    void tenantIdsAreUnique() {
      Set<TenantId> ids = new HashSet<>();
      for (int i = 0; i < 100; i++) {
        ids.add(SampleContent.newTenantId());
      }

      assertThat(ids).hasSize(100).allMatch(id -> id.value().startsWith("kit-"));
    }

    @Test
    @DisplayName("samples for a given tenant belong to it")
    void forTenantKeepsTheId() {
      TenantId id = TenantId.of("unn");

      SampleContent sample = SampleContent.forTenant(id);

      assertThat(sample.author().tenantId()).isEqualTo(id);
      assertThat(sample.article().build().tenantId()).isEqualTo(id);
      assertThatThrownBy(() -> SampleContent.forTenant(null))
          .isInstanceOf(NullPointerException.class);
    }
  }

  @Nested
  @DisplayName("Coverage")
  class Coverage {

    @Test
    @DisplayName("the sample body holds every block kind")
    void everyBlockKind() {
      assertThat(
              SampleContent.everyBlockKind().stream()
                  .<Class<?>>map(Object::getClass)
                  .collect(Collectors.toSet()))
          .containsExactlyInAnyOrder(Block.class.getPermittedSubclasses());
    }

    @Test
    @DisplayName("the rich article sets every optional content field")
    void richArticleIsRich() {
      Article rich = SampleContent.forNewTenant().richArticle().build();

      // An image has a URL or an asset, never both: the rich article's is external.
      assertThat(rich.featuredImage()).hasNoNullFieldsOrPropertiesExcept("asset");
      assertThat(rich.seo()).hasNoNullFieldsOrProperties();
      assertThat(rich.sources()).hasSizeGreaterThan(1);
      assertThat(rich.exclusive()).isTrue();
      assertThat(rich.status()).isEqualTo(ArticleStatus.PUBLISHED);
      assertThat(rich.publishAt()).isNotNull();
      assertThat(rich.firstPublishedAt()).isNotNull();
    }

    @Test
    @DisplayName("the reference time has microseconds and nothing finer")
    void referenceTimeHasMicroseconds() {
      assertThat(SampleContent.REFERENCE_TIME.getNano() % 1_000).isZero();
      assertThat(SampleContent.REFERENCE_TIME.truncatedTo(ChronoUnit.MILLIS))
          .isNotEqualTo(SampleContent.REFERENCE_TIME);
    }

    @Test
    @DisplayName("three-language texts keep English, Ukrainian, German order")
    void threeLanguagesKeepOrder() {
      assertThat(SampleContent.inThreeLanguages("Kyiv").values().keySet())
          .containsExactly(Locale.ENGLISH, Locale.forLanguageTag("uk"), Locale.GERMAN);
    }
  }
}
