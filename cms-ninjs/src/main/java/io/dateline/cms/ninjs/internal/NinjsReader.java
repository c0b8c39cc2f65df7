package io.dateline.cms.ninjs.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dateline.cms.Violation;
import io.dateline.cms.model.Image;
import io.dateline.cms.spi.ImportSource;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Entities;
import org.jspecify.annotations.Nullable;

/**
 * Reads a ninjs 2.x or 3.x document into a {@link NinjsItem}, checking every value it uses and
 * collecting every broken rule before it fails, so that one exception lists them all.
 *
 * <p>Field names are looked up in the spelling of the document's major version first (lower case
 * for 2.x, camel case for 3.x) and then in the other, and the singular 1.x names agencies still
 * send ({@code subject}, {@code place}, {@code headline}, {@code body_html}, {@code
 * description_text}) are read too. Values the mapping does not use are not checked: a document is
 * refused for what Dateline cannot store, not for every deviation from the schema.
 *
 * <p>Thread-safe.
 */
public final class NinjsReader {
  /** The longest headline, summary, name, source name and image texts a draft accepts. */
  static final int HEADLINE_MAX = 300;

  static final int LEAD_MAX = 2000;
  static final int NAME_MAX = 200;
  static final int ALT_MAX = 500;
  static final int CAPTION_MAX = 1000;
  static final int CREDIT_MAX = 200;
  static final int URL_MAX = 2000;

  private static final Pattern DIGITS = Pattern.compile("[0-9]{1,18}");

  /** Separators between names in a {@code by} line: commas, semicolons, "and", ampersands. */
  private static final Pattern BYLINE_SEPARATOR =
      Pattern.compile("\\s*(?:[,;/]|\\s+and\\s+|\\s+&\\s+|\\s+і\\s+|\\s+та\\s+)\\s*");

  private static final Pattern BYLINE_PREFIX =
      Pattern.compile("^(?:by|від|автор|авторка)\\s*:?\\s+", Pattern.CASE_INSENSITIVE);

  /** Keys only a 3.x document has (2.x writes them in lower case). */
  private static final Set<String> CAMEL_KEYS =
      Set.of(
          "versionCreated",
          "firstCreated",
          "contentCreated",
          "embargoedUntil",
          "pubStatus",
          "copyrightHolder",
          "copyrightNotice",
          "usageTerms",
          "edNote",
          "altIds",
          "infoSources",
          "representationType",
          "trustIndicators",
          "rightsInfo",
          "digitalSourceType");

  /** Relations of a person to the item that make the person an author. */
  private static final Set<String> AUTHOR_RELATIONS =
      Set.of("author", "creator", "contributor", "writer", "byline", "reporter", "correspondent");

  private final ObjectMapper json;

  /**
   * Creates a reader.
   *
   * @param json the mapper to parse with
   */
  public NinjsReader(ObjectMapper json) {
    this.json = json;
  }

  /**
   * What reading a document gave: the item, or the broken rules.
   *
   * @param item the item; {@code null} when a rule was broken
   * @param problems the broken rules, with JSON paths; empty when {@code item} is set
   */
  public record Result(@Nullable NinjsItem item, List<Violation> problems) {}

  /**
   * Parses and checks a document.
   *
   * @param document the JSON text
   * @return the item, or every broken rule
   */
  public Result read(String document) {
    JsonNode root;
    try {
      root = json.readTree(document);
    } catch (JacksonException e) {
      JsonLocation at = e.getLocation();
      String where =
          at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      return new Result(
          null, List.of(new Violation("$", "Json", "is not well-formed JSON" + where)));
    }
    if (!(root instanceof ObjectNode object)) {
      return new Result(
          null, List.of(new Violation("$", "Type", "must be a JSON object (a ninjs item)")));
    }
    Reading reading = new Reading(object);
    NinjsItem item = reading.item();
    if (!reading.problems.isEmpty()) {
      return new Result(null, List.copyOf(reading.problems));
    }
    return new Result(item, List.of());
  }

  /** The state of reading one document. */
  private static final class Reading {
    private final ObjectNode root;
    private final int major;
    private final List<Violation> problems = new ArrayList<>();

    Reading(ObjectNode root) {
      this.root = root;
      this.major = detectMajor(root);
    }

