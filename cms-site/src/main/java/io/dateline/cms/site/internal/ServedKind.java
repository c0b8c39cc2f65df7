package io.dateline.cms.site.internal;

/** What a request asked for, as the {@code kind} tag of the site's meters names it. */
enum ServedKind {
  ARTICLE("article"),
  HOME("home"),
  LISTING("listing"),
  FEED("feed"),
  SITEMAP("sitemap"),
  NEWS_SITEMAP("news-sitemap"),
  TENANTS("tenants"),
  ASSET("asset"),
  ROBOTS("robots"),
  BEACON("beacon"),
  API("api"),
  SEARCH("search"),
  /** A signed preview link. */
  PREVIEW("preview"),
  /** Anything else: an unknown path or tenant, a method the site does not serve, a failure. */
  OTHER("other");

  private final String tag;

  ServedKind(String tag) {
    this.tag = tag;
  }

  /** The tag value. */
  String tag() {
    return tag;
  }
}
