package io.dateline.cms.site;

import io.dateline.cms.model.Tenant;
import io.dateline.cms.site.internal.StandardUrlParser;
import java.util.Optional;

/**
 * Finds the page a URL names: the inverse of a {@code UrlStrategy}. {@link #standard()} parses the
 * standard strategy's layout; an application with its own strategy installs its own parser with
 * {@link DatelineSite.Builder#urlParser}.
 *
 * <p>A parser may accept more than the strategy builds (a trailing slash, the default language
 * spelled out): the site compares each page's canonical URL with the requested one and answers
 * {@code 301} to the canonical form. It must not accept a URL that names a different page than the
 * strategy would. Implementations must be thread-safe and must not talk to storage.
 *
 * @since 0.1.0
 */
public interface UrlParser {

  /**
   * The parser of {@code UrlStrategy.standard()}.
   *
   * @return a shared instance
   */
  static UrlParser standard() {
    return StandardUrlParser.INSTANCE;
  }

  /**
   * Parses the part of a request path below a tenant's base URL.
   *
   * @param tenant the tenant whose base URL the request matched
   * @param path the raw (percent-encoded) path below the base URL's path: empty for the base itself
   *     without its trailing slash, else starting with {@code /}
   * @return the page, or empty when the path names none
   */
  Optional<SitePage> parse(Tenant tenant, String path);
}
