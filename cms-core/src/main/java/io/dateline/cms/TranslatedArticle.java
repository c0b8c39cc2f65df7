package io.dateline.cms;

import io.dateline.cms.model.Article;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An article with the other-language versions of it, as {@link
 * ArticleService#findWithTranslations(String)} returns them: what an article page needs for its
 * language switcher and hreflang links, loaded in one storage call.
 *
 * <p>Immutable and thread-safe.
 *
 * @param article the article asked for; never {@code null}
 * @param translations the other articles of its translation group, whatever their status, ordered
 *     by language tag; never {@code null}, without the article itself
 * @since 0.1.0
 */
public record TranslatedArticle(Article article, List<Article> translations) {
  /**
   * Checks and copies the values.
   *
   * @throws NullPointerException when an argument or a translation is {@code null}
   * @throws IllegalArgumentException when the translations contain the article itself
   */
  public TranslatedArticle {
    Objects.requireNonNull(article, "article");
    translations = List.copyOf(Objects.requireNonNull(translations, "translations"));
    for (Article t : translations) {
      if (t.id().equals(article.id())) {
        throw new IllegalArgumentException(
            "translations must not contain the article itself: " + article.id());
      }
    }
  }

  /**
   * The published translations: those a public page may link to.
   *
   * @return the translations whose status is PUBLISHED, in language-tag order
   */
  public List<Article> publishedTranslations() {
    return translations.stream().filter(Article::isPublished).toList();
  }

  /**
   * The translation in a language.
   *
   * @param language the language, compared by {@link java.util.Locale#getLanguage()}; never {@code
   *     null}
   * @return the translation, or empty when the group has none in that language
   */
  public Optional<Article> translation(java.util.Locale language) {
    Objects.requireNonNull(language, "language");
    String code = language.getLanguage();
    return translations.stream().filter(t -> t.language().getLanguage().equals(code)).findFirst();
  }
}
