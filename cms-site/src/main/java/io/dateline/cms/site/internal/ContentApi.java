package io.dateline.cms.site.internal;

import static io.dateline.cms.site.internal.LastModifieds.latest;

import com.fasterxml.jackson.core.JsonGenerator;
import io.dateline.cms.ArticleListing;
import io.dateline.cms.ArticleService;
import io.dateline.cms.DirectoryService;
import io.dateline.cms.TenantContent;
import io.dateline.cms.TranslatedArticle;
import io.dateline.cms.ValidationException;
import io.dateline.cms.changes.Change;
import io.dateline.cms.changes.ChangeKind;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.Author;
import io.dateline.cms.model.Location;
import io.dateline.cms.model.References;
import io.dateline.cms.model.Section;
import io.dateline.cms.model.Tag;
import io.dateline.cms.model.Tenant;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.query.ArticleQuery;
import io.dateline.cms.query.PageCursor;
import io.dateline.cms.render.spi.UrlStrategy;
import io.dateline.cms.site.SiteRequest;
import io.dateline.cms.site.internal.SiteEngine.Entry;
import io.dateline.cms.site.internal.SiteEngine.Key;
import io.dateline.cms.site.internal.TenantRoutes.Route;
import io.dateline.cms.slug.SlugGenerator;
import io.dateline.cms.views.ViewedArticle;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The read-only JSON content API under {@code {basePath}api/v1/{tenantId}/}: articles by id and by
 * slug, listings with cursor pages, directories, most read, and the tenant's change feed (see
 * {@code docs/content-api.md}).
 *
 * <p>It shares the site's machinery: tenants come from the site's routes, documents are cached in
 * the site's cache under the same per-tenant generation guard (so a change seen in the feed is
 * never followed by a stale answer), and answers go through {@link Answer}, whose validators give
 * 304. Each cached document is the finished JSON with its gzip form and an entity tag, so a warm
 * request touches no storage and serializes nothing.
 *
 * <p>Only published content is served: drafts, scheduled and retracted articles, and ids or slugs
 * of other tenants are 404. Client mistakes are RFC 9457 problem details naming the parameter.
 */
final class ContentApi {
  private static final Logger LOG = LoggerFactory.getLogger(ContentApi.class);

  /** Where the API starts below the site's base path. */
  static final String PREFIX = "api/v1/";

  static final String JSON = "application/json";
  static final String PROBLEM_JSON = "application/problem+json";
  private static final String ETAG_VERSION = "a1";
  private static final int MAX_PATH = 2048;
  private static final Pattern SLUG = Pattern.compile(SlugGenerator.SLUG_REGEX);
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

  /** Change kinds that only concern content the public cannot see yet. */
  private static final Set<ChangeKind> UNPUBLISHED_KINDS =
      Set.of(ChangeKind.ARTICLE_CREATED, ChangeKind.ARTICLE_SCHEDULED);

  static final int LISTING_MAX_LIMIT = 100;
  static final int DIRECTORY_MAX_LIMIT = 500;
  static final int DIRECTORY_DEFAULT_LIMIT = 100;
  static final int CHANGES_MAX_LIMIT = 500;
  static final int CHANGES_DEFAULT_LIMIT = 100;
  static final int MOST_READ_DEFAULT_LIMIT = 10;

  private final SiteEngine engine;
  private final boolean anyOrigin;
  private final Set<String> origins;
  private final boolean viewsCounted;