    private static int detectMajor(ObjectNode root) {
      JsonNode standard = root.get("standard");
      if (standard != null && standard.get("version") != null) {
        String declared = standard.get("version").asText("");
        if (declared.startsWith("3")) {
          return 3;
        }
        if (!declared.isEmpty()) {
          return 2;
        }
      }
      for (String key : CAMEL_KEYS) {
        if (root.has(key)) {
          return 3;
        }
      }
      return 2;
    }

    NinjsItem item() {
      String uri = uri();
      long version = version();
      Field versionCreatedField = field(root, "$", "versioncreated", "versionCreated");
      Instant versionCreated = dateTime(versionCreatedField);
      if (version < 0) {
        version = versionCreated == null ? 0 : Math.max(0, versionCreated.toEpochMilli());
      }
      dateTime(field(root, "$", "firstcreated", "firstCreated"));
      checkType();

      Field languageField = field(root, "$", "language", "language");
      Locale language = language(languageField);

      Text headline = headline();
      Text lead = lead();
      Text body = body();

      List<NinjsItem.Named> authors = new ArrayList<>();
      byline(authors);
      List<NinjsItem.Named> persons = new ArrayList<>();
      people(authors, persons);
      names(field(root, "$", "contributors", "contributors"), authors, null);

      List<NinjsItem.Named> topics = new ArrayList<>();
      List<NinjsItem.Named> sections = new ArrayList<>();
      names(field(root, "$", "subjects", "subjects"), topics, sections);
      names(field(root, "$", "subject", "subject"), topics, sections);
      List<NinjsItem.Named> organisations = new ArrayList<>();
      names(field(root, "$", "organisations", "organisations"), organisations, null);
      List<NinjsItem.Named> events = new ArrayList<>();
      names(field(root, "$", "events", "events"), events, null);
      List<NinjsItem.Named> places = new ArrayList<>();
      names(field(root, "$", "places", "places"), places, null);
      names(field(root, "$", "place", "place"), places, null);
      Field locatedField = field(root, "$", "located", "located");
      String locatedName = limited(locatedField, NAME_MAX);
      NinjsItem.Named located =
          locatedName == null || locatedName.isBlank()
              ? null
              : new NinjsItem.Named(locatedName.strip(), locatedField.path());

      List<NinjsItem.SourceRef> sources = sources();
      boolean exclusive = exclusive();
      ImageRead image = featuredImage();

      return new NinjsItem(
          uri,
          version,
          versionCreated,
          major,
          language,
          headline.value,
          lead.value,
          body.value,
          distinct(authors),
          distinct(topics),
          distinct(persons),
          distinct(organisations),
          distinct(events),
          distinct(sections),
          distinct(places),
          located,
          sources,
          exclusive,
          image.image,
          new NinjsItem.Paths(
              headline.path, lead.path, body.path, image.path, languageField.path()));
    }

    // ---------------------------------------------------------------------------------------
    // Identity
    // ---------------------------------------------------------------------------------------

    private String uri() {
      Field f = field(root, "$", "uri", "uri");
      if (f.node() == null || f.node().isNull()) {
        problem("$.uri", "Required", "is required: the item's identifier makes imports idempotent");
        return "";
      }
      if (!f.node().isTextual()) {
        typeProblem(f, "a string");
        return "";
      }
      String uri = f.node().asText().strip();
      if (uri.isEmpty() || uri.length() > ImportSource.MAX_URI_LENGTH) {
        problem(f.path(), "Size", "must have 1 to " + ImportSource.MAX_URI_LENGTH + " characters");
        return "";
      }
      try {
        URI parsed = new URI(uri);
        if (!parsed.isAbsolute()) {
          problem(f.path(), "Uri", "must be an absolute URI with a scheme, such as urn: or https:");
        }
      } catch (URISyntaxException e) {
        problem(f.path(), "Uri", "is not a valid URI: " + e.getReason());
      }
      return uri;
    }

    /** The version given, or -1 when there is none. */
    private long version() {
      Field f = field(root, "$", "version", "version");
      JsonNode node = f.node();
      if (node == null || node.isNull()) {
        return -1;
      }
      if (node.isTextual() && DIGITS.matcher(node.asText().strip()).matches()) {
        return Long.parseLong(node.asText().strip());
      }
      if (node.isIntegralNumber() && node.canConvertToLong() && node.asLong() >= 0) {
        return node.asLong();
      }
      if (node.isTextual() || node.isNumber()) {
        problem(
            f.path(),
            "Version",
            "must be a whole number of at most 18 digits, such as \"3\": newer versions must be"
                + " recognisable");
      } else {
        typeProblem(f, "a string");
      }
      return 0;
    }

