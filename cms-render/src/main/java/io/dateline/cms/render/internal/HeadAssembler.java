package io.dateline.cms.render.internal;

import io.dateline.cms.model.Tenant;
import io.dateline.cms.render.AlternateLink;
import io.dateline.cms.render.ArticleView;
import io.dateline.cms.render.Html;
import io.dateline.cms.render.ImageCrop;
import io.dateline.cms.render.ImageView;
import io.dateline.cms.render.LinkView;
import io.dateline.cms.render.ListingView;
import io.dateline.cms.render.MetaTag;
import io.dateline.cms.render.PageHead;
import io.dateline.cms.render.PageInfo;
import io.dateline.cms.render.PageKind;
import io.dateline.cms.render.spi.HeadContributor;
import io.dateline.cms.render.spi.HeadWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Builds page heads: meta tags, JSON-LD and contributed markup. Thread-safe.
 *
 * @since 0.1.0
 */
public final class HeadAssembler {
  private static final LocalizedFormats FORMATS = LocalizedFormats.INSTANCE;

  private final List<HeadContributor> contributors;

  /**
   * Creates the assembler.
   *
   * @param contributors head contributors, in installation order
   */
  public HeadAssembler(List<HeadContributor> contributors) {
    this.contributors = List.copyOf(contributors);
  }

  /**
   * The head of an article page.
   *
   * @param v the article
   * @return the head
   */
  public PageHead article(ArticleView v) {
    List<MetaTag> meta = new ArrayList<>(24);
    String publication = v.tenant().publicationName();
    property(meta, "og:type", "article");
    property(meta, "og:site_name", publication);
    property(meta, "og:title", v.title());
    property(meta, "og:description", v.description());
    property(meta, "og:url", v.canonicalUrl());
    property(meta, "og:locale", FORMATS.openGraphLocale(Locale.forLanguageTag(v.language())));
    for (AlternateLink a : v.alternates()) {
      if (!a.current() && !a.isDefault()) {
        property(
            meta,
            "og:locale:alternate",
            FORMATS.openGraphLocale(Locale.forLanguageTag(a.hreflang())));
      }
    }
    if (v.image() != null) {
      property(meta, "og:image", v.image().url());
      if (v.image().width() > 0 && v.image().height() > 0) {
        property(meta, "og:image:width", Integer.toString(v.image().width()));
        property(meta, "og:image:height", Integer.toString(v.image().height()));
      }
      property(meta, "og:image:alt", v.image().alt());
    }
    property(meta, "article:published_time", v.published().iso());
    property(meta, "article:modified_time", v.modified().iso());
    for (LinkView author : v.authors()) {
      property(meta, "article:author", author.url() != null ? author.url() : author.text());
    }
    if (!v.sections().isEmpty()) {
      property(meta, "article:section", v.sections().get(0).text());
    }
    for (LinkView tag : v.tags()) {
      property(meta, "article:tag", tag.text());
    }
    twitter(
        meta,
        v.tenant(),
        v.title(),
        v.description(),
        v.image() == null ? null : v.image().url(),
        v.image() == null ? null : v.image().alt());
    PageInfo info =
        new PageInfo(PageKind.ARTICLE, v.tenant(), v.locale(), v.canonicalUrl(), v, null);
    return new PageHead(
        v.title() + " \u2014 " + publication,
        v.description(),
        v.canonicalUrl(),
        v.noIndex(),
        v.alternates(),
        v.feeds(),
        meta,
        JsonLdWriter.newsArticle(v),
        withIcons(v.images().icon(), extra(info)));
  }

