package io.dateline.cms.internal;

import io.dateline.cms.RevisionDiff;
import io.dateline.cms.model.Article;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The content of an article, as opposed to its lifecycle: what a restore puts back and a timed
 * update replaces, and the values a revision comparison looks at.
 */
final class ArticleContent {
  /** The compared values by name, in {@link RevisionDiff#COMPARED_FIELDS} order. */
  static final Map<String, Function<Article, @Nullable Object>> COMPARED;

  static {
    Map<String, Function<Article, @Nullable Object>> fields = new LinkedHashMap<>();
    fields.put("slug", Article::slug);
    fields.put("language", Article::language);
    fields.put("translationKey", Article::translationKey);
    fields.put("headline", Article::headline);
    fields.put("lead", Article::lead);
    fields.put("authors", Article::authors);
    fields.put("primarySection", Article::primarySection);
    fields.put("sections", Article::sections);
    fields.put("tags", Article::tags);
    fields.put("dateline", Article::dateline);
    fields.put("places", Article::places);
    fields.put("sources", Article::sources);
    fields.put("exclusive", Article::exclusive);
    fields.put("featuredImage", Article::featuredImage);
    fields.put("seo", Article::seo);
    fields.put("related", Article::related);
    fields.put("status", Article::status);
    fields.put("publishAt", Article::publishAt);
    fields.put("firstPublishedAt", Article::firstPublishedAt);
    if (!fields.keySet().stream().toList().equals(RevisionDiff.COMPARED_FIELDS)) {
      throw new IllegalStateException("ArticleContent.COMPARED must follow COMPARED_FIELDS");
    }
    COMPARED = java.util.Collections.unmodifiableMap(fields);
  }

  private ArticleContent() {}

  /**
   * The article {@code target} with the content of {@code source}: slug, language, translation
   * group, headline, lead, body, references, sources, flags, image, SEO and related articles. Id,
   * status, times and version stay {@code target}'s.
   */
  static Article.Builder withContentOf(Article target, Article source) {
    return target.toBuilder()
        .slug(source.slug())
        .language(source.language())
        .translationKey(source.translationKey())
        .headline(source.headline())
        .lead(source.lead())
        .body(source.body())
        .authors(source.authors())
        .primarySection(source.primarySection())
        .sections(source.sections())
        .tags(source.tags())
        .dateline(source.dateline())
        .places(source.places())
        .sources(source.sources())
        .exclusive(source.exclusive())
        .featuredImage(source.featuredImage())
        .seo(source.seo())
        .related(source.related());
  }
}