    private void checkType() {
      Field f = field(root, "$", "type", "type");
      String type = string(f);
      if (type != null && !type.equals("text")) {
        problem(
            f.path(),
            "TextItem",
            "must be \"text\": only text items can be imported as articles, not \"" + type + "\"");
      }
    }

    private @Nullable Locale language(Field f) {
      String tag = string(f);
      if (tag == null) {
        return null;
      }
      try {
        Locale locale = new Locale.Builder().setLanguageTag(tag.strip()).build();
        if (locale.getLanguage().isEmpty()) {
          problem(f.path(), "Language", "must be a BCP 47 language tag such as \"en\" or \"uk\"");
          return null;
        }
        return locale;
      } catch (IllformedLocaleException e) {
        problem(
            f.path(),
            "Language",
            "must be a BCP 47 language tag such as \"en\" or \"uk\", not \"" + tag + "\"");
        return null;
      }
    }

    // ---------------------------------------------------------------------------------------
    // Texts
    // ---------------------------------------------------------------------------------------

    private Text headline() {
      Text chosen = chooseText(field(root, "$", "headlines", "headlines"), Set.of("main"));
      if (chosen == null) {
        Field single = field(root, "$", "headline", "headline");
        String value = string(single);
        if (value != null) {
          chosen = new Text(value, single.path(), false);
        }
      }
      if (chosen == null) {
        if (!hasProblemUnder("$.headline")) {
          problem("$.headlines", "Required", "must hold a headline: an article needs one");
        }
        return new Text("", "$.headlines", false);
      }
      String text = chosen.html ? htmlToText(chosen.value) : collapse(chosen.value);
      if (text.isBlank()) {
        problem(chosen.path, "NotBlank", "must not be blank: an article needs a headline");
      } else if (text.length() > HEADLINE_MAX) {
        problem(chosen.path, "Size", "must have at most " + HEADLINE_MAX + " characters");
      }
      return new Text(text, chosen.path, false);
    }

    private Text lead() {
      Text chosen =
          chooseText(
              field(root, "$", "descriptions", "descriptions"),
              Set.of("summary", "abstract", "lead", "teaser", "description"));
      if (chosen == null) {
        Field text = field(root, "$", "description_text", "description_text");
        Field html = field(root, "$", "description_html", "description_html");
        String plain = string(text);
        String markup = string(html);
        if (plain != null) {
          chosen = new Text(plain, text.path(), false);
        } else if (markup != null) {
          chosen = new Text(markup, html.path(), true);
        }
      }
      if (chosen == null) {
        return new Text("", "$", false);
      }
      String text = chosen.html ? htmlToText(chosen.value) : collapse(chosen.value);
      if (text.length() > LEAD_MAX) {
        problem(chosen.path, "Size", "must have at most " + LEAD_MAX + " characters");
      }
      return new Text(text, chosen.path, false);
    }

    private Text body() {
      Field bodies = field(root, "$", "bodies", "bodies");
      Text chosen = chooseText(bodies, Set.of("main", "body", "full"));
      if (chosen == null) {
        Field html = field(root, "$", "body_html", "body_html");
        Field text = field(root, "$", "body_text", "body_text");
        String markup = string(html);
        String plain = string(text);
        if (markup != null) {
          chosen = new Text(markup, html.path(), true);
        } else if (plain != null) {
          chosen = new Text(plain, text.path(), false);
        }
      }
      if (chosen == null) {
        return new Text("", "$", true);
      }
      return chosen.html ? chosen : new Text(plainTextToHtml(chosen.value), chosen.path, true);
    }

    /**
     * Picks from an array of {role, contenttype, value} objects the first whose role is one of the
     * preferred ones, else the first; checks the types of every entry on the way.
     */
    private @Nullable Text chooseText(Field array, Set<String> preferredRoles) {
      List<Field> items = array(array);
      Text first = null;
      Text preferred = null;
      for (Field item : items) {
        if (!(item.node() instanceof ObjectNode entry)) {
          typeProblem(item, "an object");
          continue;
        }
        Field value = field(entry, item.path(), "value", "value");
        Field role = field(entry, item.path(), "role", "role");
        Field type = field(entry, item.path(), "contenttype", "contentType");
        String text = string(value);
        String roleName = string(role);
        String contentType = string(type);
        if (value.node() == null || value.node().isNull()) {
          problem(value.path(), "Required", "is required");
          continue;
        }
        if (text == null) {
          continue;
        }
        boolean html = contentType == null || contentType.toLowerCase(Locale.ROOT).contains("html");
        Text candidate = new Text(text, value.path(), html);
        if (first == null) {
          first = candidate;
        }
        if (preferred == null
            && roleName != null
            && preferredRoles.contains(roleName.strip().toLowerCase(Locale.ROOT))) {
          preferred = candidate;
        }
      }
      return preferred != null ? preferred : first;
    }

