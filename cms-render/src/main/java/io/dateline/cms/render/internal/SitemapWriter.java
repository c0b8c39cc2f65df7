package io.dateline.cms.render.internal;

import io.dateline.cms.model.Article;
import io.dateline.cms.model.Tenant;
import io.dateline.cms.render.SitemapSet;
import io.dateline.cms.render.SitemapUrl;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;

/**
 * Writes sitemaps (sitemaps.org 0.9) and Google News sitemaps with the JDK's StAX writer, which
 * escapes text and keeps namespaces straight.
 *
 * @since 0.1.0
 */
public final class SitemapWriter {
  /** The sitemap namespace. */
  public static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

  /** The Google News namespace. */
  public static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";

  /** The most URLs one sitemap file may hold (sitemaps.org). */
  public static final int MAX_URLS = 50_000;

  /** The most URLs one news sitemap file may hold (Google News). */
  public static final int MAX_NEWS_URLS = 1_000;

  private SitemapWriter() {}

  /**
   * Writes URLs as one file, or as numbered files behind an index when there are more than {@link
   * #MAX_URLS}.
   *
   * @param urls the URLs, streamed once
   * @param zone the zone for {@code lastmod}
   * @param partUrl the URL of file {@code n}, from 1
   * @return the files
   */
  public static SitemapSet sitemap(
      Iterable<SitemapUrl> urls, ZoneId zone, IntFunction<String> partUrl) {
    List<String> parts = new ArrayList<>();
    List<Instant> newest = new ArrayList<>();
    Document doc = null;
    Instant partNewest = null;
    for (SitemapUrl url : urls) {
      if (doc == null) {
        doc = Document.urlset(false);
        partNewest = null;
      }
      doc.start("url").element("loc", url.location());
      if (url.lastModified() != null) {
        doc.element("lastmod", LocalizedFormats.w3c(url.lastModified(), zone));
        partNewest =
            partNewest == null || url.lastModified().isAfter(partNewest)
                ? url.lastModified()
                : partNewest;
      }
      doc.end();
      if (doc.count() == MAX_URLS) {
        parts.add(doc.finish());
        newest.add(partNewest);
        doc = null;
      }
    }
    if (doc != null || parts.isEmpty()) {
      parts.add((doc != null ? doc : Document.urlset(false)).finish());
      newest.add(partNewest);
    }
    return assemble(parts, newest, zone, partUrl);
  }

  /**
   * Writes a Google News sitemap of the given articles, which the caller has already filtered to
   * the last two days and sorted.
   *
   * @param tenant the tenant (publication name)
   * @param articles the articles
   * @param urls the article URL of each
   * @param partUrl the URL of file {@code n}, from 1
   * @return the files
   */
  public static SitemapSet news(
      Tenant tenant,
      List<Article> articles,
      java.util.function.Function<Article, String> urls,
      IntFunction<String> partUrl) {
    ZoneId zone = tenant.timeZone();
    String publication = XmlText.clean(tenant.publicationName());
    List<String> parts = new ArrayList<>();
    List<Instant> newest = new ArrayList<>();
    for (int from = 0; from < articles.size() || parts.isEmpty(); from += MAX_NEWS_URLS) {
      Document doc = Document.urlset(true);
      Instant partNewest = null;
      for (Article a : articles.subList(from, Math.min(articles.size(), from + MAX_NEWS_URLS))) {
        Instant published = ViewAssembler.publishedAt(a);
        partNewest = partNewest == null || published.isAfter(partNewest) ? published : partNewest;
        doc.start("url").element("loc", urls.apply(a));
        doc.startNews("news").startNews("publication");
        Locale language = a.language() != null ? a.language() : tenant.defaultLocale();
        doc.news("name", publication).news("language", newsLanguage(language)).end();
        doc.news("publication_date", LocalizedFormats.w3c(published, zone));
        doc.news("title", XmlText.clean(a.headline())).end().end();
      }
      parts.add(doc.finish());
      newest.add(partNewest);
      if (articles.isEmpty()) {
        break;
      }
    }
    return assemble(parts, newest, zone, partUrl);
  }

  private static SitemapSet assemble(
      List<String> parts, List<Instant> newest, ZoneId zone, IntFunction<String> partUrl) {
    if (parts.size() == 1) {
      return new SitemapSet(parts.get(0), parts);
    }
    Document index = Document.index();
    for (int i = 0; i < parts.size(); i++) {
      index.start("sitemap").element("loc", partUrl.apply(i + 1));
      if (newest.get(i) != null) {
        index.element("lastmod", LocalizedFormats.w3c(newest.get(i), zone));
      }
      index.end();
    }
    return new SitemapSet(index.finish(), parts);
  }

  /** Google wants ISO 639 codes, except zh-cn and zh-tw for Chinese. */
  private static String newsLanguage(Locale language) {
    String lang = language.getLanguage();
    if (!"zh".equals(lang)) {
      return lang;
    }
    boolean traditional =
        "Hant".equals(language.getScript())
            || "TW".equals(language.getCountry())
            || "HK".equals(language.getCountry());
    return traditional ? "zh-tw" : "zh-cn";
  }

  /** One StAX call. */
  @FunctionalInterface
  private interface XmlStep {
    void run() throws XMLStreamException;
  }

  /** A StAX document being written; checked exceptions become unchecked ones. */
  private static final class Document {
    private final StringWriter text = new StringWriter(8192);
    private final XMLStreamWriter xml;
    private int count;

    private Document(String root, boolean news) {
      try {
        xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(text);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.setDefaultNamespace(SITEMAP_NS);
        xml.writeStartElement(SITEMAP_NS, root);
        xml.writeDefaultNamespace(SITEMAP_NS);
        if (news) {
          xml.setPrefix("news", NEWS_NS);
          xml.writeNamespace("news", NEWS_NS);
        }
      } catch (XMLStreamException e) {
        throw new IllegalStateException(e);
      }
    }

    static Document urlset(boolean news) {
      return new Document("urlset", news);
    }

    static Document index() {
      return new Document("sitemapindex", false);
    }

    Document start(String name) {
      count++;
      return write(() -> xml.writeStartElement(SITEMAP_NS, name));
    }

    Document startNews(String name) {
      return write(() -> xml.writeStartElement(NEWS_NS, name));
    }

    Document element(String name, String value) {
      return write(
          () -> {
            xml.writeStartElement(SITEMAP_NS, name);
            xml.writeCharacters(XmlText.clean(value));
            xml.writeEndElement();
          });
    }

    Document news(String name, @Nullable String value) {
      return write(
          () -> {
            xml.writeStartElement(NEWS_NS, name);
            xml.writeCharacters(value);
            xml.writeEndElement();
          });
    }

    Document end() {
      return write(xml::writeEndElement);
    }

    /** StAX reports errors as checked exceptions; writing to a string never raises them. */
    private Document write(XmlStep step) {
      try {
        step.run();
        return this;
      } catch (XMLStreamException e) {
        throw new IllegalStateException(e);
      }
    }

    int count() {
      return count;
    }

    String finish() {
      try {
        xml.writeEndDocument();
        xml.close();
        return text.toString();
      } catch (XMLStreamException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
