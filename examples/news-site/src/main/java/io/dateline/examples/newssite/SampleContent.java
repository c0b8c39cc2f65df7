package io.dateline.examples.newssite;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.dateline.cms.Actor;
import io.dateline.cms.Dateline;
import io.dateline.cms.TenantContent;
import io.dateline.cms.command.ArticleDraft;
import io.dateline.cms.command.AuthorDraft;
import io.dateline.cms.command.LocationDraft;
import io.dateline.cms.command.SectionDraft;
import io.dateline.cms.command.TagDraft;
import io.dateline.cms.media.ImageId;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.AuthorId;
import io.dateline.cms.model.Block;
import io.dateline.cms.model.GeoPoint;
import io.dateline.cms.model.Image;
import io.dateline.cms.model.LocalizedText;
import io.dateline.cms.model.LocationId;
import io.dateline.cms.model.LocationKind;
import io.dateline.cms.model.Notice;
import io.dateline.cms.model.NoticeKind;
import io.dateline.cms.model.SectionId;
import io.dateline.cms.model.Source;
import io.dateline.cms.model.Span;
import io.dateline.cms.model.TagId;
import io.dateline.cms.model.TagKind;
import io.dateline.cms.model.Tenant;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.query.ArticleQuery;
import io.dateline.cms.views.DailyViews;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's three publications and their articles, read from YAML files on the class path ({@code
 * sample/*.yaml}) and written through Dateline's public services, exactly as an editor's tool
 * would.
 *
 * <p>Installing is idempotent per tenant: the tenant record is always saved (so that its base URL
 * follows the port the site runs on), but its content is only created while the tenant has no
 * articles and no authors. A restart over the same database therefore keeps the content and adds
 * nothing twice. Seeding one tenant is not one transaction: a crash half way leaves what was
 * written, and the next start keeps it.
 *
 * <p>Published articles are spread over the past days: they are written through the tenant's
 * services with a clock of their own ({@link Dateline#tenant(TenantId, java.time.Clock)}), set back
 * to each article's publication time. Their starting view counts are imported with {@link
 * Dateline#importViews}. A few articles are scheduled a few minutes ahead of the real clock, so
 * that the running site shows them appearing on their own.
 *
 * <p>Immutable and thread-safe; {@link #install} must not run twice at once for the same storage.
 */
public final class SampleContent {
  /** Who the sample content is recorded as written by. */
  static final Actor SAMPLE_EDITOR = new Actor("sample-desk", "Sample desk editor");

  private static final Logger LOG = LoggerFactory.getLogger(SampleContent.class);
  private static final List<String> FILES =
      List.of("sample/dnipro-news.yaml", "sample/lviv-today.yaml", "sample/podil-university.yaml");

  private final List<TenantSpec> tenants;

  private SampleContent(List<TenantSpec> tenants) {
    this.tenants = List.copyOf(tenants);
  }

  /**
   * Reads the bundled sample content.
   *
   * @return the content
   * @throws IllegalStateException when a file is missing or malformed
   */
  public static SampleContent load() {
    ObjectMapper yaml =
        new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    List<TenantSpec> specs = new ArrayList<>();
    for (String file : FILES) {
      try (InputStream in = SampleContent.class.getClassLoader().getResourceAsStream(file)) {
        if (in == null) {
          throw new IllegalStateException(
              "sample content file missing from the class path: " + file);
        }
        specs.add(yaml.readValue(in, TenantSpec.class));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read sample content " + file, e);
      }
    }
    return new SampleContent(specs);
  }

  /**
   * The sample tenants, with base URLs under the site's root URL ({@code <site>/<tenant-id>/}).
   *
   * @param siteUrl the site's root, ending in {@code /}; never {@code null}
   * @return the tenants, in file order
   */
  public List<Tenant> tenants(URI siteUrl) {
    Objects.requireNonNull(siteUrl, "siteUrl");
    return tenants.stream().map(t -> t.toTenant(siteUrl)).toList();
  }

  /**
   * Saves the tenants and creates the content of each tenant that has none yet.
   *
   * @param cms the Dateline instance; its clock is "now" for the sample
   * @param siteUrl the site's root URL, ending in {@code /}
   * @return how many articles were created per tenant; 0 for a tenant whose content was kept
   * @throws io.dateline.cms.ValidationException when the sample content breaks a rule
   */
  public Map<TenantId, Integer> install(Dateline cms, URI siteUrl) {
    return install(cms, siteUrl, null);
  }