    // ---------------------------------------------------------------------------------------
    // Names: bylines, people, subjects, places
    // ---------------------------------------------------------------------------------------

    private void byline(List<NinjsItem.Named> authors) {
      Field by = field(root, "$", "by", "by");
      String line = string(by);
      if (line == null) {
        return;
      }
      String rest = BYLINE_PREFIX.matcher(collapse(line)).replaceFirst("");
      for (String name : BYLINE_SEPARATOR.split(rest)) {
        String trimmed = name.strip();
        if (trimmed.isEmpty()) {
          continue;
        }
        if (trimmed.length() > NAME_MAX) {
          problem(by.path(), "Size", "each name must have at most " + NAME_MAX + " characters");
          continue;
        }
        authors.add(new NinjsItem.Named(trimmed, by.path()));
      }
    }

    private void people(List<NinjsItem.Named> authors, List<NinjsItem.Named> persons) {
      for (Field item : array(field(root, "$", "people", "people"))) {
        if (!(item.node() instanceof ObjectNode person)) {
          typeProblem(item, "an object");
          continue;
        }
        NinjsItem.Named named = name(person, item.path());
        String rel = string(field(person, item.path(), "rel", "rel"));
        if (named == null) {
          continue;
        }
        (isAuthor(rel) ? authors : persons).add(named);
      }
    }

    private static boolean isAuthor(@Nullable String rel) {
      if (rel == null) {
        return false;
      }
      String r = rel.strip().toLowerCase(Locale.ROOT);
      // Relations may be plain words or codes and URIs of a vocabulary (".../creator").
      int cut = Math.max(r.lastIndexOf('/'), r.lastIndexOf(':'));
      return AUTHOR_RELATIONS.contains(cut >= 0 ? r.substring(cut + 1) : r);
    }

    /**
     * Reads an array of objects with a name (or a literal) into {@code into}; entries whose {@code
     * rel} is {@code section} go to {@code sections} when given.
     */
    private void names(
        Field array, List<NinjsItem.Named> into, @Nullable List<NinjsItem.Named> sections) {
      for (Field item : array(array)) {
        if (!(item.node() instanceof ObjectNode entry)) {
          typeProblem(item, "an object");
          continue;
        }
        NinjsItem.Named named = name(entry, item.path());
        String rel = string(field(entry, item.path(), "rel", "rel"));
        if (named == null) {
          continue;
        }
        if (sections != null && rel != null && rel.strip().equalsIgnoreCase("section")) {
          sections.add(named);
        } else {
          into.add(named);
        }
      }
    }

    /** The entry's name, else its literal; {@code null} when it has neither (a bare code). */
    private NinjsItem.@Nullable Named name(ObjectNode entry, String path) {
      Field name = field(entry, path, "name", "name");
      Field literal = field(entry, path, "literal", "literal");
      String value = string(name);
      Field used = name;
      if (value == null || value.isBlank()) {
        String lit = string(literal);
        if (lit == null || lit.isBlank()) {
          return null;
        }
        value = lit;
        used = literal;
      }
      String trimmed = collapse(value);
      if (trimmed.length() > NAME_MAX) {
        problem(used.path(), "Size", "must have at most " + NAME_MAX + " characters");
        return null;
      }
      return new NinjsItem.Named(trimmed, used.path());
    }

    private List<NinjsItem.SourceRef> sources() {
      List<NinjsItem.SourceRef> sources = new ArrayList<>();
      for (Field item : array(field(root, "$", "infosources", "infoSources"))) {
        if (!(item.node() instanceof ObjectNode entry)) {
          typeProblem(item, "an object");
          continue;
        }
        NinjsItem.Named named = name(entry, item.path());
        String uri = string(field(entry, item.path(), "uri", "uri"));
        if (named == null) {
          continue;
        }
        sources.add(new NinjsItem.SourceRef(named.name(), httpUrl(uri), named.path()));
      }
      return sources.size() > 50 ? sources.subList(0, 50) : sources;
    }

