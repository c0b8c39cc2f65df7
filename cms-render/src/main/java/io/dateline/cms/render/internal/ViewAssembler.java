package io.dateline.cms.render.internal;

import io.dateline.cms.ArticleListing;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.Author;
import io.dateline.cms.model.Image;
import io.dateline.cms.model.LocalizedText;
import io.dateline.cms.model.Location;
import io.dateline.cms.model.Notice;
import io.dateline.cms.model.NoticeKind;
import io.dateline.cms.model.References;
import io.dateline.cms.model.Section;
import io.dateline.cms.model.Source;
import io.dateline.cms.model.Tag;
import io.dateline.cms.model.Tenant;
import io.dateline.cms.query.PageCursor;
import io.dateline.cms.render.AlternateLink;
import io.dateline.cms.render.ArticleView;
import io.dateline.cms.render.FeedFormat;
import io.dateline.cms.render.FeedLink;
import io.dateline.cms.render.FeedScope;
import io.dateline.cms.render.HeadlineView;
import io.dateline.cms.render.ImageView;
import io.dateline.cms.render.Labels;
import io.dateline.cms.render.LinkView;
import io.dateline.cms.render.ListingSubject;
import io.dateline.cms.render.ListingView;
import io.dateline.cms.render.NoticeView;
import io.dateline.cms.render.TenantsPage;
import io.dateline.cms.render.TextRun;
import io.dateline.cms.render.TimeView;
import io.dateline.cms.render.spi.UrlStrategy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Builds view models from core objects. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class ViewAssembler {
  // Saving an article moments after publishing it is not an update worth showing readers.
  private static final Duration UPDATE_THRESHOLD = Duration.ofMinutes(1);
  private static final LocalizedFormats FORMATS = LocalizedFormats.INSTANCE;

  private ViewAssembler() {}

  /**
   * Builds an article view.
   *
   * @param tenant the tenant
   * @param article the article
   * @param refs its references
   * @param urls the URL strategy
   * @param page the page's locale
   * @param viewCount views so far
   * @param translations candidate translations
   * @param mostRead the "most read" list
   * @param beaconUrl the view beacon's URL, already checked, or {@code null}
   * @param images where image renditions are
   * @return the view
   */
  public static ArticleView article(
      Tenant tenant,
      Article article,
      References refs,
      UrlStrategy urls,
      Locale page,
      long viewCount,
      List<Article> translations,
      List<HeadlineView> mostRead,
      @Nullable String beaconUrl,
      ImageRenditions images) {
    Locale lang = article.language() != null ? article.language() : tenant.defaultLocale();
    Locale fallback = tenant.defaultLocale();
    String url = required(urls.article(tenant, article), "article");
    String canonical = SafeUrls.httpOrNull(article.seo().canonicalUrl());
    String title = orElse(article.seo().title(), article.headline());
    String description = orElse(article.seo().description(), article.lead());

    Instant publishedAt = publishedAt(article);
    Instant modifiedAt =
        article.updatedAt() != null && article.updatedAt().isAfter(publishedAt)
            ? article.updatedAt()
            : publishedAt;
    // A notice dated after the last stored change (an editor may date a correction) still moves
    // the modification time: readers and crawlers see the article as changed when it was.
    Instant lastNotice = lastNotice(article);
    if (lastNotice != null && lastNotice.isAfter(modifiedAt)) {
      modifiedAt = lastNotice;
    }
    boolean updated = modifiedAt.isAfter(publishedAt.plus(UPDATE_THRESHOLD));
    TimeView published = FORMATS.time(publishedAt, tenant.timeZone(), page);
    TimeView modified = updated ? FORMATS.time(modifiedAt, tenant.timeZone(), page) : published;

    Location datelinePlace = refs.location(article.dateline()).orElse(null);
    LinkView dateline =
        datelinePlace == null ? null : location(tenant, datelinePlace, urls, lang, page);
    String publication = tenant.publicationName();
    String datelineText =
        dateline == null ? publication : dateline.text() + " \u2022 " + publication;

    List<TextRun> sources = new ArrayList<>(article.sources().size());
    for (Source s : article.sources()) {
      sources.add(new TextRun(s.name(), SafeUrls.httpOrNull(s.url())));
    }

    List<LinkView> authors = new ArrayList<>();
    List<Author> authorList = refs.authorsOf(article.authors());
    for (Author a : authorList) {
      authors.add(link(a.slug(), a.name(), urls.author(tenant, a, lang), page, fallback));
    }
    List<LinkView> sections = new ArrayList<>();
    for (Section s : refs.sectionsOf(article.sections())) {
      sections.add(section(tenant, s, urls, lang, page));
    }
    List<LinkView> tags = new ArrayList<>();
    for (Tag t : refs.tagsOf(article.tags())) {
      tags.add(link(t.slug(), t.name(), urls.tag(tenant, t, lang), page, fallback));
    }
    List<LinkView> places = new ArrayList<>();
    for (Location l : refs.locationsOf(article.places())) {
      places.add(location(tenant, l, urls, lang, page));
    }

    return ArticleView.fieldBuilder(tenant, article)
        .locale(page)
        .language(lang.toLanguageTag())
        .url(url)
        .canonicalUrl(canonical != null ? canonical : url)
        .title(title)
        .description(description)
        .noIndex(article.seo().noIndex())
        .headline(article.headline())
        .lead(article.lead())
        .exclusive(article.exclusive())
        .published(published)
        .modified(modified)
        .updated(updated)
        .dateline(dateline)
        .datelineText(datelineText)
        .viewCount(viewCount)
        .viewCountText(FORMATS.views(viewCount, page))
        .body(article.body())
        .attribution(FORMATS.attribution(publication, sources, page))
        .authors(authors)
        .sections(sections)
        .tags(tags)
        .places(places)
        .image(images.view(tenant, article.featuredImage(), refs, lang))
        .images(images.page(tenant, article.body(), authorList, refs, lang))
        .alternates(alternates(tenant, article, lang, translations, urls))
        .feeds(editionFeeds(tenant, urls, lang, FeedScope.all(lang), null))
        .mostRead(mostRead)
        .relatedTitle(FORMATS.text("related", page))
        .notices(notices(tenant, article, page))
        .labels(FORMATS.labels(page))
        .homeUrl(required(urls.home(tenant, lang), "home"))
        .beaconUrl(beaconUrl)
        .build();
  }

  /**
   * The time of an article's newest notice.
   *
   * @param article the article
   * @return the latest notice time, or {@code null} when it has none
   */
  public static @Nullable Instant lastNotice(Article article) {
    Instant last = null;
    for (Notice n : article.notices()) {
      if (last == null || n.time().isAfter(last)) {
        last = n.time();
      }
    }
    return last;
  }

  /**
   * The name of a notice kind in a language ("Correction", "Виправлення").
   *
   * @param kind the kind
   * @param locale the language
   * @return the label
   */
  public static String noticeLabel(NoticeKind kind, Locale locale) {
    return FORMATS.text("notice." + kind.name(), locale);
  }

  private static List<NoticeView> notices(Tenant tenant, Article article, Locale page) {
    List<NoticeView> views = new ArrayList<>(article.notices().size());
    for (Notice n : article.notices()) {
      views.add(
          new NoticeView(
              n.kind(),
              noticeLabel(n.kind(), page),
              FORMATS.time(n.time(), tenant.timeZone(), page),
              n.text()));
    }
    return views;
  }

  /**
   * Builds a listing view.
   *
   * @param tenant the tenant
   * @param subject what is listed
   * @param listing the page of articles
   * @param urls the URL strategy
   * @param page the page's locale
   * @param viewCounts views by article
   * @param current the cursor the page was requested with, or {@code null}
   * @param mostRead the "most read" list
   * @param images where image renditions are
   * @return the view
   */
  public static ListingView listing(
      Tenant tenant,
      ListingSubject subject,
      ArticleListing listing,
      UrlStrategy urls,
      Locale page,
      Map<ArticleId, Long> viewCounts,
      @Nullable PageCursor current,
      List<HeadlineView> mostRead,
      ImageRenditions images) {
    Labels labels = FORMATS.labels(page);
    String first = required(subjectUrl(tenant, subject, urls, page), "listing");
    String url = current == null ? first : required(urls.nextPage(first, current), "listing");
    String next =
        listing.next() == null ? null : required(urls.nextPage(first, listing.next()), "next page");
    String title = subjectName(tenant, subject, page, labels);

    FeedScope scope =
        subject.section() != null
            ? FeedScope.section(subject.section(), page)
            : subject.tag() != null ? FeedScope.tag(subject.tag(), page) : FeedScope.all(page);
    String feedSubject = scope.section() == null && scope.tag() == null ? null : title;

    List<AlternateLink> alternates = new ArrayList<>();
    if (current == null && tenant.supportedLocales().size() > 1) {
      for (Locale l : tenant.supportedLocales()) {
        String u = subjectUrl(tenant, subject, urls, l);
        if (SafeUrls.isSafeResource(u)) {
          alternates.add(
              new AlternateLink(
                  l.toLanguageTag(),
                  u,
                  FORMATS.languageName(l),
                  l.getLanguage().equals(page.getLanguage())));
        }
      }
      addDefault(alternates, tenant.defaultLocale().toLanguageTag());
    }

    return new ListingView(
        tenant,
        subject,
        page,
        page.toLanguageTag(),
        title,
        url,
        first,
        headlines(tenant, listing, viewCounts, page, urls, images),
        next,
        mostRead,
        editionFeeds(tenant, urls, page, scope, feedSubject),
        alternates,
        labels,
        required(urls.home(tenant, page), "home"),
        images.page(tenant, List.of(), List.of(), listing.references(), page));
  }

  /**
   * Turns a page of articles into headlines.
   *
   * @param tenant the tenant
   * @param listing the articles
   * @param viewCounts views by article
   * @param page the page's locale
   * @param urls the URL strategy
   * @param images where image renditions are
   * @return the headlines in listing order
   */
  public static List<HeadlineView> headlines(
      Tenant tenant,
      ArticleListing listing,
      Map<ArticleId, Long> viewCounts,
      Locale page,
      UrlStrategy urls,
      ImageRenditions images) {
    References refs = listing.references();
    List<HeadlineView> items = new ArrayList<>(listing.articles().size());
    for (Article a : listing.articles()) {
      Locale lang = a.language() != null ? a.language() : tenant.defaultLocale();
      long views = viewCounts.getOrDefault(a.id(), 0L);
      Section primary =
          a.primarySection() == null ? null : refs.section(a.primarySection()).orElse(null);
      items.add(
          new HeadlineView(
              a.id(),
              a.headline(),
              required(urls.article(tenant, a), "article"),
              a.lead(),
              a.exclusive(),
              FORMATS.time(publishedAt(a), tenant.timeZone(), page),
              views,
              FORMATS.views(views, page),
              primary == null ? null : section(tenant, primary, urls, lang, page),
              images.view(tenant, a.featuredImage(), refs, lang)));
    }
    return List.copyOf(items);
  }

  /**
   * Headlines ordered by views, most first; ties keep listing order.
   *
   * @param tenant the tenant
   * @param listing the articles
   * @param viewCounts views by article
   * @param page the page's locale
   * @param urls the URL strategy
   * @param limit the most to return
   * @param images where image renditions are
   * @return the list
   */
  public static List<HeadlineView> mostRead(
      Tenant tenant,
      ArticleListing listing,
      Map<ArticleId, Long> viewCounts,
      Locale page,
      UrlStrategy urls,
      int limit,
      ImageRenditions images) {
    List<HeadlineView> all =
        new ArrayList<>(headlines(tenant, listing, viewCounts, page, urls, images));
    all.sort(Comparator.comparingLong(HeadlineView::viewCount).reversed());
    return List.copyOf(all.subList(0, Math.min(limit, all.size())));
  }

  /**
   * The entries of the tenant index: each tenant's names and the front page of every language
   * edition, default first.
   *
   * @param tenants the tenants, in the order to show them
   * @param urls the URL strategy of a tenant
   * @return the entries
   * @throws IllegalStateException when a strategy returns an unusable front page URL
   */
  public static List<TenantsPage.Entry> tenants(
      List<Tenant> tenants, Function<Tenant, UrlStrategy> urls) {
    List<TenantsPage.Entry> entries = new ArrayList<>(tenants.size());
    for (Tenant tenant : tenants) {
      UrlStrategy strategy = urls.apply(tenant);
      // supportedLocales() starts with the default locale (Tenant's constructor puts it first).
      List<TenantsPage.Edition> editions = new ArrayList<>(tenant.supportedLocales().size());
      for (Locale language : tenant.supportedLocales()) {
        editions.add(
            new TenantsPage.Edition(
                language.toLanguageTag(),
                FORMATS.languageName(language),
                required(strategy.home(tenant, language), "home")));
      }
      entries.add(
          new TenantsPage.Entry(
              tenant,
              tenant.publicationName(),
              tenant.name(),
              required(strategy.home(tenant, tenant.defaultLocale()), "home"),
              editions));
    }
    return List.copyOf(entries);
  }

  /**
   * The instant an article counts as published: its publish time, else its first publication, else
   * its creation.
   *
   * @param article the article
   * @return the instant
   */
  public static Instant publishedAt(Article article) {
    if (article.publishAt() != null) {
      return article.publishAt();
    }
    return article.firstPublishedAt() != null ? article.firstPublishedAt() : article.createdAt();
  }

  /**
   * An image view, or {@code null} when there is no image or its URL is not http(s).
   *
   * @param image the image, or {@code null}
   * @return the view, or {@code null}
   */
  public static @Nullable ImageView image(@Nullable Image image) {
    if (image == null) {
      return null;
    }
    String url = SafeUrls.httpOrNull(image.url());
    if (url == null) {
      return null;
    }
    return new ImageView(
        url,
        image.alt() == null ? "" : image.alt(),
        image.caption(),
        image.credit(),
        image.width(),
        image.height());
  }

  private static List<AlternateLink> alternates(
      Tenant tenant, Article article, Locale lang, List<Article> translations, UrlStrategy urls) {
    if (translations.isEmpty()) {
      return List.of();
    }
    Map<String, Article> byLanguage = new LinkedHashMap<>();
    byLanguage.put(lang.toLanguageTag(), article);
    for (Article t : translations) {
      if (t.isPublished()
          && t.language() != null
          && t.translationKey().equals(article.translationKey())
          && t.tenantId().equals(article.tenantId())) {
        byLanguage.putIfAbsent(t.language().toLanguageTag(), t);
      }
    }
    if (byLanguage.size() < 2) {
      return List.of();
    }
    List<AlternateLink> links = new ArrayList<>();
    byLanguage.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e -> {
              String u = urls.article(tenant, e.getValue());
              if (SafeUrls.isSafeResource(u)) {
                links.add(
                    new AlternateLink(
                        e.getKey(),
                        u,
                        FORMATS.languageName(Locale.forLanguageTag(e.getKey())),
                        e.getValue().id().equals(article.id())));
              }
            });
    addDefault(links, defaultVersion(tenant, article.translationKey(), byLanguage));
    return links;
  }

  /**
   * The language tag of the group's {@code x-default} version. hreflang annotations must be
   * reciprocal (every version lists the same set), so it is chosen from the group alone and never
   * from the page being rendered: the version in the tenant's default language (same tag, else same
   * language), else the group's original article, else the first version by language tag.
   */
  private static String defaultVersion(
      Tenant tenant, ArticleId translationKey, Map<String, Article> byLanguage) {
    String defaultTag = tenant.defaultLocale().toLanguageTag();
    if (byLanguage.containsKey(defaultTag)) {
      return defaultTag;
    }
    List<String> tags = byLanguage.keySet().stream().sorted().toList();
    String defaultLanguage = tenant.defaultLocale().getLanguage();
    for (String tag : tags) {
      if (Locale.forLanguageTag(tag).getLanguage().equals(defaultLanguage)) {
        return tag;
      }
    }
    for (String tag : tags) {
      Article translation = byLanguage.get(tag);
      if (translation != null && translation.id().equals(translationKey)) {
        return tag;
      }
    }
    return tags.get(0);
  }

  private static void addDefault(List<AlternateLink> links, String defaultTag) {
    for (AlternateLink l : List.copyOf(links)) {
      if (l.hreflang().equals(defaultTag)) {
        links.add(new AlternateLink("x-default", l.url(), l.label(), false));
        return;
      }
    }
  }

  private static List<FeedLink> editionFeeds(
      Tenant tenant, UrlStrategy urls, Locale lang, FeedScope scope, @Nullable String subject) {
    String title = FORMATS.feedTitle(tenant.publicationName(), subject, lang);
    List<FeedLink> feeds = new ArrayList<>(2);
    for (FeedFormat format : FeedFormat.values()) {
      String u = urls.feed(tenant, scope, format);
      if (SafeUrls.isSafeResource(u)) {
        feeds.add(new FeedLink(format, title, u));
      }
    }
    return feeds;
  }

  private static String subjectUrl(
      Tenant tenant, ListingSubject subject, UrlStrategy urls, Locale lang) {
    switch (subject.kind()) {
      case SECTION:
        return urls.section(tenant, Objects.requireNonNull(subject.section(), "section"), lang);
      case TAG:
        return urls.tag(tenant, Objects.requireNonNull(subject.tag(), "tag"), lang);
      case AUTHOR:
        return urls.author(tenant, Objects.requireNonNull(subject.author(), "author"), lang);
      case LOCATION:
        return urls.location(tenant, Objects.requireNonNull(subject.location(), "location"), lang);
      default:
        return urls.home(tenant, lang);
    }
  }

  private static String subjectName(
      Tenant tenant, ListingSubject subject, Locale page, Labels labels) {
    Locale fallback = tenant.defaultLocale();
    switch (subject.kind()) {
      case SECTION:
        return Objects.requireNonNull(subject.section(), "section").name().resolve(page, fallback);
      case TAG:
        return Objects.requireNonNull(subject.tag(), "tag").name().resolve(page, fallback);
      case AUTHOR:
        return Objects.requireNonNull(subject.author(), "author").name().resolve(page, fallback);
      case LOCATION:
        return Objects.requireNonNull(subject.location(), "location")
            .name()
            .resolve(page, fallback);
      default:
        return labels.latest();
    }
  }

  private static LinkView section(
      Tenant tenant, Section s, UrlStrategy urls, Locale lang, Locale page) {
    return link(s.slug(), s.name(), urls.section(tenant, s, lang), page, tenant.defaultLocale());
  }

  private static LinkView location(
      Tenant tenant, Location l, UrlStrategy urls, Locale lang, Locale page) {
    return link(l.slug(), l.name(), urls.location(tenant, l, lang), page, tenant.defaultLocale());
  }

  private static LinkView link(
      String slug, LocalizedText name, String url, Locale page, Locale fallback) {
    return new LinkView(
        slug, name.resolve(page, fallback), SafeUrls.isSafeResource(url) ? url : null);
  }

  private static String required(String url, String what) {
    if (!SafeUrls.isSafeResource(url)) {
      throw new IllegalStateException(
          "the URL strategy returned an unusable " + what + " URL: " + url);
    }
    return url;
  }

  private static String orElse(@Nullable String preferred, String fallback) {
    return preferred == null || preferred.isBlank() ? fallback : preferred;
  }
}