  /**
   * Saves the tenants and creates the content of each tenant that has none yet, with pictures: a
   * lead image for every article, a portrait for every author, a logo and an icon for every
   * publication, all drawn in code ({@link DemoPictures}).
   *
   * @param cms the Dateline instance; its clock is "now" for the sample
   * @param siteUrl the site's root URL, ending in {@code /}
   * @param pictures where the pictures are uploaded, or {@code null} for content without them
   * @return how many articles were created per tenant; 0 for a tenant whose content was kept
   * @throws io.dateline.cms.ValidationException when the sample content breaks a rule
   */
  Map<TenantId, Integer> install(Dateline cms, URI siteUrl, @Nullable DemoImages pictures) {
    Objects.requireNonNull(cms, "cms");
    Map<TenantId, Integer> created = new LinkedHashMap<>();
    Instant now = cms.clock().instant();
    SettableClock pastClock = new SettableClock(now);
    for (TenantSpec spec : tenants) {
      // Saved first, keeping the pictures of an earlier start: uploads need a stored tenant.
      Tenant saved = spec.toTenant(siteUrl, null);
      Tenant earlier = cms.findTenant(saved.id()).orElse(null);
      if (earlier != null) {
        saved =
            saved.toBuilder()
                .logo(earlier.logo())
                .icon(earlier.icon())
                .twitterSite(earlier.twitterSite())
                .build();
      }
      Tenant tenant = cms.saveTenant(saved);
      TenantContent site = cms.tenant(tenant.id());
      boolean empty =
          site.articles().count(ArticleQuery.anyStatus()) == 0
              && site.authors().list(null, 1).isEmpty();
      if (!empty) {
        LOG.info("Tenant {} already has content; keeping it", tenant.id());
        created.put(tenant.id(), 0);
        continue;
      }
      // A new tenant's pictures are drawn and uploaded once, with its content.
      Pictures drawn = pictures == null ? null : new Pictures(spec, pictures);
      if (drawn != null) {
        tenant = cms.saveTenant(spec.toTenant(siteUrl, drawn));
      }
      // The tenant's services with their clock set back to each article's time as it is written.
      // Written as a named editor, so the tenant's audit log shows who wrote the samples.
      TenantContent past = cms.tenant(tenant.id(), pastClock).as(SAMPLE_EDITOR);
      int count = new TenantSeed(spec, past, pastClock, now, drawn).run(cms);
      LOG.info("Tenant {}: created {} sample articles", tenant.id(), count);
      created.put(tenant.id(), count);
    }
    return created;
  }

  /** Writes one tenant's content; used once. */
  private static final class TenantSeed {
    private final TenantSpec spec;
    private final TenantContent site;
    private final SettableClock pastClock;
    private final Instant now;
    private final Map<String, AuthorId> authors = new HashMap<>();
    private final Map<String, SectionId> sections = new HashMap<>();
    private final Map<String, TagId> tags = new HashMap<>();
    private final Map<String, LocationId> locations = new HashMap<>();
    private final Map<String, Article> articles = new HashMap<>();
    private final @Nullable Pictures pictures;

    TenantSeed(
        TenantSpec spec,
        TenantContent site,
        SettableClock pastClock,
        Instant now,
        @Nullable Pictures pictures) {
      this.spec = spec;
      this.site = site;
      this.pastClock = pastClock;
      this.now = now;
      this.pictures = pictures;
    }

    int run(Dateline cms) {
      pastClock.set(now.minus(Duration.ofDays(30)));
      for (AuthorSpec a : spec.authors()) {
        authors.put(
            a.key(),
            site.authors()
                .create(
                    new AuthorDraft(
                        a.slug(),
                        text(a.name()),
                        optionalText(a.bio()),
                        a.email(),
                        null,
                        pictures == null ? null : pictures.authors.get(a.key())))
                .id());
      }
      for (SectionSpec s : spec.sections()) {
        SectionId parent =
            s.parent() == null ? null : ref(sections, s.parent(), "section", s.key());
        sections.put(
            s.key(),
            site.sections()
                .create(new SectionDraft(s.slug(), text(s.name()), parent, sections.size()))
                .id());
      }
      for (TagSpec t : spec.tags()) {
        tags.put(
            t.key(), site.tags().create(new TagDraft(t.kind(), t.slug(), text(t.name()))).id());
      }
      for (LocationSpec l : spec.locations()) {
        GeoPoint point = l.lat() == null ? null : new GeoPoint(l.lat(), l.lon());
        locations.put(
            l.key(),
            site.locations()
                .create(new LocationDraft(l.kind(), l.slug(), text(l.name()), point))
                .id());
      }
      List<DailyViews> views = new ArrayList<>();
      for (ArticleSpec a : spec.articles()) {
        Article article = createArticle(a);
        articles.put(a.key(), article);
        if (article.publishAt() != null && a.scheduleInMinutes() == null && !a.retracted()) {
          long count = a.views() != null ? a.views() : defaultViews(a.key());
          if (count > 0) {
            views.add(
                new DailyViews(
                    article.id(), article.publishAt().atZone(ZoneOffset.UTC).toLocalDate(), count));
          }
        }
      }
      if (!views.isEmpty()) {
        // A name-based import id: should this ever run twice, the second import is ignored.
        UUID importId =
            UUID.nameUUIDFromBytes(("sample-views:" + spec.id()).getBytes(StandardCharsets.UTF_8));
        cms.importViews(site.tenant().id(), importId, views);
      }
      return articles.size();
    }

