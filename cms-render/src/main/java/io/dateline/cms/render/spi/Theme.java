package io.dateline.cms.render.spi;

import io.dateline.cms.render.ArticlePage;
import io.dateline.cms.render.ErrorPage;
import io.dateline.cms.render.HeadlineView;
import io.dateline.cms.render.JteTheme;
import io.dateline.cms.render.Labels;
import io.dateline.cms.render.ListingPage;
import io.dateline.cms.render.TenantsPage;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Turns page models into HTML documents. The default is {@code JteTheme.standard()}; an application
 * supplies its own jte templates with {@code JteTheme.using(engine)}, or implements this interface
 * on top of any engine, using {@link ArticlePage#head()}, {@link ArticlePage#body()} and the view
 * models for the parts Dateline already renders safely.
 *
 * <p>Pages leave the renderer as UTF-8 bytes ({@link #articlePageUtf8}, {@link #listingPageUtf8}):
 * their defaults encode the {@code String} methods, so a theme written before them keeps working,
 * and a theme that can write bytes directly overrides them to skip the intermediate string, as
 * {@link JteTheme} does. Error pages and the tenant index default to the standard theme's.
 *
 * <p>Implementations must be thread-safe and must escape every value they take from a view model.
 *
 * @since 0.1.0
 */
public interface Theme {

  /**
   * Renders an article page.
   *
   * @param page the page; never {@code null}
   * @return a complete HTML document
   */
  String articlePage(ArticlePage page);

  /**
   * Renders a listing page (latest headlines, section, tag, author, location).
   *
   * @param page the page; never {@code null}
   * @return a complete HTML document
   */
  String listingPage(ListingPage page);

  /**
   * Renders a "most read" block on its own, for pages the theme does not own.
   *
   * @param items the articles, most read first; never {@code null}
   * @param labels the page's labels; never {@code null}
   * @return an HTML fragment
   */
  String mostRead(List<HeadlineView> items, Labels labels);

  /**
   * Renders an article page as UTF-8 bytes. The default encodes {@link #articlePage}; override it
   * when the engine can write bytes directly. Must produce the same document as {@link
   * #articlePage}.
   *
   * @param page the page; never {@code null}
   * @return a complete HTML document, UTF-8; never {@code null}
   * @since 0.1.0
   */
  default byte[] articlePageUtf8(ArticlePage page) {
    return articlePage(page).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Renders a listing page as UTF-8 bytes. The default encodes {@link #listingPage}; override it
   * when the engine can write bytes directly. Must produce the same document as {@link
   * #listingPage}.
   *
   * @param page the page; never {@code null}
   * @return a complete HTML document, UTF-8; never {@code null}
   * @since 0.1.0
   */
  default byte[] listingPageUtf8(ListingPage page) {
    return listingPage(page).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Renders an error page (404, 500, ...) as UTF-8 bytes. The default is the standard theme's page,
   * so that a theme without error pages still gets them in a consistent layout.
   *
   * @param page the page; never {@code null}
   * @return a complete HTML document, UTF-8; never {@code null}
   * @since 0.1.0
   */
  default byte[] errorPageUtf8(ErrorPage page) {
    return JteTheme.standard().errorPageUtf8(page);
  }

  /**
   * Renders the index of tenants (every publication with links to its language editions) as UTF-8
   * bytes. The default is the standard theme's page.
   *
   * @param page the page; never {@code null}
   * @return a complete HTML document, UTF-8; never {@code null}
   * @since 0.1.0
   */
  default byte[] tenantsPageUtf8(TenantsPage page) {
    return JteTheme.standard().tenantsPageUtf8(page);
  }

  /**
   * Renders a search results page as UTF-8 bytes. The default is the standard theme's page.
   *
   * @param page the page; never {@code null}
   * @return a complete HTML document, UTF-8; never {@code null}
   * @since 0.1.0
   */
  default byte[] searchPageUtf8(io.dateline.cms.render.SearchResultsPage page) {
    return JteTheme.standard().searchPageUtf8(page);
  }
}
