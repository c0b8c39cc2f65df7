/**
 * Rendering for readers and search engines: view models built from core objects ({@link
 * io.dateline.cms.render.ArticleView}, {@link io.dateline.cms.render.ListingView}, {@link
 * io.dateline.cms.render.HeadlineView}), the default jte theme, JSON-LD, OpenGraph and Twitter
 * tags, hreflang alternates, RSS and Atom feeds, sitemaps and Google News sitemaps. Start from
 * {@link io.dateline.cms.render.DatelineRenderer#builder()}.
 *
 * <p>View models hold plain text; templates escape it by context. Unless stated otherwise, values
 * are never {@code null}, and every type here is immutable and thread-safe except builders.
 */
@NullMarked
package io.dateline.cms.render;

import org.jspecify.annotations.NullMarked;