    private Article createArticle(ArticleSpec a) {
      String where = "article " + a.key();
      if (articles.containsKey(a.key())) {
        throw new IllegalStateException("duplicate article key " + a.key());
      }
      Article original =
          a.translationOf() == null ? null : refArticle(a.translationOf(), "translationOf", where);
      double hoursAgo =
          a.hoursAgo() != null
              ? a.hoursAgo()
              : original != null && original.publishAt() != null
                  ? Duration.between(original.publishAt(), now).toMinutes() / 60.0 - 0.25
                  : 1;
      Instant publishAt =
          a.scheduleInMinutes() != null
              ? now
              : now.minusSeconds(Math.round(hoursAgo * 3600)).minusSeconds(60);
      pastClock.set(publishAt.minusSeconds(20 * 60));
      ArticleDraft draft =
          ArticleDraft.builder(Locale.forLanguageTag(a.language()), a.headline())
              .slug(a.formerSlug() != null ? a.formerSlug() : a.slug())
              .translationOf(original == null ? null : original.id())
              .lead(a.lead())
              .body(a.body().stream().map(b -> b.toBlock(where)).toList())
              .authors(refs(authors, a.authors(), "author", where))
              .primarySection(
                  a.section() == null ? null : ref(sections, a.section(), "section", where))
              .sections(refs(sections, a.sections(), "section", where))
              .tags(refs(tags, a.tags(), "tag", where))
              .dateline(
                  a.dateline() == null ? null : ref(locations, a.dateline(), "location", where))
              .places(refs(locations, a.places(), "location", where))
              .sources(
                  a.sources().stream()
                      .map(s -> new Source(s.name(), s.url() == null ? null : URI.create(s.url())))
                      .toList())
              .exclusive(a.exclusive())
              .featuredImage(pictures == null ? null : pictures.leadImage(a.key()))
              .related(a.related().stream().map(k -> refArticle(k, "related", where).id()).toList())
              .notices(a.notices().stream().map(n -> n.toNotice(publishAt, now, where)).toList())
              .build();
      Article created = site.articles().create(draft);
      pastClock.set(publishAt);
      if (a.scheduleInMinutes() != null) {
        return site.articles()
            .schedule(created.id(), now.plus(Duration.ofMinutes(a.scheduleInMinutes())));
      }
      Article published = site.articles().publish(created.id());
      published = revise(published, a.revisions(), where);
      if (a.formerSlug() != null) {
        // Renamed after publication: the former URL answers 301 to the new one (slug history).
        if (a.slug() == null) {
          throw new IllegalStateException(where + ": formerSlug needs slug, the slug it moves to");
        }
        published =
            site.articles()
                .update(
                    published.id(),
                    published.version(),
                    ArticleDraft.from(published).slug(a.slug()).build());
      }
      if (a.retracted()) {
        // Taken down after publication: its URL answers 410 Gone.
        published = site.articles().unpublish(published.id());
      }
      return published;
    }

    /**
     * Edits a published article the way a newsroom does after publication, one revision per edit,
     * each with its summary, so that the article's history is not a single entry.
     */
    private Article revise(Article published, List<RevisionSpec> edits, String where) {
      Article current = published;
      Instant publishedAt = Objects.requireNonNull(published.publishAt(), "publishAt");
      for (RevisionSpec edit : edits) {
        Instant at = publishedAt.plus(Duration.ofMinutes(edit.minutesLater()));
        pastClock.set(at.isAfter(now) ? now : at);
        List<Block> body = new ArrayList<>(current.body());
        edit.addBody().forEach(b -> body.add(b.toBlock(where)));
        ArticleDraft.Builder draft = ArticleDraft.from(current).body(body);
        if (edit.headline() != null) {
          draft.headline(edit.headline());
        }
        if (edit.lead() != null) {
          draft.lead(edit.lead().strip());
        }
        current =
            site.articles().update(current.id(), current.version(), draft.build(), edit.summary());
      }
      return current;
    }

