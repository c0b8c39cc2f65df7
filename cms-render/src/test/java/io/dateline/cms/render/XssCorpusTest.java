package io.dateline.cms.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import io.dateline.cms.ArticleListing;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.ArticleStatus;
import io.dateline.cms.model.Author;
import io.dateline.cms.model.AuthorId;
import io.dateline.cms.model.Block;
import io.dateline.cms.model.Image;
import io.dateline.cms.model.LocalizedText;
import io.dateline.cms.model.Location;
import io.dateline.cms.model.LocationId;
import io.dateline.cms.model.LocationKind;
import io.dateline.cms.model.Mark;
import io.dateline.cms.model.References;
import io.dateline.cms.model.Section;
import io.dateline.cms.model.SectionId;
import io.dateline.cms.model.Seo;
import io.dateline.cms.model.Source;
import io.dateline.cms.model.Span;
import io.dateline.cms.model.Tag;
import io.dateline.cms.model.TagId;
import io.dateline.cms.model.TagKind;
import io.dateline.cms.model.Tenant;
import io.dateline.cms.query.PageCursor;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Known XSS vectors in every text field and block kind")
class XssCorpusTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> URL_ATTRIBUTES =
      Set.of(
          "href",
          "src",
          "action",
          "formaction",
          "data",
          "poster",
          "cite",
          "background",
          "srcset",
          "xlink:href",
          "dynsrc",
          "lowsrc");

  /** SVG animation attributes: their values are copied into the attribute the animation targets. */
  private static final Set<String> ANIMATION_VALUES = Set.of("values", "from", "to", "by");

  private static final Set<String> FORBIDDEN_ELEMENTS =
      Set.of("iframe", "object", "embed", "base", "frame", "frameset", "svg", "math", "form");
  private static final Pattern ESCAPE = Pattern.compile("\\\\u([0-9a-fA-F]{4})");

  private final DatelineRenderer renderer = DatelineRenderer.builder().build();

  static List<String> vectors() throws IOException {
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                XssCorpusTest.class.getResourceAsStream("/xss-vectors.txt"),
                StandardCharsets.UTF_8))) {
      return in.lines()
          .filter(l -> !l.startsWith("#") && !l.isEmpty())
          .map(XssCorpusTest::unescape)
          .collect(Collectors.toList());
    }
  }

  @Test
  @DisplayName("the corpus holds at least 50 vectors")
  void corpusSize() throws IOException {
    assertThat(vectors()).hasSizeGreaterThanOrEqualTo(50);
  }

  @Test
  @DisplayName("the checker itself notices a handler, a script and a script URL")
  void checkerWorks() {
    for (String bad :
        List.of(
            "<img src=x onerror=alert(1)>",
            "<script>alert(1)</script>",
            "<a href=' JaVa\tScRiPt:alert(1)'>x</a>",
            "<p><animate attributename=x values='0;javascript:alert(1)'></p>",
            "<p><set attributename=' xlink:HREF' to=1></p>",
            "<p><animate attributename=x from=' data:text/html,x'></p>")) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> assertSafe(Jsoup.parse(bad), bad))
          .isInstanceOf(AssertionError.class);
    }
  }

  @Nested
  @DisplayName("an article page")
  class ArticlePages {
    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("io.dateline.cms.render.XssCorpusTest#vectors")
    @DisplayName("has no script, event handler or script URL")
    void safe(String vector) throws Exception {
      Hostile h = new Hostile(vector);
      String html = renderer.articlePage(h.articleView(renderer));
      assertSafe(Jsoup.parse(html), vector);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("io.dateline.cms.render.XssCorpusTest#vectors")
    @DisplayName("shows the text fields as text")
    void textSurvives(String vector) {
      Hostile h = new Hostile(vector);
      Document doc = Jsoup.parse(renderer.articlePage(h.articleView(renderer)));
      String expected = vector.replace("\r", "");
      if (vector.indexOf('\0') < 0) {
        assertThat(doc.selectFirst("h1").wholeText()).isEqualTo(expected);
        assertThat(doc.selectFirst("div.body h2").wholeText()).isEqualTo(expected);
        assertThat(doc.selectFirst("figure.quote figcaption").wholeText()).isEqualTo(expected);
      }
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("io.dateline.cms.render.XssCorpusTest#vectors")
    @DisplayName("keeps JSON-LD valid JSON that holds the headline exactly")
    void jsonLd(String vector) throws Exception {
      Hostile h = new Hostile(vector);
      Document doc = Jsoup.parse(renderer.articlePage(h.articleView(renderer)));
      Element script = doc.selectFirst("script[type=application/ld+json]");
      JsonNode node = JSON.readTree(script.data());
      assertThat(node.get("headline").asText()).isEqualTo(vector);
      assertThat(node.get("publisher").get("name").asText()).isEqualTo(vector);
    }
  }

  @Nested
  @DisplayName("a listing page and a most-read block")
  class Listings {
    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("io.dateline.cms.render.XssCorpusTest#vectors")
    @DisplayName("have no script, event handler or script URL")
    void safe(String vector) throws Exception {
      Hostile h = new Hostile(vector);
      ArticleListing listing = h.listing();
      Map<ArticleId, Long> views = Map.of(h.article.id(), 7L);
      ListingView view =
          renderer
              .listing(h.tenant, ListingSubject.of(h.tag), listing)
              .viewCounts(views)
              .locale(Locale.ENGLISH)
              .mostRead(renderer.mostRead(h.tenant, listing, views, Locale.ENGLISH, 5))
              .build();
      assertSafe(Jsoup.parse(renderer.listingPage(view)), vector);
      assertSafe(
          Jsoup.parse(
              renderer.mostReadBlock(
                  renderer.mostRead(h.tenant, listing, views, Locale.ENGLISH, 5), Locale.ENGLISH)),
          vector);
    }
  }

  @Nested
  @DisplayName("an error page and the tenant index")
  class SitePages {
    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("io.dateline.cms.render.XssCorpusTest#vectors")
    @DisplayName("have no script, event handler or script URL, and show the names as text")
    void safe(String vector) throws Exception {
      Hostile h = new Hostile(vector);
      Document error =
          Jsoup.parse(
              new String(
                  renderer.errorPageBytes(h.tenant, 404, Locale.ENGLISH, null),
                  StandardCharsets.UTF_8));
      assertSafe(error, vector);
      Document index =
          Jsoup.parse(
              new String(
                  renderer.tenantsPageBytes(List.of(h.tenant), Locale.ENGLISH),
                  StandardCharsets.UTF_8));
      assertSafe(index, vector);
      if (vector.indexOf('\0') < 0) {
        String expected = vector.replace("\r", "");
        assertThat(error.selectFirst(".site-header a").wholeText()).isEqualTo(expected);
        assertThat(index.selectFirst("a.publication").wholeText()).isEqualTo(expected);
        assertThat(index.selectFirst(".tenant .name").wholeText()).isEqualTo(expected);
      }
    }
  }

  @Nested
  @DisplayName("a feed")
  class Feeds {
    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("io.dateline.cms.render.XssCorpusTest#vectors")
    @DisplayName("stays parseable, and readers get the lead as text, never as markup")
    void safe(String vector) throws Exception {
      Hostile h = new Hostile(vector);
      String rss = renderer.rss(h.tenant, FeedScope.tag(h.tag, Locale.ENGLISH), h.listing());
      SyndEntry item = new SyndFeedInput().build(new StringReader(rss)).getEntries().get(0);
      // RSS readers treat a description as HTML: it must parse to text only.
      Document description = Jsoup.parseBodyFragment(item.getDescription().getValue());
      assertThat(description.body().children()).isEmpty();
      assertThat(item.getLink()).startsWith("https://unn.example/");

      String atom = renderer.atom(h.tenant, FeedScope.tag(h.tag, Locale.ENGLISH), h.listing());
      SyndFeed feed = new SyndFeedInput().build(new StringReader(atom));
      // Atom says so explicitly: type="text" is shown as is, whatever it contains.
      assertThat(feed.getEntries().get(0).getDescription().getType()).isEqualTo("text");
      assertThat(feed.getEntries().get(0).getLink()).startsWith("https://unn.example/");
    }
  }

  @Nested
  @DisplayName("a theme hook writing an inline SVG with animations")
  class SvgAnimations {
    /**
     * Writes each embed as an SVG icon whose link is animated: the embed's title becomes the
     * animation values and its provider the animated attribute's name, as a theme might do with
     * data it trusts too much. The output must drop whatever would set a script URL.
     */
    private final DatelineRenderer withIcons =
        DatelineRenderer.builder()
            .blockRenderer(
                new io.dateline.cms.render.spi.BlockRenderer<Block.Embed>() {
                  @Override
                  public Class<Block.Embed> blockType() {
                    return Block.Embed.class;
                  }

                  @Override
                  public void render(
                      Block.Embed block,
                      io.dateline.cms.render.spi.BlockContext context,
                      io.dateline.cms.render.spi.HtmlOutput out) {
                    String v = block.title();
                    out.open("svg", "class", "icon", "viewbox", "0 0 10 10")
                        .open("a", "href", "https://ok.example/")
                        .empty("animate", "attributename", "href", "values", v, "dur", "1s")
                        .empty("animate", "attributename", "href", "from", v, "to", v, "by", v)
                        .empty("set", "attributename", "href", "to", v)
                        .empty("set", "attributename", block.provider(), "to", "javascript:x()")
                        .close("a")
                        .close("svg");
                  }
                })
            .build();

    static List<String> animationVectors() {
      return List.of(
          "javascript:alert(1)",
          " JaVaScRiPt:alert(1)",
          "java\tscript:alert(1)",
          "\u0001javascript:alert(1)",
          "0;javascript:alert(1)",
          "https://ok.example/; javascript:alert(1)",
          "vbscript:msgbox(1)",
          "data:text/html,<script>alert(1)</script>",
          "DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
          "href",
          " HREF",
          "xlink:href",
          "formaction",
          "src");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("io.dateline.cms.render.XssCorpusTest$SvgAnimations#animationVectors")
    @DisplayName("never lets an animation set a script URL or animate a URL attribute")
    void animationsCannotSetScriptUrls(String escaped) throws Exception {
      String vector = unescape(escaped);
      Article article =
          SampleNews.article()
              .body(List.of(new Block.Embed(URI.create("https://ok.example/e"), vector, vector)))
              .build();
      ArticleView view =
          withIcons.article(SampleNews.TENANT, article, SampleNews.REFERENCES).build();
      Document doc = Jsoup.parse(withIcons.articlePage(view));

      assertThat(doc.select("svg.icon animate, svg.icon set")).hasSize(4);
      Set<String> forbidden = new java.util.HashSet<>(FORBIDDEN_ELEMENTS);
      forbidden.remove("svg");
      assertSafe(doc, vector, forbidden);
    }

    @Test
    @DisplayName("keeps harmless animation values and targets")
    void harmlessAnimationsSurvive() {
      Article article =
          SampleNews.article()
              .body(List.of(new Block.Embed(URI.create("https://ok.example/e"), "opacity", "0;1")))
              .build();
      Document doc =
          Jsoup.parse(
              withIcons.articlePage(
                  withIcons.article(SampleNews.TENANT, article, SampleNews.REFERENCES).build()));

      assertThat(doc.select("svg.icon animate").eachAttr("values")).containsExactly("0;1");
      assertThat(doc.select("svg.icon set").eachAttr("attributename")).contains("opacity");
    }
  }

  static void assertSafe(Document doc, String vector) throws Exception {
    assertSafe(doc, vector, FORBIDDEN_ELEMENTS);
  }

  /**
   * The checks, with the elements that may not appear at all: pages from the default theme may hold
   * no SVG, but a theme's hook may write an inline SVG icon, whose attributes are then checked like
   * any other.
   */
  static void assertSafe(Document doc, String vector, Set<String> forbiddenElements)
      throws Exception {
    for (Element script : doc.select("script")) {
      assertThat(script.attr("type"))
          .as("script element for %s", vector)
          .isEqualTo("application/ld+json");
      assertThat(script.data()).doesNotContain("<");
      JSON.readTree(script.data());
    }
    for (Element e : doc.getAllElements()) {
      assertThat(forbiddenElements)
          .as("element <%s> for %s", e.tagName(), vector)
          .doesNotContain(e.tagName());
      if (e.tagName().equals("meta")) {
        assertThat(e.hasAttr("http-equiv")).as("meta refresh for %s", vector).isFalse();
      }
      for (Attribute a : e.attributes()) {
        String name = a.getKey().toLowerCase(Locale.ROOT);
        assertThat(name)
            .as("event handler on <%s> for %s", e.tagName(), vector)
            .doesNotStartWith("on");
        assertThat(name).as("style on <%s> for %s", e.tagName(), vector).isNotEqualTo("style");
        if (URL_ATTRIBUTES.contains(name)) {
          String url = normalize(a.getValue());
          assertThat(url)
              .as("%s of <%s> for %s", name, e.tagName(), vector)
              .doesNotStartWith("javascript:")
              .doesNotStartWith("vbscript:")
              .doesNotStartWith("data:")
              .doesNotStartWith("//");
        }
        if (ANIMATION_VALUES.contains(name)) {
          for (String item : a.getValue().split(";", -1)) {
            assertThat(normalize(item))
                .as("animation %s of <%s> for %s", name, e.tagName(), vector)
                .doesNotStartWith("javascript:")
                .doesNotStartWith("vbscript:")
                .doesNotStartWith("data:");
          }
        }
        if (name.equals("attributename")) {
          String target = normalize(a.getValue());
          assertThat(URL_ATTRIBUTES)
              .as("animation of a URL attribute on <%s> for %s", e.tagName(), vector)
              .doesNotContain(target, target.substring(target.indexOf(':') + 1));
        }
      }
    }
  }

  /** What a browser would see as the scheme: controls and whitespace are stripped. */
  private static String normalize(String url) {
    StringBuilder out = new StringBuilder();
    url.codePoints()
        .filter(c -> c > 0x20 && c != 0x7f)
        .forEach(c -> out.appendCodePoint(Character.toLowerCase(c)));
    return out.toString().replace('\\', '/');
  }

  private static String unescape(String line) {
    Matcher m = ESCAPE.matcher(line);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(
          out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** A tenant and an article with the same hostile value in every field. */
  static final class Hostile {
    final Tenant tenant;
    final Author author;
    final Section section;
    final Tag tag;
    final Location place;
    final Article article;
    final References references;
    final String vector;

    Hostile(String v) {
      vector = v;
      tenant =
          Tenant.builder(
                  SampleNews.TENANT_ID,
                  v,
                  SampleNews.UK,
                  SampleNews.TENANT.timeZone(),
                  SampleNews.TENANT.baseUrl())
              .publicationName(v)
              .supportedLocales(Set.of(SampleNews.UK, Locale.ENGLISH))
              .build();
      LocalizedText name = LocalizedText.of("uk", v, "en", v);
      author = new Author(tenant.id(), AuthorId.random(), v, name, name, v, uri(v));
      section = new Section(tenant.id(), SectionId.random(), v, name, null, 0);
      tag = new Tag(tenant.id(), TagId.random(), TagKind.TOPIC, v, name);
      place = new Location(tenant.id(), LocationId.random(), LocationKind.CITY, v, name, null);
      Image image = new Image(uri(v), v, v, v, 10, 10);
      List<Block> body =
          List.of(
              new Block.Paragraph(
                  List.of(
                      Span.text(v),
                      Span.link(v, v),
                      new Span(v, Set.of(Mark.BOLD, Mark.ITALIC), v),
                      Span.link("safe text", "https://ok.example/?q=" + v.hashCode()))),
              new Block.Heading(2, v),
              Block.Quote.of(v, v),
              new Block.ListBlock(true, List.of(List.of(Span.text(v)), List.of(Span.link(v, v)))),
              new Block.ImageBlock(image),
              new Block.Embed(uri(v), v, v),
              new Block.Divider(),
              new Block.RawHtml(v));
      article =
          Article.builder()
              .tenantId(tenant.id())
              .id(ArticleId.random())
              .slug(v)
              .language(Locale.ENGLISH)
              .headline(v)
              .lead(v)
              .body(body)
              .authors(List.of(author.id()))
              .sections(List.of(section.id()))
              .tags(List.of(tag.id()))
              .dateline(place.id())
              .places(List.of(place.id()))
              .sources(List.of(new Source(v, uri(v))))
              .exclusive(true)
              .featuredImage(image)
              .seo(new Seo(null, v, uri(v), false))
              .status(ArticleStatus.PUBLISHED)
              .publishAt(SampleNews.PUBLISHED)
              .createdAt(SampleNews.PUBLISHED)
              .updatedAt(SampleNews.PUBLISHED.plusSeconds(7200))
              .build();
      references = new References(List.of(author), List.of(tag), List.of(section), List.of(place));
    }

    ArticleView articleView(DatelineRenderer renderer) {
      Article translation =
          article.toBuilder()
              .id(ArticleId.random())
              .language(SampleNews.UK)
              .translationKey(article.translationKey())
              .build();
      return renderer
          .article(tenant, article, references)
          .viewCount(5)
          .translations(List.of(translation))
          .locale(Locale.ENGLISH)
          .beaconUrl(vector)
          .build();
    }

    ArticleListing listing() {
      return new ArticleListing(
          List.of(article), references, new PageCursor(SampleNews.PUBLISHED, article.id()));
    }

    /** The value as a URI when it parses as one, else inside the path of a harmless one. */
    private static URI uri(String v) {
      try {
        return new URI(v);
      } catch (URISyntaxException e) {
        try {
          return new URI("https", "img.example", "/" + v, null);
        } catch (URISyntaxException again) {
          return URI.create("https://img.example/fallback");
        }
      }
    }
  }
}
