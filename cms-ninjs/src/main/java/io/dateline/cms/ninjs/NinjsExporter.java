package io.dateline.cms.ninjs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dateline.cms.NotFoundException;
import io.dateline.cms.TenantContent;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.ArticleStatus;
import io.dateline.cms.model.Author;
import io.dateline.cms.model.Image;
import io.dateline.cms.model.LocalizedText;
import io.dateline.cms.model.Location;
import io.dateline.cms.model.LocationId;
import io.dateline.cms.model.References;
import io.dateline.cms.model.Section;
import io.dateline.cms.model.Source;
import io.dateline.cms.model.Tag;
import io.dateline.cms.model.TagKind;
import io.dateline.cms.model.Tenant;
import io.dateline.cms.ninjs.internal.BodyHtml;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Writes a tenant's articles as IPTC ninjs text items, in version 2.2 or 3.1. The documents hold
 * the article's content (headline, summary, body as HTML), its times and status, and what it refers
 * to: authors (the {@code by} line and {@code people} with {@code rel} {@code author}), tags
 * (topics as {@code subjects}, people, organisations and events), sections ({@code subjects} with
 * {@code rel} {@code section}), the dateline ({@code located}) and places ({@code places}), the
 * sources ({@code infosources}), the exclusive flag (the IPTC genre {@code Exclusive}) and the
 * featured image (a picture {@code association} with a rendition). The mapping table is in {@code
 * docs/ninjs.md}; every document validates against the official IPTC schema of its version.
 *
 * <p>Every directory object gets a stable {@code uri} of the form {@code
 * urn:dateline:<tenant>:<kind>:<slug>}; the item's own {@code uri} is {@code
 * urn:dateline:<tenant>:article:<id>} unless the constructor is given another rule. The {@code
 * version} is the article's version plus one, so it starts at 1 and grows with every stored change.
 *
 * <p>Thread-safe. Reads through the public services of the {@link TenantContent} it was made for,
 * so it sees that tenant's articles only.
 */
public final class NinjsExporter {
  private static final String EXCLUSIVE_GENRE = "http://cv.iptc.org/newscodes/genre/Exclusive";

  private final TenantContent content;
  private final Function<Article, URI> itemUri;
  private final ObjectMapper json = new ObjectMapper();

  /**
   * An exporter that names items {@code urn:dateline:<tenant>:article:<id>}.
   *
   * @param content the tenant whose articles are exported; never {@code null}
   */
  public NinjsExporter(TenantContent content) {
    this(content, NinjsExporter::defaultItemUri);
  }

  /**
   * An exporter with its own rule for the items' {@code uri}, for example the article's public
   * address.
   *
   * @param content the tenant whose articles are exported; never {@code null}
   * @param itemUri gives each article's absolute, stable identifier; never {@code null}
   */
  public NinjsExporter(TenantContent content, Function<Article, URI> itemUri) {
    this.content = Objects.requireNonNull(content, "content must not be null");
    this.itemUri = Objects.requireNonNull(itemUri, "itemUri must not be null");
  }

  /**
   * The default identifier of an article: {@code urn:dateline:<tenant>:article:<id>}.
   *
   * @param article the article
   * @return the URN
   */
  public static URI defaultItemUri(Article article) {
    return URI.create("urn:dateline:" + article.tenantId().value() + ":article:" + article.id());
  }

  /**
   * Exports a stored article of this tenant.
   *
   * @param id the article
   * @param version the ninjs version to write; never {@code null}
   * @return the JSON document
   * @throws NotFoundException when the tenant has no such article
   */
  public String export(ArticleId id, NinjsVersion version) {
    return toJson(content.articles().get(id), version);
  }

  /**
   * Writes an article as a JSON document, loading what it refers to.
   *
   * @param article an article of this tenant; never {@code null}
   * @param version the ninjs version; never {@code null}
   * @return the JSON document
   */
  public String toJson(Article article, NinjsVersion version) {
    try {
      return json.writeValueAsString(toNode(article, version));
    } catch (JsonProcessingException e) {
      // A tree of plain nodes always serialises; this would be a bug in Jackson or here.
      throw new IllegalStateException("Cannot write a ninjs tree", e);
    }
  }