    private boolean exclusive() {
      boolean exclusive = false;
      for (Field item : array(field(root, "$", "genres", "genres"))) {
        if (!(item.node() instanceof ObjectNode genre)) {
          typeProblem(item, "an object");
          continue;
        }
        String name = string(field(genre, item.path(), "name", "name"));
        String uri = string(field(genre, item.path(), "uri", "uri"));
        String literal = string(field(genre, item.path(), "literal", "literal"));
        for (String value : new String[] {name, uri, literal}) {
          if (value != null
              && (value.strip().equalsIgnoreCase("exclusive")
                  || value.strip().toLowerCase(Locale.ROOT).endsWith("/exclusive")
                  || value.strip().equalsIgnoreCase("genre:Exclusive"))) {
            exclusive = true;
          }
        }
      }
      return exclusive;
    }

    // ---------------------------------------------------------------------------------------
    // Pictures
    // ---------------------------------------------------------------------------------------

    private ImageRead featuredImage() {
      Field associations = field(root, "$", "associations", "associations");
      ImageRead found = null;
      for (Field item : array(associations)) {
        if (!(item.node() instanceof ObjectNode association)) {
          typeProblem(item, "an object");
          continue;
        }
        String type = string(field(association, item.path(), "type", "type"));
        if (type != null && !type.equals("picture") && !type.equals("graphic")) {
          continue;
        }
        ImageRead image = picture(association, item.path());
        if (found == null && image.image != null) {
          found = image;
        }
      }
      return found == null ? new ImageRead(null, "$") : found;
    }

    private ImageRead picture(ObjectNode association, String path) {
      String url = null;
      int width = 0;
      int height = 0;
      for (Field item : array(field(association, path, "renditions", "renditions"))) {
        if (!(item.node() instanceof ObjectNode rendition)) {
          typeProblem(item, "an object");
          continue;
        }
        String href = httpUrl(string(field(rendition, item.path(), "href", "href")));
        String contentType = string(field(rendition, item.path(), "contenttype", "contentType"));
        int w = dimension(field(rendition, item.path(), "width", "width"));
        int h = dimension(field(rendition, item.path(), "height", "height"));
        if (href == null || (contentType != null && !contentType.startsWith("image/"))) {
          continue;
        }
        // The largest rendition is the one a page can scale down from.
        if (url == null || w > width) {
          url = href;
          width = w;
          height = h;
        }
      }
      if (url == null) {
        url = httpUrl(string(field(association, path, "uri", "uri")));
      }
      if (url == null) {
        return new ImageRead(null, path);
      }
      Text alt = chooseText(field(association, path, "headlines", "headlines"), Set.of("main"));
      Text caption =
          chooseText(
              field(association, path, "descriptions", "descriptions"),
              Set.of("caption", "summary"));
      String credit = string(field(association, path, "by", "by"));
      if (credit == null) {
        credit = string(field(association, path, "copyrightholder", "copyrightHolder"));
      }
      String altText = "";
      if (alt != null) {
        altText = plainOf(alt);
        if (altText.length() > ALT_MAX) {
          problem(alt.path, "Size", "must have at most " + ALT_MAX + " characters");
        }
      }
      String captionText = null;
      if (caption != null) {
        captionText = plainOf(caption);
        if (captionText.length() > CAPTION_MAX) {
          problem(caption.path, "Size", "must have at most " + CAPTION_MAX + " characters");
        }
      }
      if (credit != null && credit.length() > CREDIT_MAX) {
        problem(path + ".by", "Size", "must have at most " + CREDIT_MAX + " characters");
      }
      return new ImageRead(
          new Image(
              URI.create(url),
              altText,
              captionText == null || captionText.isBlank() ? null : captionText,
              credit == null || credit.isBlank() ? null : collapse(credit),
              width,
              height),
          path);
    }

    private int dimension(Field f) {
      JsonNode node = f.node();
      if (node == null || node.isNull()) {
        return 0;
      }
      if (!node.isNumber()) {
        typeProblem(f, "a number");
        return 0;
      }
      double value = node.asDouble();
      if (value < 0 || value > 100_000 || value != Math.rint(value)) {
        problem(f.path(), "Range", "must be a whole number of pixels from 0 to 100000");
        return 0;
      }
      return (int) value;
    }

    // ---------------------------------------------------------------------------------------
    // Values
    // ---------------------------------------------------------------------------------------

