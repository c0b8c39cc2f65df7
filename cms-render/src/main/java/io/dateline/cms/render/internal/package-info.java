/**
 * The renderer's implementation: escaping output, URL checks, sanitizing, ICU formatting, view
 * assembly, JSON-LD, feeds and sitemaps. Everything here may change at any time without notice; use
 * {@code io.dateline.cms.render} and its {@code spi} package instead.
 */
@NullMarked
package io.dateline.cms.render.internal;

import org.jspecify.annotations.NullMarked;