  /**
   * Writes an article as a JSON tree, loading what it refers to (one storage call).
   *
   * @param article an article of this tenant; never {@code null}
   * @param version the ninjs version; never {@code null}
   * @return a new tree the caller may change
   */
  public ObjectNode toNode(Article article, NinjsVersion version) {
    Objects.requireNonNull(article, "article must not be null");
    Objects.requireNonNull(version, "version must not be null");
    References refs = content.articles().references(List.of(article));
    Names n = new Names(version);
    Tenant tenant = content.tenant();
    Locale language = article.language();
    Locale fallback = tenant.defaultLocale();
    ObjectNode item = json.createObjectNode();

    item.put("uri", itemUri.apply(article).toString());
    item.put("type", "text");
    item.put(n.of("representationtype", "representationType"), "full");
    item.put("version", Long.toString(article.version() + 1));
    item.put(n.of("firstcreated", "firstCreated"), time(article.createdAt()));
    item.put(n.of("versioncreated", "versionCreated"), time(article.updatedAt()));
    Instant firstPublished = article.firstPublishedAt();
    if (firstPublished != null) {
      item.put(n.of("contentcreated", "contentCreated"), time(firstPublished));
    }
    Instant publishAt = article.publishAt();
    if (publishAt != null && article.status() == ArticleStatus.SCHEDULED) {
      item.put(n.of("embargoed", "embargoedUntil"), time(publishAt));
    }
    item.put(n.of("pubstatus", "pubStatus"), pubStatus(article));
    item.put(n.of("copyrightholder", "copyrightHolder"), tenant.publicationName());
    item.put("language", language.toLanguageTag());
    item.put("slugline", article.slug());

    ObjectNode headline = item.putArray("headlines").addObject();
    headline.put("role", "main");
    headline.put(n.of("contenttype", "contentType"), "text/plain");
    headline.put("value", article.headline());
    if (!article.lead().isEmpty()) {
      ObjectNode lead = item.putArray("descriptions").addObject();
      lead.put("role", "summary");
      lead.put(n.of("contenttype", "contentType"), "text/plain");
      lead.put("value", article.lead());
    }
    String html = BodyHtml.write(article.body());
    String text = BodyHtml.text(article.body());
    ObjectNode body = item.putArray("bodies").addObject();
    body.put("role", "main");
    body.put(n.of("contenttype", "contentType"), "text/html");
    body.put(n.of("charcount", "charCount"), text.length());
    body.put(n.of("wordcount", "wordCount"), words(text));
    body.put("value", html);

    List<Author> authors = refs.authorsOf(article.authors());
    if (!authors.isEmpty()) {
      item.put(
          "by",
          authors.stream()
              .map(a -> a.name().resolve(language, fallback))
              .collect(Collectors.joining(", ")));
    }
    ArrayNode people = json.createArrayNode();
    for (Author author : authors) {
      named(people.addObject(), author.name(), language, fallback, "author", article, author.slug())
          .put("rel", "author");
    }
    List<Tag> tags = refs.tagsOf(article.tags());
    ArrayNode subjects = json.createArrayNode();
    ArrayNode organisations = json.createArrayNode();
    ArrayNode events = json.createArrayNode();
    for (Tag tag : tags) {
      ArrayNode target =
          switch (tag.kind()) {
            case PERSON -> people;
            case ORGANISATION -> organisations;
            case EVENT -> events;
            case TOPIC -> subjects;
          };
      ObjectNode entry =
          named(target.addObject(), tag.name(), language, fallback, "tag", article, tag.slug());
      if (tag.kind() == TagKind.PERSON) {
        entry.put("rel", "subject");
      }
    }
    for (Section section : refs.sectionsOf(article.sections())) {
      named(
              subjects.addObject(),
              section.name(),
              language,
              fallback,
              "section",
              article,
              section.slug())
          .put("rel", "section");
    }
    putIfAny(item, "people", people);
    putIfAny(item, "organisations", organisations);
    putIfAny(item, "subjects", subjects);
    putIfAny(item, "events", events);

    ArrayNode places = json.createArrayNode();
    LocationId datelineId = article.dateline();
    Location dateline = datelineId == null ? null : refs.location(datelineId).orElse(null);
    if (dateline != null) {
      item.put("located", dateline.name().resolve(language, fallback));
      named(
              places.addObject(),
              dateline.name(),
              language,
              fallback,
              "location",
              article,
              dateline.slug())
          .put("rel", "dateline");
    }
    for (Location place : refs.locationsOf(article.places())) {
      if (dateline == null || !place.id().equals(dateline.id())) {
        named(
                places.addObject(),
                place.name(),
                language,
                fallback,
                "location",
                article,
                place.slug())
            .put("rel", "place");
      }
    }
    putIfAny(item, "places", places);

    if (!article.sources().isEmpty()) {
      ArrayNode sources = item.putArray(n.of("infosources", "infoSources"));
      for (Source source : article.sources()) {
        ObjectNode entry = sources.addObject();
        entry.put("name", source.name());
        entry.put("role", "source");
        URI url = source.url();
        if (url != null) {
          entry.put("uri", url.toString());
        }
      }
    }
    if (article.exclusive()) {
      ObjectNode genre = item.putArray("genres").addObject();
      genre.put("name", "Exclusive");
      genre.put("uri", EXCLUSIVE_GENRE);
    }
    ArrayNode altIds = item.putArray(n.of("altids", "altIds"));
    ObjectNode id = altIds.addObject();
    id.put("role", "dateline-article-id");
    id.put("value", article.id().toString());
    ObjectNode translation = altIds.addObject();
    translation.put("role", "dateline-translation-key");
    translation.put("value", article.translationKey().toString());

    Image featured = article.featuredImage();
    // An image asset has no URL of its own until a rendition is chosen; ninjs gets external ones.
    if (featured != null && featured.url() != null) {
      picture(item.putArray("associations").addObject(), featured, n);
    }
    ObjectNode standard = item.putObject("standard");
    standard.put("name", "ninjs");
    standard.put("version", version.number());
    standard.put("schema", version.schemaId());
    return item;
  }

