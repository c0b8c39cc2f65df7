package io.dateline.cms.render;

import org.jspecify.annotations.Nullable;

/**
 * An image ready to show.
 *
 * <p>Immutable and thread-safe.
 *
 * @param url the image's absolute http(s) URL; never {@code null} (images with unsafe URLs are
 *     dropped when the view is built)
 * @param alt the text alternative; never {@code null}
 * @param caption the caption, or {@code null}
 * @param credit the credit, or {@code null}
 * @param width pixels, 0 when unknown
 * @param height pixels, 0 when unknown
 * @since 0.1.0
 */
public record ImageView(
    String url,
    String alt,
    @Nullable String caption,
    @Nullable String credit,
    int width,
    int height) {}
