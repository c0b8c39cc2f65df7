package io.dateline.cms.render.spi;

import io.dateline.cms.render.PageInfo;

/**
 * Adds elements to the {@code <head>} of every page the renderer produces: verification tags, an
 * analytics script the application trusts, preconnect hints. Runs after the theme's own tags
 * (title, description, canonical, hreflang, OpenGraph, Twitter, JSON-LD).
 *
 * <p>Implementations must be thread-safe.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface HeadContributor {

  /**
   * Adds elements for one page.
   *
   * @param page what is being rendered; never {@code null}
   * @param head where to add; never {@code null}
   */
  void contribute(PageInfo page, HeadWriter head);
}