  ContentApi(SiteEngine engine) {
    this.engine = engine;
    List<String> configured = engine.settings().corsOrigins();
    this.anyOrigin = configured.contains("*");
    this.origins =
        configured.stream().map(o -> o.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    boolean counted;
    try {
      engine.cms().viewCounter();
      counted = true;
    } catch (IllegalStateException e) {
      counted = false; // view counting is off: most read is empty
    }
    this.viewsCounted = counted;
  }

  // ---- entry point ----

  /**
   * Answers a request below {@code {basePath}api/v1/}, or returns {@code null} for a path this
   * class leaves to another handler ({@code {tenantId}/search}).
   *
   * @param request the request
   * @param own the path below the site's base path, starting with {@link #PREFIX}
   */
  @Nullable Answer answer(SiteRequest request, String own) {
    String[] segments = own.substring(PREFIX.length()).split("/", -1);
    boolean preflight = request.method().equals("OPTIONS");
    if (segments.length >= 2 && segments[1].equals("search") && !preflight) {
      return null; // the search endpoint answers there
    }
    Answer answer;
    try {
      if (preflight) {
        return preflight(request);
      }
      if (!request.method().equals("GET") && !request.method().equals("HEAD")) {
        answer = problem(request, ApiProblem.methodNotAllowed(request.method()));
        answer.header("Allow", "GET, HEAD, OPTIONS");
      } else if (request.rawPath().length() > MAX_PATH) {
        answer = problem(request, ApiProblem.notFound(null, "the path is too long"));
      } else {
        answer = serve(request, segments);
      }
    } catch (ApiProblem p) {
      answer = problem(request, p);
    } catch (RuntimeException e) {
      LOG.error("Failed to serve {}", request, e);
      answer =
          Answer.status(500).body(PROBLEM_JSON, internalError(request)).cacheControl("no-store");
    }
    return withCors(request, answer);
  }

  private Answer serve(SiteRequest request, String[] segments) {
    Route route = tenant(segments[0]);
    Map<String, String> query = query(request.rawQuery());
    TenantApi api = new TenantApi(route, query);
    int n = segments.length;
    String first = n > 1 ? segments[1] : "";
    Kind kind = Kind.of(first);
    if (n == 1 || n == 2 && first.isEmpty()) {
      return api.tenant();
    }
    if (n == 2) {
      switch (first) {
        case "latest":
          return api.listing(Kind.LATEST, null);
        case "most-read":
          return api.mostRead();
        case "changes":
          return api.changes();
        default:
          if (kind != null) {
            return api.directory(kind);
          }
          break;
      }
    } else if (n == 3 && first.equals("articles")) {
      return api.articleById(segments[2]);
    } else if (n == 4 && first.equals("articles") && segments[2].equals("by-slug")) {
      return api.articleBySlug(slug(segments[3]));
    } else if (n == 4 && segments[3].equals("articles") && kind != null) {
      return api.listing(kind, slug(segments[2]));
    }
    throw ApiProblem.notFound(null, "no such resource in the content API");
  }

  private Route tenant(String segment) {
    TenantId id;
    try {
      id = TenantId.of(segment);
    } catch (RuntimeException e) {
      throw ApiProblem.notFound("tenantId", "no tenant with this id");
    }
    Route route = engine.routes().get(id);
    if (route == null) {
      throw ApiProblem.notFound("tenantId", "no tenant with this id");
    }
    return route;
  }

  private static boolean isSlug(String text) {
    return text.length() <= SlugGenerator.DEFAULT_MAX_LENGTH && SLUG.matcher(text).matches();
  }

  private static String slug(String segment) {
    if (!isSlug(segment)) {
      throw ApiProblem.notFound("slug", "no published object with this slug");
    }
    return segment;
  }

  // ---- CORS ----

  private boolean allowed(@Nullable String origin) {
    return origin != null && (anyOrigin || origins.contains(origin.toLowerCase(Locale.ROOT)));
  }

  /**
   * Adds the CORS headers an API answer needs (Fetch standard, "CORS protocol"): the allowed
   * origin, and the validators a script may read. Package-visible so that other API endpoints of
   * the site answer alike.
   */
  Answer withCors(SiteRequest request, Answer answer) {
    if (origins.isEmpty()) {
      return answer;
    }
    if (!anyOrigin) {
      answer.header("Vary", "Origin");
    }
    String origin = request.header("origin");
    if (origin != null && allowed(origin)) {
      answer.header("Access-Control-Allow-Origin", anyOrigin ? "*" : origin);
      answer.header("Access-Control-Expose-Headers", "ETag, Last-Modified");
    }
    return answer;
  }

  /**
   * A preflight: 204 with {@code Allow}; for an allowed origin asking for a read, also what it may
   * send. A disallowed origin gets no CORS headers, which the browser reads as a refusal.
   */
  private Answer preflight(SiteRequest request) {
    Answer answer = Answer.status(204).header("Allow", "GET, HEAD, OPTIONS");
    String method = request.header("access-control-request-method");
    boolean read = method != null && (method.equals("GET") || method.equals("HEAD"));
    if (!origins.isEmpty() && !anyOrigin) {
      answer.header("Vary", "Origin");
    }
    String origin = request.header("origin");
    if (read && origin != null && allowed(origin)) {
      answer
          .header("Access-Control-Allow-Origin", anyOrigin ? "*" : origin)
          .header("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS")
          .header("Access-Control-Allow-Headers", "If-None-Match, If-Modified-Since")
          .header("Access-Control-Max-Age", "600");
    }
    return answer.cacheControl("no-cache");
  }

  // ---- errors ----

  /** The problem-details answer of a client error; the search endpoint answers with it too. */
  static Answer problem(SiteRequest request, ApiProblem p) {
    return Answer.status(p.status())
        .body(PROBLEM_JSON, ApiJson.problem(p, request.rawPath()))
        .cacheControl("no-cache");
  }

  private static byte[] internalError(SiteRequest request) {
    return ApiJson.bytes(
        g -> {
          g.writeStartObject();
          g.writeStringField("type", "about:blank");
          g.writeStringField("title", "Internal Server Error");
          g.writeNumberField("status", 500);
          g.writeStringField("detail", "the server failed to answer; the failure is logged");
          g.writeStringField("instance", request.rawPath());
          g.writeEndObject();
        });
  }

  // ---- query parameters ----

  /** The query's parameters, the first value of each. */
  private static Map<String, String> query(@Nullable String raw) {
    Map<String, String> params = new HashMap<>();
    if (raw == null || raw.isEmpty()) {
      return params;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      try {
        name = URLDecoder.decode(name, StandardCharsets.UTF_8);
        value = URLDecoder.decode(value, StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        throw ApiProblem.invalid(name, "is not properly percent-encoded");
      }
      params.putIfAbsent(name, value);
    }
    return params;
  }

  private static int limit(Map<String, String> query, int fallback, int max) {
    String value = query.get("limit");
    if (value == null) {
      return fallback;
    }
    try {
      int limit = Integer.parseInt(value);
      if (limit >= 1 && limit <= max) {
        return limit;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw ApiProblem.invalid("limit", "must be an integer from 1 to " + max);
  }

  // ---- cached documents ----

  /**
   * A finished JSON answer as cached: its bytes, their gzip form, a weak entity tag, when its
   * content last changed, and its surrogate keys.
   */
  private record Doc(
      long generation,
      byte[] body,
      byte[] gzipped,
      String etag,
      @Nullable Instant lastModified,
      List<String> keys,
      long loadedNanos)
      implements Entry {
    static Doc of(long generation, byte[] body, @Nullable Instant lastModified, List<String> keys) {
      return new Doc(
          generation,
          body,
          Http.gzip(body),
          // Weak: one tag names both the identity and the gzip encoding of the same JSON.
          "W/\"" + ETAG_VERSION + Http.hash(body) + "\"",
          lastModified,
          keys,
          System.nanoTime());
    }

    @Override
    public long bytes() {
      return 256 + body.length + gzipped.length;
    }
  }

  /** A cached 404: what was asked for does not exist or is not published. */
  private record Missing(long generation, @Nullable String parameter, String detail)
      implements Entry {
    @Override
    public long bytes() {
      return 128;
    }
  }

  /** The kinds of listing and directory. */
  private enum Kind {
    LATEST,
    SECTION,
    TAG,
    AUTHOR,
    LOCATION;

    static @Nullable Kind of(String plural) {
      return switch (plural) {
        case "sections" -> SECTION;
        case "tags" -> TAG;
        case "authors" -> AUTHOR;
        case "locations" -> LOCATION;
        default -> null;
      };
    }

    String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  // ---- one tenant ----

  /** One request for a tenant's API. */
  private final class TenantApi {
    private final Tenant tenant;
    private final TenantContent content;
    private final UrlStrategy urls;
    private final Map<String, String> query;

    TenantApi(Route route, Map<String, String> query) {
      this.tenant = route.tenant();
      this.content = route.content();
      this.urls = engine.renderer().urls(tenant);
      this.query = query;
    }

    private ApiJson.Context context(References references, Locale language) {
      return new ApiJson.Context(tenant, urls, references, language);
    }

    /** The {@code lang} parameter: one of the tenant's languages; its default when absent. */
    /** The {@code lang} parameter, or the tenant's default language without one. */
    private Locale language() {
      Locale asked = requestedLanguage();
      return asked == null ? tenant.defaultLocale() : asked;
    }

    /** The {@code lang} parameter, or {@code null} without one. */
    private @Nullable Locale requestedLanguage() {
      String value = query.get("lang");
      if (value == null) {
        return null;
      }
      if (LANGUAGE.matcher(value).matches()) {
        Locale asked = Locale.forLanguageTag(value);
        for (Locale supported : tenant.supportedLocales()) {
          if (supported.getLanguage().equals(asked.getLanguage())) {
            return supported;
          }
        }
      }
      throw ApiProblem.invalid(
          "lang",
          "must be one of the tenant's languages: "
              + tenant.supportedLocales().stream()
                  .map(Locale::toLanguageTag)
                  .sorted()
                  .collect(Collectors.joining(", ")));
    }

    private Key key(String id) {
      return new Key(tenant.id(), "api", id);
    }

    /** The answer for a cached entry; Last-Modified never before {@code floor}. */
    private Answer answer(Entry entry, boolean floorAtLastChange) {
      if (entry instanceof Missing m) {
        throw ApiProblem.notFound(m.parameter(), m.detail());
      }
      Doc doc = (Doc) entry;
      Instant modified = doc.lastModified();
      if (floorAtLastChange) {
        // As for listings: a retraction must move Last-Modified forward, so that a client's
        // If-Modified-Since cannot keep a retracted story alive.
        modified = latest(modified, engine.changedAt(tenant.id()));
      }
      return Answer.status(200)
          .body(JSON, doc.body(), doc.gzipped())
          .etag(doc.etag())
          .lastModified(modified)
          .cacheControl(engine.pageCacheControl())
          .surrogateKeys(doc.keys());
    }

    private List<String> tenantKeys(String... more) {
      List<String> keys = new ArrayList<>();
      keys.add("tenant-" + tenant.id());
      keys.addAll(List.of(more));
      return keys;
    }

    // -- the tenant --

    Answer tenant() {
      Entry entry =
          engine.cached(
              key("tenant"),
              gen ->
                  Doc.of(gen, ApiJson.bytes(g -> ApiJson.tenant(g, tenant)), null, tenantKeys()));
      return answer(entry, true);
    }

    // -- articles --

    Answer articleById(String text) {
      ArticleId id;
      try {
        id = ArticleId.parse(text);
      } catch (RuntimeException e) {
        throw ApiProblem.notFound("articleId", "no published article with this id");
      }
      if (!id.toString().equals(text)) {
        throw ApiProblem.notFound("articleId", "no published article with this id");
      }
      Entry entry =
          engine.cached(
              key("article/" + id),
              gen -> {
                Optional<Article> found = content.articles().find(id).filter(Article::isPublished);
                if (found.isEmpty()) {
                  return new Missing(gen, "articleId", "no published article with this id");
                }
                return articleDoc(gen, content.articles(), found.get().slug(), null);
              });
      return answer(entry, false);
    }

    Answer articleBySlug(String slug) {
      Locale language = requestedLanguage();
      String keyId = "slug/" + slug + "/" + (language == null ? "" : language.getLanguage());
      Entry entry =
          engine.cached(key(keyId), gen -> articleDoc(gen, content.articles(), slug, language));
      return answer(entry, false);
    }

    /**
     * The article with a slug (or its translation into {@code language}) with its published
     * translations: 2 statements (the translation group, the references).
     */
    private Entry articleDoc(
        long gen, ArticleService articles, String slug, @Nullable Locale language) {
      Optional<TranslatedArticle> group =
          articles.findWithTranslations(slug).filter(t -> t.article().isPublished());
      if (group.isEmpty()) {
        return new Missing(gen, "slug", "no published article with this slug");
      }
      List<Article> members = new ArrayList<>();
      members.add(group.get().article());
      members.addAll(group.get().publishedTranslations());
      Article article = group.get().article();
      if (language != null && !article.language().getLanguage().equals(language.getLanguage())) {
        article =
            members.stream()
                .filter(a -> a.language().getLanguage().equals(language.getLanguage()))
                .findFirst()
                .orElse(null);
        if (article == null) {
          return new Missing(
              gen, "lang", "the article has no published translation in " + language);
        }
      }
      Article shown = article;
      List<Article> translations =
          members.stream().filter(a -> !a.id().equals(shown.id())).toList();
      References refs = articles.references(List.of(shown));
      Instant modified = latest(shown.updatedAt(), shown.publishAt());
      List<String> keys = tenantKeys("article-" + shown.id());
      for (Article t : translations) {
        modified = latest(modified, t.updatedAt());
        keys.add("article-" + t.id());
      }
      byte[] body =
          ApiJson.bytes(
              g -> ApiJson.article(g, shown, translations, context(refs, shown.language())));
      return Doc.of(gen, body, modified, keys);
    }

    // -- listings --

    Answer listing(Kind kind, @Nullable String slug) {
      Locale language = language();
      String token = query.get("after");
      PageCursor after = null;
      if (token != null) {
        try {
          after = PageCursor.decode(token);
        } catch (ValidationException | IllegalArgumentException | DateTimeException e) {
          throw ApiProblem.invalid("after", "is not a cursor returned by this listing");
        }
      }
      int limit = limit(query, engine.settings().pageSize(), LISTING_MAX_LIMIT);
      PageCursor cursor = after;
      String keyId =
          "listing/"
              + kind
              + "/"
              + slug
              + "/"
              + language.getLanguage()
              + "/"
              + limit
              + "/"
              + (cursor == null ? "" : cursor.encode());
      Entry entry =
          engine.cached(key(keyId), gen -> loadListing(gen, kind, slug, language, limit, cursor));
      return answer(entry, true);
    }

    private Entry loadListing(
        long gen,
        Kind kind,
        @Nullable String slug,
        Locale language,
        int limit,
        @Nullable PageCursor after) {
      ArticleQuery query = ArticleQuery.published();
      Object subject = null;
      if (kind != Kind.LATEST) {
        String given = Objects.requireNonNull(slug, "slug"); // every listing but latest has one
        Optional<?> found =
            switch (kind) {
              case SECTION -> content.sections().findBySlug(given);
              case TAG -> content.tags().findBySlug(given);
              case AUTHOR -> content.authors().findBySlug(given);
              default -> content.locations().findBySlug(given);
            };
        if (found.isEmpty()) {
          return new Missing(gen, "slug", "no " + kind.label() + " with this slug");
        }
        subject = found.get();
        if (subject instanceof Section s) {
          query = query.inSection(s.id());
        } else if (subject instanceof Tag t) {
          query = query.withTag(t.id());
        } else if (subject instanceof Author a) {
          query = query.byAuthor(a.id());
        } else {
          query = query.atLocation(((Location) subject).id());
        }
      }
      ArticleListing listing =
          content.articles().list(query.inLanguage(language).limit(limit).after(after));
      ApiJson.Context c = context(listing.references(), language);
      Object shownSubject = subject;
      Instant modified = null;
      for (Article a : listing.articles()) {
        modified = latest(modified, latest(a.updatedAt(), a.publishAt()));
      }
      byte[] body =
          ApiJson.bytes(
              g -> {
                g.writeStartObject();
                g.writeStringField("tenantId", tenant.id().toString());
                g.writeStringField("language", language.toLanguageTag());
                g.writeStringField("kind", kind.label());
                g.writeFieldName("subject");
                directoryObject(g, shownSubject, c);
                g.writeNumberField("limit", limit);
                g.writeArrayFieldStart("articles");
                for (Article a : listing.articles()) {
                  ApiJson.summary(g, a, c);
                }
                g.writeEndArray();
                ApiJson.nullableString(
                    g, "next", listing.next() == null ? null : listing.next().encode());
                g.writeEndObject();
              });
      return Doc.of(gen, body, modified, tenantKeys("listings-" + tenant.id()));
    }

    private void directoryObject(JsonGenerator g, @Nullable Object o, ApiJson.Context c)
        throws IOException {
      if (o == null) {
        g.writeNull();
      } else if (o instanceof Section s) {
        ApiJson.section(g, s, c);
      } else if (o instanceof Tag t) {
        ApiJson.tag(g, t, c);
      } else if (o instanceof Author a) {
        ApiJson.author(g, a, c);
      } else {
        ApiJson.location(g, (Location) o, c);
      }
    }

    // -- directories --

    Answer directory(Kind kind) {
      Locale language = language();
      String after = query.get("after");
      if (after != null && !isSlug(after)) {
        throw ApiProblem.invalid("after", "must be a slug from the previous page's next");
      }
      int limit = limit(query, DIRECTORY_DEFAULT_LIMIT, DIRECTORY_MAX_LIMIT);
      String keyId =
          "directory/"
              + kind
              + "/"
              + language.getLanguage()
              + "/"
              + limit
              + "/"
              + (after == null ? "" : after);
      Entry entry =
          engine.cached(
              key(keyId),
              gen -> {
                DirectoryService<?, ?, ?> service =
                    switch (kind) {
                      case SECTION -> content.sections();
                      case TAG -> content.tags();
                      case AUTHOR -> content.authors();
                      default -> content.locations();
                    };
                // One more than asked tells whether a next page exists.
                List<?> found = service.list(after, limit + 1);
                boolean more = found.size() > limit;
                List<?> items = more ? found.subList(0, limit) : found;
                Function<Object, String> slugOf =
                    o ->
                        o instanceof Section s
                            ? s.slug()
                            : o instanceof Tag t
                                ? t.slug()
                                : o instanceof Author a ? a.slug() : ((Location) o).slug();
                String next = more ? slugOf.apply(items.get(items.size() - 1)) : null;
                ApiJson.Context c = context(References.NONE, language);
                byte[] body =
                    ApiJson.bytes(
                        g -> {
                          g.writeStartObject();
                          g.writeStringField("tenantId", tenant.id().toString());
                          g.writeStringField("language", language.toLanguageTag());
                          g.writeStringField("kind", kind.label());
                          g.writeNumberField("limit", limit);
                          g.writeArrayFieldStart("items");
                          for (Object item : items) {
                            directoryObject(g, item, c);
                          }
                          g.writeEndArray();
                          ApiJson.nullableString(g, "next", next);
                          g.writeEndObject();
                        });
                return Doc.of(gen, body, null, tenantKeys());
              });
      return answer(entry, true);
    }

    // -- most read --

    Answer mostRead() {
      Locale language = language();
      int limit =
          limit(
              query,
              engine.settings().mostReadSize() > 0
                  ? engine.settings().mostReadSize()
                  : MOST_READ_DEFAULT_LIMIT,
              ArticleService.MOST_READ_MAX_LIMIT);
      long refresh = engine.settings().mostReadRefresh().toNanos();
      Entry entry =
          engine.cached(
              key("most-read/" + language.getLanguage() + "/" + limit),
              gen -> {
                List<ViewedArticle> items =
                    viewsCounted
                        ? content
                            .articles()
                            .mostRead(language, engine.settings().mostReadPeriod(), limit)
                        : List.of();
                References refs =
                    items.isEmpty()
                        ? References.NONE
                        : content
                            .articles()
                            .references(items.stream().map(ViewedArticle::article).toList());
                ApiJson.Context c = context(refs, language);
                byte[] body =
                    ApiJson.bytes(
                        g -> {
                          g.writeStartObject();
                          g.writeStringField("tenantId", tenant.id().toString());
                          g.writeStringField("language", language.toLanguageTag());
                          g.writeStringField(
                              "period",
                              engine.settings().mostReadPeriod().name().toLowerCase(Locale.ROOT));
                          g.writeArrayFieldStart("articles");
                          for (ViewedArticle v : items) {
                            ApiJson.viewed(g, v.article(), v.periodViews(), c);
                          }
                          g.writeEndArray();
                          g.writeEndObject();
                        });
                return Doc.of(gen, body, null, tenantKeys("most-read-" + tenant.id()));
              },
              // The ranking moves with views, not with content changes: reread it now and then.
              e -> !(e instanceof Doc d) || System.nanoTime() - d.loadedNanos() < refresh);
      return answer(entry, true);
    }

    // -- the change feed --

    Answer changes() {
      String value = query.get("after");
      long after = 0;
      if (value != null) {
        try {
          after = Long.parseLong(value);
        } catch (NumberFormatException e) {
          after = -1;
        }
        if (after < 0) {
          throw ApiProblem.invalid("after", "must be a feed position: an integer of 0 or more");
        }
      }
      int limit = limit(query, CHANGES_DEFAULT_LIMIT, CHANGES_MAX_LIMIT);
      long from = after;
      Entry entry =
          engine.cached(
              key("changes/" + from + "/" + limit),
              gen -> {
                List<Change> read = engine.cms().changes().read(tenant.id(), from, limit);
                long next = read.isEmpty() ? from : read.get(read.size() - 1).position();
                Instant modified = read.isEmpty() ? null : read.get(read.size() - 1).time();
                byte[] body =
                    ApiJson.bytes(
                        g -> {
                          g.writeStartObject();
                          g.writeStringField("tenantId", tenant.id().toString());
                          g.writeNumberField("after", from);
                          g.writeNumberField("limit", limit);
                          g.writeArrayFieldStart("changes");
                          for (Change change : read) {
                            if (!UNPUBLISHED_KINDS.contains(change.kind())) {
                              ApiJson.change(g, change);
                            }
                          }
                          g.writeEndArray();
                          g.writeNumberField("next", next);
                          g.writeBooleanField("more", read.size() == limit);
                          g.writeEndObject();
                        });
                return Doc.of(gen, body, modified, tenantKeys("listings-" + tenant.id()));
              });
      return answer(entry, true);
    }
  }
}
