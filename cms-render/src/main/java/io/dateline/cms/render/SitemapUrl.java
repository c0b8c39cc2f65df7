package io.dateline.cms.render;

import java.time.Instant;
import java.util.Objects;

/**
 * One {@code <url>} of a sitemap.
 *
 * <p>Immutable and thread-safe.
 *
 * @param location the page's absolute URL; never {@code null}
 * @param lastModified when the page last changed, or {@code null} when unknown
 */
public record SitemapUrl(String location, Instant lastModified) {
  /** Rejects a {@code null} location. */
  public SitemapUrl {
    Objects.requireNonNull(location, "location");
  }
}