    private Article refArticle(String key, String field, String where) {
      Article article = articles.get(key);
      if (article == null) {
        throw new IllegalStateException(
            where + ": " + field + " names '" + key + "', which is not an earlier article");
      }
      return article;
    }

    private @Nullable LocalizedText optionalText(@Nullable Map<String, String> values) {
      return values == null ? null : text(values);
    }

    private LocalizedText text(Map<String, String> values) {
      Map<Locale, String> map = new LinkedHashMap<>();
      values.forEach((tag, value) -> map.put(Locale.forLanguageTag(tag), value));
      return new LocalizedText(map);
    }

    /**
     * A plausible, stable view count: older articles have had more time to be read, and the key's
     * hash varies it so that the "most read" list is not simply the oldest articles.
     */
    private static long defaultViews(String key) {
      return 40 + Math.floorMod(key.hashCode(), 2900);
    }
  }

  private static <I> I ref(Map<String, I> ids, String key, String kind, String where) {
    I id = ids.get(key);
    if (id == null) {
      throw new IllegalStateException(where + ": no " + kind + " with key '" + key + "'");
    }
    return id;
  }

  private static <I> List<I> refs(
      Map<String, I> ids, List<String> keys, String kind, String where) {
    return keys.stream().map(k -> ref(ids, k, kind, where)).toList();
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }

  /** One tenant's sample file. */
  record TenantSpec(
      String id,
      String name,
      String publication,
      String defaultLanguage,
      List<String> languages,
      String timeZone,
      List<AuthorSpec> authors,
      List<SectionSpec> sections,
      List<TagSpec> tags,
      List<LocationSpec> locations,
      List<ArticleSpec> articles) {
    TenantSpec {
      languages = orEmpty(languages);
      authors = orEmpty(authors);
      sections = orEmpty(sections);
      tags = orEmpty(tags);
      locations = orEmpty(locations);
      articles = orEmpty(articles);
    }

    Tenant toTenant(URI siteUrl) {
      return toTenant(siteUrl, null);
    }

    Tenant toTenant(URI siteUrl, @Nullable Pictures pictures) {
      Function<String, Locale> locale = Locale::forLanguageTag;
      String handle = "@" + id.replace('-', '_');
      return Tenant.builder(
              TenantId.of(id),
              name,
              locale.apply(defaultLanguage),
              ZoneId.of(timeZone),
              siteUrl.resolve(id + "/"))
          .publicationName(publication)
          .supportedLocales(new LinkedHashSet<>(languages.stream().map(locale).toList()))
          .logo(pictures == null ? null : pictures.logo)
          .icon(pictures == null ? null : pictures.icon)
          .twitterSite(pictures == null ? null : handle.substring(0, Math.min(16, handle.length())))
          .build();
    }
  }

  /** The ids of one tenant's drawn pictures, uploaded through the demo's images. */
  static final class Pictures {
    final ImageId logo;
    final ImageId icon;
    final Map<String, ImageId> authors = new HashMap<>();
    final Map<String, ImageId> articles = new HashMap<>();

    Pictures(TenantSpec spec, DemoImages images) {
      TenantId tenant = TenantId.of(spec.id());
      logo =
          images.register(
              tenant,
              "logo",
              DemoPictures.Kind.LOGO,
              spec.id(),
              spec.publication(),
              DemoImages.bilingual(spec.publication(), spec.publication()));
      icon =
          images.register(
              tenant,
              "icon",
              DemoPictures.Kind.ICON,
              spec.id(),
              spec.publication().substring(0, 1),
              DemoImages.bilingual(spec.publication(), spec.publication()));
      for (AuthorSpec a : spec.authors()) {
        String english = a.name().getOrDefault("en", a.name().values().iterator().next());
        String ukrainian = a.name().getOrDefault("uk", english);
        authors.put(
            a.key(),
            images.register(
                tenant,
                "author:" + a.key(),
                DemoPictures.Kind.PORTRAIT,
                a.key(),
                initials(english),
                DemoImages.bilingual(
                    "Drawn portrait of " + english, "Намальований портрет: " + ukrainian)));
      }
      for (ArticleSpec a : spec.articles()) {
        DemoPictures.Scene scene = DemoPictures.Scene.of(a.key());
        articles.put(
            a.key(),
            images.register(
                tenant,
                "article:" + a.key(),
                DemoPictures.Kind.SCENE,
                a.key(),
                "",
                DemoImages.bilingual(
                    scene.alt(Locale.ENGLISH), scene.alt(Locale.forLanguageTag("uk")))));
      }
    }