    private @Nullable Instant dateTime(Field f) {
      String text = string(f);
      if (text == null) {
        return null;
      }
      try {
        return OffsetDateTime.parse(text.strip()).toInstant();
      } catch (DateTimeParseException e) {
        problem(
            f.path(),
            "DateTime",
            "must be an RFC 3339 date-time with an offset, such as 2026-03-14T09:26:53Z");
        return null;
      }
    }

    private @Nullable String limited(Field f, int max) {
      String value = string(f);
      if (value != null && value.strip().length() > max) {
        problem(f.path(), "Size", "must have at most " + max + " characters");
        return null;
      }
      return value;
    }

    /** The string value; {@code null} when absent, null or of another type (then a problem). */
    private @Nullable String string(Field f) {
      JsonNode node = f.node();
      if (node == null || node.isNull()) {
        return null;
      }
      if (!node.isTextual()) {
        typeProblem(f, "a string");
        return null;
      }
      return node.asText();
    }

    /** The elements of an array field; empty when absent, or of another type (then a problem). */
    private List<Field> array(Field f) {
      JsonNode node = f.node();
      if (node == null || node.isNull()) {
        return List.of();
      }
      if (!node.isArray()) {
        typeProblem(f, "an array");
        return List.of();
      }
      List<Field> items = new ArrayList<>();
      for (int i = 0; i < node.size(); i++) {
        items.add(new Field(f.path() + "[" + i + "]", node.get(i)));
      }
      return items;
    }

    /** A field of an object in the document's spelling, else in the other version's. */
    private Field field(ObjectNode object, String path, String lower, String camel) {
      String first = major == 3 ? camel : lower;
      String second = major == 3 ? lower : camel;
      if (object.has(first)) {
        return new Field(path + "." + first, object.get(first));
      }
      if (object.has(second)) {
        return new Field(path + "." + second, object.get(second));
      }
      return new Field(path + "." + first, null);
    }

    private void typeProblem(Field f, String expected) {
      problem(f.path(), "Type", "must be " + expected + ", not " + describe(f.node()));
    }

    private static String describe(@Nullable JsonNode node) {
      if (node == null) {
        return "missing";
      }
      return switch (node.getNodeType()) {
        case ARRAY -> "an array";
        case OBJECT, POJO -> "an object";
        case STRING -> "a string";
        case NUMBER -> "a number";
        case BOOLEAN -> "a boolean";
        default -> "null";
      };
    }

    private boolean hasProblemUnder(String path) {
      return problems.stream().anyMatch(p -> p.path().startsWith(path));
    }

    private void problem(String path, String rule, String message) {
      problems.add(new Violation(path, rule, message));
    }

    private String plainOf(Text text) {
      return text.html ? htmlToText(text.value) : collapse(text.value);
    }
  }

  /** A value found at a JSON path; {@code node} is {@code null} when the field is absent. */
  private record Field(String path, @Nullable JsonNode node) {}

  /** A text with its path and whether it is markup. */
  private record Text(String value, String path, boolean html) {}

  /** A featured image (or none) and the path of the association it came from. */
  private record ImageRead(@Nullable Image image, String path) {}

  /** The names without repeats (compared ignoring case), in their first order. */
  private static List<NinjsItem.Named> distinct(List<NinjsItem.Named> names) {
    Map<String, NinjsItem.Named> seen = new LinkedHashMap<>();
    for (NinjsItem.Named named : names) {
      seen.putIfAbsent(named.name().toLowerCase(Locale.ROOT), named);
    }
    return List.copyOf(seen.values());
  }

  /** An http(s) URL of acceptable length, or {@code null}. */
  private static @Nullable String httpUrl(@Nullable String value) {
    if (value == null) {
      return null;
    }
    String url = value.strip();
    if (url.length() > URL_MAX) {
      return null;
    }
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme();
      if (scheme != null
          && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
          && uri.getHost() != null) {
        return url;
      }
    } catch (URISyntaxException e) {
      return null;
    }
    return null;
  }

  private static String htmlToText(String html) {
    return collapse(Jsoup.parseBodyFragment(html).text());
  }

  private static String collapse(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  /** A plain-text body as paragraphs: one per run of text between blank lines. */
  private static String plainTextToHtml(String text) {
    StringBuilder html = new StringBuilder();
    for (String paragraph : text.split("\\R\\s*\\R")) {
      String collapsed = collapse(paragraph);
      if (!collapsed.isEmpty()) {
        html.append("<p>").append(Entities.escape(collapsed)).append("</p>");
      }
    }
    return html.toString();
  }
}
