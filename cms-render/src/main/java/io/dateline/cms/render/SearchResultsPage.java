package io.dateline.cms.render;

import io.dateline.cms.model.Tenant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The parts of a search results page, for a theme: the form with the reader's query, the hits, a
 * link to the next page, or a message when there is nothing to show. Its head carries {@code
 * noindex}: result pages are not content for search engines.
 *
 * @param tenant the tenant
 * @param language the page's language tag ({@code lang} attribute)
 * @param labels the theme's words
 * @param head the document head
 * @param homeUrl the edition's front page
 * @param searchUrl where the form sends its query
 * @param query the reader's query as typed; empty for none
 * @param results the hits of this page, best first
 * @param nextUrl the next page of results, or {@code null}
 * @param message a sentence for the reader (nothing found, a query that cannot be run), or {@code
 *     null}
 * @param words the search page's own words
 * @since 0.1.0
 */
public record SearchResultsPage(
    Tenant tenant,
    String language,
    Labels labels,
    PageHead head,
    String homeUrl,
    String searchUrl,
    String query,
    List<Result> results,
    @Nullable String nextUrl,
    @Nullable String message,
    Words words) {

  /** Rejects {@code null}s where they are not allowed and copies the list. */
  public SearchResultsPage {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(labels, "labels");
    Objects.requireNonNull(head, "head");
    Objects.requireNonNull(homeUrl, "homeUrl");
    Objects.requireNonNull(searchUrl, "searchUrl");
    Objects.requireNonNull(query, "query");
    results = List.copyOf(results);
    Objects.requireNonNull(words, "words");
  }

  /**
   * One hit as shown.
   *
   * @param url the article's URL
   * @param title its headline, plain text
   * @param snippet a passage with the matched words marked: safe HTML holding only {@code <mark>}
   *     elements
   * @param published when it was published, formatted in the tenant's zone and page's locale
   * @param datetime the same time as an ISO 8601 value for {@code <time datetime>}
   */
  public record Result(String url, String title, Html snippet, String published, String datetime) {
    /** Rejects {@code null}s. */
    public Result {
      Objects.requireNonNull(url, "url");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(snippet, "snippet");
      Objects.requireNonNull(published, "published");
      Objects.requireNonNull(datetime, "datetime");
    }
  }

  /**
   * The search page's words in the page's language.
   *
   * @param title the page's title ("Search")
   * @param label the search field's accessible label
   * @param submit the button's text
   * @param results the heading before the query ("Results for")
   */
  public record Words(String title, String label, String submit, String results) {}
}
