package io.dateline.cms.render;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One {@code <url>} of a sitemap.
 *
 * <p>Immutable and thread-safe.
 *
 * @param location the page's absolute URL; never {@code null}
 * @param lastModified when the page last changed, or {@code null} when unknown
 * @since 0.1.0
 */
public record SitemapUrl(String location, @Nullable Instant lastModified) {
  /** Rejects a {@code null} location. */
  public SitemapUrl {
    Objects.requireNonNull(location, "location");
  }
}