  private void picture(ObjectNode association, Image image, Names n) {
    association.put("name", "featureimage");
    String uri = String.valueOf(image.url());
    association.put("uri", uri);
    association.put("type", "picture");
    association.put(n.of("representationtype", "representationType"), "partial");
    if (!image.alt().isEmpty()) {
      ObjectNode alt = association.putArray("headlines").addObject();
      alt.put("role", "main");
      alt.put("value", image.alt());
    }
    String captionText = image.caption();
    if (captionText != null) {
      ObjectNode caption = association.putArray("descriptions").addObject();
      caption.put("role", "caption");
      caption.put("value", captionText);
    }
    String credit = image.credit();
    if (credit != null) {
      association.put("by", credit);
    }
    ObjectNode rendition = association.putArray("renditions").addObject();
    rendition.put("name", "original");
    rendition.put("href", uri);
    if (image.width() > 0) {
      rendition.put("width", image.width());
    }
    if (image.height() > 0) {
      rendition.put("height", image.height());
    }
  }

  private ObjectNode named(
      ObjectNode entry,
      LocalizedText name,
      Locale language,
      @Nullable Locale fallback,
      String kind,
      Article article,
      String slug) {
    entry.put("name", name.resolve(language, fallback));
    entry.put("uri", "urn:dateline:" + article.tenantId().value() + ":" + kind + ":" + slug);
    return entry;
  }

  private static void putIfAny(ObjectNode item, String field, ArrayNode values) {
    if (!values.isEmpty()) {
      item.set(field, values);
    }
  }

  private static String pubStatus(Article article) {
    return switch (article.status()) {
      case PUBLISHED -> "usable";
      case DRAFT, SCHEDULED -> "withheld";
      case UNPUBLISHED, ARCHIVED -> "canceled";
    };
  }

  private static String time(Instant instant) {
    // RFC 3339 in UTC; seconds are enough for news times and keep the values short.
    return instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  private static int words(String text) {
    String trimmed = text.strip();
    return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
  }

  /** Field names in the spelling of a version. */
  private record Names(NinjsVersion version) {
    String of(String lower, String camel) {
      return version.camelCase() ? camel : lower;
    }
  }
}