  /**
   * The head of a listing page.
   *
   * @param v the listing
   * @return the head
   */
  public PageHead listing(ListingView v) {
    List<MetaTag> meta = new ArrayList<>(10);
    String publication = v.tenant().publicationName();
    String title = v.title() + " \u2014 " + publication;
    String description = FORMATS.listingDescription(publication, v.title(), v.locale());
    property(meta, "og:type", "website");
    property(meta, "og:site_name", publication);
    property(meta, "og:title", title);
    property(meta, "og:description", description);
    property(meta, "og:url", v.url());
    property(meta, "og:locale", FORMATS.openGraphLocale(v.locale()));
    twitter(meta, v.tenant(), title, description, null, null);
    PageInfo info = new PageInfo(v.subject().kind(), v.tenant(), v.locale(), v.url(), null, v);
    return new PageHead(
        title,
        description,
        v.url(),
        false,
        v.alternates(),
        v.feeds(),
        meta,
        "",
        withIcons(v.images().icon(), extra(info)));
  }

  /**
   * The head of an error page: a title and {@code noindex}, nothing for sharing or feeds (an error
   * is not content), and what head contributors add (a stylesheet, for one).
   *
   * @param tenant the tenant, or {@code null} when the request matched none
   * @param locale the page's locale
   * @param title the document title
   * @return the head
   */
  public PageHead error(@Nullable Tenant tenant, Locale locale, String title) {
    PageInfo info = new PageInfo(PageKind.ERROR, tenant, locale, null, null, null);
    return new PageHead(title, "", null, true, List.of(), List.of(), List.of(), "", extra(info));
  }

  /**
   * The head of a search results page: a title and {@code noindex} (results are not content for
   * search engines), and what head contributors add.
   *
   * @param tenant the tenant
   * @param locale the page's locale
   * @param title the document title
   * @return the head
   */
  public PageHead search(Tenant tenant, Locale locale, String title) {
    PageInfo info = new PageInfo(PageKind.SEARCH, tenant, locale, null, null, null);
    return new PageHead(title, "", null, true, List.of(), List.of(), List.of(), "", extra(info));
  }

  /**
   * The head of the tenant index: a title and what head contributors add. No canonical URL: the
   * renderer does not know where the index is mounted.
   *
   * @param locale the page's locale
   * @param title the document title
   * @return the head
   */
  public PageHead tenants(Locale locale, String title) {
    PageInfo info = new PageInfo(PageKind.TENANTS, null, locale, null, null, null);
    return new PageHead(title, "", null, false, List.of(), List.of(), List.of(), "", extra(info));
  }

  private Html extra(PageInfo info) {
    if (contributors.isEmpty()) {
      return Html.empty();
    }
    return Html.lazy(
        out -> {
          HeadWriter head = MarkupText.headWriter(out);
          for (HeadContributor c : contributors) {
            c.contribute(info, head);
          }
        });
  }

  /**
   * The tenant's icon as the page's favicon and touch icon, ahead of what contributors add. A
   * square rendition of at least 180 pixels serves both: browsers scale it down for the tab.
   */
  private static Html withIcons(@Nullable ImageView icon, Html extra) {
    ImageCrop square = icon == null ? null : icon.square();
    if (square == null) {
      return extra;
    }
    return Html.lazy(
        out -> {
          out.empty(
              "link",
              "rel",
              "icon",
              "href",
              square.small(),
              "sizes",
              square.smallWidth() + "x" + square.smallHeight());
          out.empty("link", "rel", "apple-touch-icon", "href", square.small());
          extra.writeTo(out);
        });
  }

  private static void twitter(
      List<MetaTag> meta,
      Tenant tenant,
      String title,
      @Nullable String description,
      @Nullable String image,
      @Nullable String alt) {
    name(meta, "twitter:card", image != null ? "summary_large_image" : "summary");
    name(meta, "twitter:site", tenant.twitterSite());
    name(meta, "twitter:title", title);
    if (description != null && !description.isEmpty()) {
      name(meta, "twitter:description", description);
    }
    if (image != null) {
      name(meta, "twitter:image", image);
      name(meta, "twitter:image:alt", alt);
    }
  }

  private static void property(List<MetaTag> meta, String key, String content) {
    if (content != null && !content.isEmpty()) {
      meta.add(new MetaTag(true, key, content));
    }
  }

  private static void name(List<MetaTag> meta, String key, @Nullable String content) {
    if (content != null && !content.isEmpty()) {
      meta.add(new MetaTag(false, key, content));
    }
  }
}
