package io.dateline.cms.render.internal;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEnclosureImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import gg.jte.html.escape.Escape;
import gg.jte.output.StringOutput;
import io.dateline.cms.ArticleListing;
import io.dateline.cms.media.ImageAsset;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.Author;
import io.dateline.cms.model.Notice;
import io.dateline.cms.model.References;
import io.dateline.cms.model.Section;
import io.dateline.cms.model.Tag;
import io.dateline.cms.model.Tenant;
import io.dateline.cms.render.FeedFormat;
import io.dateline.cms.render.FeedScope;
import io.dateline.cms.render.ImageView;
import io.dateline.cms.render.spi.UrlStrategy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jdom2.Element;
import org.jdom2.Namespace;

/**
 * Writes RSS 2.0 and Atom 1.0 feeds with ROME. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class FeedWriter {
  /** The Media RSS namespace (https://www.rssboard.org/media-rss). */
  private static final Namespace MEDIA =
      Namespace.getNamespace("media", "http://search.yahoo.com/mrss/");

  private FeedWriter() {}

  /**
   * Writes a feed.
   *
   * @param tenant the tenant
   * @param scope what the feed holds
   * @param format RSS or Atom
   * @param listing the articles, newest first, with their references; articles of another language
   *     than the scope's, of another tenant, or not published are left out
   * @param urls the URL strategy
   * @param now the current time, used as the update time of an empty feed
   * @param images where image renditions are, for the entries' lead images
   * @return the feed's XML
   */
  public static String write(
      Tenant tenant,
      FeedScope scope,
      FeedFormat format,
      ArticleListing listing,
      UrlStrategy urls,
      Instant now,
      ImageRenditions images) {
    Locale lang = scope.language();
    Locale fallback = tenant.defaultLocale();
    String subject =
        scope.section() != null
            ? scope.section().name().resolve(lang, fallback)
            : scope.tag() != null ? scope.tag().name().resolve(lang, fallback) : null;
    String title = LocalizedFormats.INSTANCE.feedTitle(tenant.publicationName(), subject, lang);
    String page =
        scope.section() != null
            ? urls.section(tenant, scope.section(), lang)
            : scope.tag() != null ? urls.tag(tenant, scope.tag(), lang) : urls.home(tenant, lang);
    String self = urls.feed(tenant, scope, format);

    SyndFeed feed = new SyndFeedImpl();
    feed.setFeedType(format == FeedFormat.RSS ? "rss_2.0" : "atom_1.0");
    feed.setTitle(XmlText.clean(title));
    feed.setDescription(XmlText.clean(title));
    feed.setLink(page);
    feed.setUri(self);
    feed.setLanguage(lang.toLanguageTag());
    feed.setLinks(
        List.of(link("alternate", page, "text/html"), link("self", self, format.mediaType())));

    References refs = listing.references();
    Instant newest = null;
    List<SyndEntry> entries = new ArrayList<>(listing.articles().size());
    for (Article a : listing.articles()) {
      if (!belongs(tenant, lang, a)) {
        continue;
      }
      Instant published = ViewAssembler.publishedAt(a);
      Instant updated =
          a.updatedAt() != null && a.updatedAt().isAfter(published) ? a.updatedAt() : published;
      // A notice (correction, update ...) makes the entry an updated one, even when it is dated
      // after the article's last stored change.
      Instant lastNotice = ViewAssembler.lastNotice(a);
      if (lastNotice != null && lastNotice.isAfter(updated)) {
        updated = lastNotice;
      }
      newest = newest == null || updated.isAfter(newest) ? updated : newest;
      SyndEntry entry = entry(tenant, a, refs, urls, format, published, updated);
      leadImage(entry, tenant, a, refs, format, images);
      entries.add(entry);
    }
    feed.setEntries(entries);
    feed.setPublishedDate(Date.from(newest != null ? newest : now));
    try {
      return new SyndFeedOutput().outputString(feed, true);
    } catch (FeedException e) {
      throw new IllegalStateException("ROME could not write the feed: " + e.getMessage(), e);
    }
  }

  /**
   * Whether an article may appear in a feed of this tenant's edition: published, the tenant's, and
   * in the edition's language (compared by language code, so an {@code en-GB} story belongs in the
   * {@code en} feed). A listing built without a language filter cannot leak another language's
   * stories into the feed this way.
   */
  private static boolean belongs(Tenant tenant, Locale edition, Article a) {
    Locale language = a.language() != null ? a.language() : tenant.defaultLocale();
    return a.isPublished()
        && tenant.id().equals(a.tenantId())
        && language.getLanguage().equals(edition.getLanguage());
  }

  /**
   * The entry's summary: the lead, followed by the newest notice ("Correction: ...") when the
   * article has one, so that feed readers, which show an updated entry's summary again, tell the
   * reader what changed. RSS has no update time of its own; the item keeps its guid.
   */
  private static String withLatestNotice(Article a, Locale lang) {
    Notice latest = null;
    for (Notice n : a.notices()) {
      if (latest == null || !n.time().isBefore(latest.time())) {
        latest = n;
      }
    }
    if (latest == null) {
      return a.lead();
    }
    String notice = ViewAssembler.noticeLabel(latest.kind(), lang) + ": " + latest.text();
    return a.lead().isEmpty() ? notice : a.lead() + "\n\n" + notice;
  }

  private static SyndEntry entry(
      Tenant tenant,
      Article a,
      References refs,
      UrlStrategy urls,
      FeedFormat format,
      Instant published,
      Instant updated) {
    Locale lang = a.language() != null ? a.language() : tenant.defaultLocale();
    Locale fallback = tenant.defaultLocale();
    SyndEntry e = new SyndEntryImpl();
    e.setTitle(XmlText.clean(a.headline()));
    String url = urls.article(tenant, a);
    e.setLink(url);
    // A stable id that survives a slug change, so readers do not show the story twice.
    e.setUri("urn:uuid:" + a.id());
    e.setPublishedDate(Date.from(published));
    e.setUpdatedDate(Date.from(updated));
    String summary = withLatestNotice(a, lang);
    if (!summary.isEmpty()) {
      SyndContent description = new SyndContentImpl();
      if (format == FeedFormat.RSS) {
        // RSS readers treat description as HTML, so the plain-text lead is escaped once more.
        StringOutput html = new StringOutput();
        Escape.htmlContent(XmlText.clean(summary), html);
        description.setType("text/html");
        description.setValue(html.toString());
      } else {
        description.setType("text");
        description.setValue(XmlText.clean(summary));
      }
      e.setDescription(description);
    }
    List<SyndPerson> authors = new ArrayList<>();
    for (Author author : refs.authorsOf(a.authors())) {
      SyndPerson p = new SyndPersonImpl();
      p.setName(XmlText.clean(author.name().resolve(lang, fallback)));
      p.setUri(urls.author(tenant, author, lang));
      authors.add(p);
    }
    e.setAuthors(authors);
    if (format == FeedFormat.RSS && !authors.isEmpty()) {
      // RSS's own <author> wants an e-mail address; names go to dc:creator, which ROME fills from
      // the single-author property.
      e.setAuthor(authors.stream().map(SyndPerson::getName).collect(Collectors.joining(", ")));
    }
    List<SyndCategory> categories = new ArrayList<>();
    for (Section s : refs.sectionsOf(a.sections())) {
      categories.add(category(s.name().resolve(lang, fallback)));
    }
    for (Tag t : refs.tagsOf(a.tags())) {
      categories.add(category(t.name().resolve(lang, fallback)));
    }
    e.setCategories(categories);
    return e;
  }

  /**
   * The lead image as an enclosure (RSS {@code <enclosure>}, Atom {@code <link rel="enclosure">})
   * and, in RSS, as Media RSS {@code <media:content>} with its size, alt text and credit. Image
   * assets give their 16:9 reference rendition; the enclosure's length is the original's size, the
   * only size known without fetching the rendition.
   */
  private static void leadImage(
      SyndEntry e,
      Tenant tenant,
      Article a,
      References refs,
      FeedFormat format,
      ImageRenditions images) {
    Locale lang = a.language() != null ? a.language() : tenant.defaultLocale();
    ImageView view = images.view(tenant, a.featuredImage(), refs, lang);
    if (view == null) {
      return;
    }
    ImageAsset asset =
        a.featuredImage() == null ? null : refs.image(a.featuredImage().asset()).orElse(null);
    String type = asset != null ? asset.mediaType() : guessType(view.url());
    SyndEnclosure enclosure = new SyndEnclosureImpl();
    enclosure.setUrl(view.url());
    enclosure.setType(type);
    enclosure.setLength(asset != null ? asset.byteSize() : 0);
    e.setEnclosures(List.of(enclosure));
    if (format == FeedFormat.RSS) {
      Element content = new Element("content", MEDIA);
      content.setAttribute("url", view.url());
      content.setAttribute("medium", "image");
      content.setAttribute("type", type);
      if (view.width() > 0 && view.height() > 0) {
        content.setAttribute("width", Integer.toString(view.width()));
        content.setAttribute("height", Integer.toString(view.height()));
      }
      if (!view.alt().isEmpty()) {
        content.addContent(
            new Element("description", MEDIA)
                .setAttribute("type", "plain")
                .setText(XmlText.clean(view.alt())));
      }
      if (view.credit() != null) {
        content.addContent(new Element("credit", MEDIA).setText(XmlText.clean(view.credit())));
      }
      List<Element> markup = new ArrayList<>(e.getForeignMarkup());
      markup.add(content);
      e.setForeignMarkup(markup);
    }
  }

  private static String guessType(String url) {
    String path = url.toLowerCase(Locale.ROOT);
    int query = path.indexOf('?');
    path = query >= 0 ? path.substring(0, query) : path;
    if (path.endsWith(".png")) {
      return "image/png";
    }
    if (path.endsWith(".webp")) {
      return "image/webp";
    }
    if (path.endsWith(".gif")) {
      return "image/gif";
    }
    return "image/jpeg";
  }

  private static SyndCategory category(String name) {
    SyndCategory c = new SyndCategoryImpl();
    c.setName(XmlText.clean(name));
    return c;
  }

  private static SyndLink link(String rel, String href, String type) {
    SyndLink link = new SyndLinkImpl();
    link.setRel(rel);
    link.setHref(href);
    link.setType(type);
    return link;
  }
}
