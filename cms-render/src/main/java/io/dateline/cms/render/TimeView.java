package io.dateline.cms.render;

import java.time.Instant;

/**
 * A moment shown on a page.
 *
 * <p>Immutable and thread-safe.
 *
 * @param instant the moment; never {@code null}
 * @param iso the moment in the tenant's time zone as a W3C / ISO 8601 date-time with offset and
 *     seconds, such as {@code 2026-11-27T10:15:00+02:00}; for {@code datetime} attributes and
 *     structured data
 * @param text the moment formatted for readers in the page's locale and the tenant's zone
 * @since 0.1.0
 */
public record TimeView(Instant instant, String iso, String text) {}
