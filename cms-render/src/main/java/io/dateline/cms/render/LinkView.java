package io.dateline.cms.render;

import org.jspecify.annotations.Nullable;

/**
 * Something shown as a link: an author, section, tag or place.
 *
 * <p>Immutable and thread-safe.
 *
 * @param slug the stored slug, such as {@code dzho-baiden}; never {@code null}
 * @param text the display text in the page's language, plain text; never {@code null}
 * @param url the absolute URL, or {@code null} when there is no page to link to
 * @since 0.1.0
 */
public record LinkView(String slug, String text, @Nullable String url) {}