    /** An article's lead image, its alt text left to the asset's. */
    Image leadImage(String articleKey) {
      return Image.ofAsset(
          Objects.requireNonNull(articles.get(articleKey), "picture of " + articleKey), "");
    }

    private static String initials(String name) {
      StringBuilder out = new StringBuilder(2);
      for (String part : name.trim().split("\\s+")) {
        if (!part.isEmpty() && out.length() < 2) {
          out.appendCodePoint(part.codePointAt(0));
        }
      }
      return out.toString();
    }
  }

  record AuthorSpec(
      String key, String slug, Map<String, String> name, Map<String, String> bio, String email) {}

  record SectionSpec(String key, String slug, Map<String, String> name, String parent) {}

  record TagSpec(String key, String slug, TagKind kind, Map<String, String> name) {}

  record LocationSpec(
      String key,
      String slug,
      LocationKind kind,
      Map<String, String> name,
      Double lat,
      Double lon) {}

  record SourceSpec(String name, String url) {}

  record ArticleSpec(
      String key,
      String slug,
      String language,
      String translationOf,
      Double hoursAgo,
      Integer scheduleInMinutes,
      boolean exclusive,
      String headline,
      String lead,
      List<String> authors,
      String section,
      List<String> sections,
      List<String> tags,
      String dateline,
      List<String> places,
      List<SourceSpec> sources,
      List<String> related,
      List<NoticeSpec> notices,
      Long views,
      List<BlockSpec> body,
      String formerSlug,
      boolean retracted,
      List<RevisionSpec> revisions) {
    ArticleSpec {
      authors = orEmpty(authors);
      sections = orEmpty(sections);
      tags = orEmpty(tags);
      places = orEmpty(places);
      sources = orEmpty(sources);
      related = orEmpty(related);
      notices = orEmpty(notices);
      body = orEmpty(body);
      revisions = orEmpty(revisions);
    }
  }

  /**
   * A later edit of a published sample article, stored as a revision with its summary: a new
   * headline or lead and blocks added at the end of the body, made {@code minutesLater} after
   * publication (but never after "now").
   */
  record RevisionSpec(
      int minutesLater, String summary, String headline, String lead, List<BlockSpec> addBody) {
    RevisionSpec {
      addBody = orEmpty(addBody);
    }
  }

  /**
   * A notice shown with an article: its kind ({@code CORRECTION}, {@code UPDATE}, {@code
   * CLARIFICATION} or {@code EDITORS_NOTE}), how many minutes after publication it was made (never
   * later than the content's load time) and its text.
   */
  record NoticeSpec(String kind, Integer minutesAfter, String text) {
    Notice toNotice(Instant publishAt, Instant now, String where) {
      if (kind == null || text == null) {
        throw new IllegalStateException(where + ": a notice needs a kind and a text");
      }
      Instant at = publishAt.plus(Duration.ofMinutes(minutesAfter == null ? 0 : minutesAfter));
      return new Notice(NoticeKind.valueOf(kind), at.isAfter(now) ? now : at, text.strip());
    }
  }

  /**
   * One body block, written in YAML as a one-key object: {@code p} (paragraph), {@code h}
   * (subheading), {@code quote} with {@code by}, {@code list} (bullets) or {@code divider}.
   */
  record BlockSpec(
      String p, String h, String quote, String by, List<String> list, Boolean divider) {
    Block toBlock(String where) {
      List<Block> kinds = new ArrayList<>(1);
      if (p != null) {
        kinds.add(Block.Paragraph.of(p.strip()));
      }
      if (h != null) {
        kinds.add(Block.Heading.of(h.strip()));
      }
      if (quote != null) {
        kinds.add(Block.Quote.of(quote.strip(), by));
      }
      if (list != null) {
        kinds.add(
            new Block.ListBlock(false, list.stream().map(i -> List.of(Span.text(i))).toList()));
      }
      if (Boolean.TRUE.equals(divider)) {
        kinds.add(new Block.Divider());
      }
      if (kinds.size() != 1) {
        throw new IllegalStateException(
            where + ": each body block needs exactly one of p, h, quote, list, divider");
      }
      return kinds.get(0);
    }
  }
}
