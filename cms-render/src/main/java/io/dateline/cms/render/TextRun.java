package io.dateline.cms.render;

import org.jspecify.annotations.Nullable;

/**
 * A piece of a sentence assembled from a localized message, such as the source attribution "UNN
 * reports citing Le Monde", where some pieces are links.
 *
 * <p>Immutable and thread-safe.
 *
 * @param text plain text; never {@code null}
 * @param url where the piece links to, or {@code null} for plain text
 * @since 0.1.0
 */
public record TextRun(String text, @Nullable String url) {}
