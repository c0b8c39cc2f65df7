package io.dateline.cms;

import static io.dateline.cms.Failures.pathsAndRules;
import static io.dateline.cms.Failures.validationFailure;
import static io.dateline.cms.Newsroom.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.dateline.cms.command.ArticleDraft;
import io.dateline.cms.command.AuthorDraft;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.ArticleStatus;
import io.dateline.cms.model.LocalizedText;
import io.dateline.cms.model.Source;
import io.dateline.cms.model.Tenant;
import io.dateline.cms.model.TenantId;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Values a database column cannot hold are refused by validation, the same on every backend. */
@DisplayName("Values beyond what stores keep")
class StorableValuesTest {
  private static final Locale LONG_TAG =
      Locale.forLanguageTag("uk-UA-x-abcdefgh-abcdefgh-abcdefgh-abcdefgh");

  @AutoClose private final Newsroom newsroom = new Newsroom();
  private final TenantContent unn = newsroom.unn();

  private static URI longUrl(int length) {
    String start = "https://unn.example/";
    return URI.create(start + "a".repeat(length - start.length()));
  }

  @Test
  @DisplayName("an http URL over 2,000 characters is refused as HttpUrl; 2,000 are fine")
  void urlLength() {
    assertThat(
            pathsAndRules(
                validationFailure(
                    () ->
                        newsroom
                            .cms()
                            .saveTenant(
                                Tenant.builder(
                                        TenantId.of("long"),
                                        "Long",
                                        Newsroom.UK,
                                        ZoneId.of("UTC"),
                                        longUrl(2001))
                                    .publicationName("L")
                                    .supportedLocales(Set.of())
                                    .build()))))
        .containsExactly(tuple("baseUrl", "HttpUrl"));
    assertThat(
            pathsAndRules(
                validationFailure(
                    () ->
                        unn.authors()
                            .create(
                                new AuthorDraft(
                                    null,
                                    LocalizedText.of("uk", "Юлія"),
                                    null,
                                    null,
                                    longUrl(2001))))))
        .containsExactly(tuple("imageUrl", "HttpUrl"));

    Article stored =
        unn.articles().create(draft("Джерело").sources(new Source("УНН", longUrl(2000))).build());
    assertThat(stored.sources().get(0).url().toString()).hasSize(2000);
  }

  @Test
  @DisplayName("a language tag over 35 characters is refused as LanguageTag")
  void languageTags() {
    assertThat(LONG_TAG.toLanguageTag()).hasSizeGreaterThan(35);

    assertThat(
            pathsAndRules(
                validationFailure(
                    () ->
                        unn.articles()
                            .create(ArticleDraft.builder(LONG_TAG, "Заголовок").build()))))
        .contains(tuple("language", "LanguageTag"));
    assertThat(
            pathsAndRules(
                validationFailure(
                    () ->
                        newsroom
                            .cms()
                            .saveTenant(
                                Tenant.builder(
                                        TenantId.of("tags"),
                                        "Tags",
                                        LONG_TAG,
                                        ZoneId.of("UTC"),
                                        URI.create("https://tags.example"))
                                    .publicationName("T")
                                    .supportedLocales(Set.of(LONG_TAG))
                                    .build()))))
        .containsExactly(
            tuple("defaultLocale", "LanguageTag"), tuple("supportedLocales[]", "LanguageTag"));
  }

  @Test
  @DisplayName("a publish time after the year 9999 is refused as PublishTimeRange")
  void farFuture() {
    Article draft = unn.articles().create(draft("Колись").build());

    for (Instant at : new Instant[] {Instant.parse("+10000-01-01T00:00:00Z"), Instant.MAX}) {
      assertThat(pathsAndRules(validationFailure(() -> unn.articles().schedule(draft.id(), at))))
          .containsExactly(tuple("publishAt", "PublishTimeRange"));
    }
    assertThat(unn.articles().get(draft.id())).isEqualTo(draft);

    Article last =
        unn.articles().schedule(draft.id(), Instant.parse("9999-12-31T23:59:59.999999Z"));
    assertThat(last.status()).isEqualTo(ArticleStatus.SCHEDULED);
  }
}
