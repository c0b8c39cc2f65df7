package io.dateline.cms.render;

/**
 * A piece of a sentence assembled from a localized message, such as the source attribution "UNN
 * reports citing Le Monde", where some pieces are links.
 *
 * <p>Immutable and thread-safe.
 *
 * @param text plain text; never {@code null}
 * @param url where the piece links to, or {@code null} for plain text
 */
public record TextRun(String text, String url) {}
