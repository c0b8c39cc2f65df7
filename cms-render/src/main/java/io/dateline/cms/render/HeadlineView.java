package io.dateline.cms.render;

import io.dateline.cms.model.ArticleId;
import org.jspecify.annotations.Nullable;

/**
 * One article in a list of headlines.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the article's id; never {@code null}
 * @param headline the headline, plain text; never {@code null}
 * @param url the article's absolute URL; never {@code null}
 * @param lead the lead, plain text; never {@code null}, may be empty
 * @param exclusive whether to show the "Exclusive" badge
 * @param published the publish time; never {@code null}
 * @param viewCount the number of views
 * @param viewCountText the views in words for the page's locale ("30,138 views")
 * @param section the primary section, or {@code null}
 * @param image the featured image, or {@code null}
 * @since 0.1.0
 */
public record HeadlineView(
    ArticleId id,
    String headline,
    String url,
    String lead,
    boolean exclusive,
    TimeView published,
    long viewCount,
    String viewCountText,
    @Nullable LinkView section,
    @Nullable ImageView image) {}
