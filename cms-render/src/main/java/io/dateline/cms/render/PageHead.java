package io.dateline.cms.render;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The {@code <head>} of a page: title, description, canonical URL, robots, hreflang alternates,
 * feed links, OpenGraph and Twitter meta tags, JSON-LD and what head contributors added.
 *
 * <p>Immutable and thread-safe. Text values are plain text for a template to escape, except {@link
 * #jsonLd()} and {@link #extra()}, which are ready to write as is.
 *
 * @param title the document title
 * @param description the meta description; may be empty
 * @param canonical the canonical URL, or {@code null} on pages without one (error pages, the tenant
 *     index)
 * @param noIndex whether to ask search engines not to index the page
 * @param alternates hreflang alternates; may be empty
 * @param feeds feeds to advertise
 * @param meta OpenGraph ({@code og:*}, {@code article:*}) and Twitter tags, in order
 * @param jsonLd JSON-LD already escaped for a {@code <script>} element, or empty for none
 * @param extra markup from head contributors
 * @since 0.1.0
 */
public record PageHead(
    String title,
    String description,
    @Nullable String canonical,
    boolean noIndex,
    List<AlternateLink> alternates,
    List<FeedLink> feeds,
    List<MetaTag> meta,
    String jsonLd,
    Html extra) {

  /** Copies the lists. */
  public PageHead {
    alternates = List.copyOf(alternates);
    feeds = List.copyOf(feeds);
    meta = List.copyOf(meta);
    jsonLd = jsonLd == null ? "" : jsonLd;
    extra = extra == null ? Html.empty() : extra;
    Objects.requireNonNull(title, "title");
  }
}
