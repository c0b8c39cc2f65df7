package io.dateline.cms.model;

import io.dateline.cms.validation.HttpUrl;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.jspecify.annotations.Nullable;

/**
 * Search-engine overrides; every field may be {@code null}, meaning "derive it from the article".
 *
 * @param title replaces the headline in the page title and structured data
 * @param description replaces the lead in the meta description
 * @param canonicalUrl the page's canonical URL when it lives elsewhere
 * @param noIndex asks search engines not to index the page
 * @since 0.1.0
 */
public record Seo(
    @Size(max = 200) @Nullable String title,
    @Size(max = 400) @Nullable String description,
    @HttpUrl @Nullable URI canonicalUrl,
    boolean noIndex) {

  /** No overrides. */
  public static final Seo NONE = new Seo(null, null, null, false);
}
