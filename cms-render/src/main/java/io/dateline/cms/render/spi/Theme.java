package io.dateline.cms.render.spi;

import io.dateline.cms.render.ArticlePage;
import io.dateline.cms.render.HeadlineView;
import io.dateline.cms.render.Labels;
import io.dateline.cms.render.ListingPage;
import java.util.List;

/**
 * Turns page models into HTML documents. The default is {@code JteTheme.standard()}; an application
 * supplies its own jte templates with {@code JteTheme.using(engine)}, or implements this interface
 * on top of any engine, using {@link ArticlePage#head()}, {@link ArticlePage#body()} and the view
 * models for the parts Dateline already renders safely.
 *
 * <p>Implementations must be thread-safe and must escape every value they take from a view model.
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
}
