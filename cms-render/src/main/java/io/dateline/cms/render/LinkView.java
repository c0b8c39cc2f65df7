package io.dateline.cms.render;

/**
 * Something shown as a link: an author, section, tag or place.
 *
 * <p>Immutable and thread-safe.
 *
 * @param slug the stored slug, such as {@code dzho-baiden}; never {@code null}
 * @param text the display text in the page's language, plain text; never {@code null}
 * @param url the absolute URL, or {@code null} when there is no page to link to
 */
public record LinkView(String slug, String text, String url) {}
