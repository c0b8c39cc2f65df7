package io.dateline.cms.render;

import java.util.List;
import java.util.Objects;

/**
 * A sitemap as files: what to serve at the sitemap's own URL, and the numbered files an index
 * points to.
 *
 * <p>When all URLs fit in one file, {@link #root()} is that file and {@link #parts()} holds it
 * alone; otherwise {@link #root()} is a sitemap index listing {@link #parts()}, which are served at
 * {@code UrlStrategy.sitemapPart} (or {@code newsSitemapPart}) numbered from 1. Immutable and
 * thread-safe.
 *
 * @param root the XML to serve at the sitemap's URL; never {@code null}
 * @param parts the XML of each file, first file first; never empty
 */
public record SitemapSet(String root, List<String> parts) {
  /** Copies the parts. */
  public SitemapSet {
    Objects.requireNonNull(root, "root");
    parts = List.copyOf(parts);
  }

  /**
   * Whether {@link #root()} is an index rather than the only file.
   *
   * @return {@code true} when the URLs were split over several files
   */
  public boolean isIndexed() {
    return parts.size() > 1;
  }

  /**
   * One numbered file.
   *
   * @param number from 1
   * @return the file's XML
   * @throws IndexOutOfBoundsException when there is no such file
   */
  public String part(int number) {
    return parts.get(number - 1);
  }
}
