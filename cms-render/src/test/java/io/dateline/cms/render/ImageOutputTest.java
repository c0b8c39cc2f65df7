package io.dateline.cms.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dateline.cms.ArticleListing;
import io.dateline.cms.media.CropRatio;
import io.dateline.cms.media.FocalPoint;
import io.dateline.cms.media.ImageAsset;
import io.dateline.cms.media.ImageId;
import io.dateline.cms.media.RenditionPaths;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.Block;
import io.dateline.cms.model.Image;
import io.dateline.cms.model.LocalizedText;
import io.dateline.cms.model.References;
import io.dateline.cms.model.Tenant;
import io.dateline.cms.spi.Rendition;
import io.dateline.cms.spi.RenditionUrls;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Image assets in the output")
class ImageOutputTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Deterministic rendition URLs, the way an image CDN would build them. */
  private static final RenditionUrls CDN =
      (asset, ratio, width) ->
          new Rendition(
              URI.create("https://img.test/" + asset.id() + "/" + ratio.token() + "/" + width),
              width,
              ratio.heightFor(width, asset));

  private static final ImageAsset LEAD =
      asset("2f1e0a58-4c1a-4bde-9d0b-5b3f5e0a0001", 3000, 2000, "Delegations at a table", "Geneva");
  private static final ImageAsset INLINE =
      asset("2f1e0a58-4c1a-4bde-9d0b-5b3f5e0a0002", 1600, 1200, "A map of the front", "");
  private static final ImageAsset PORTRAIT =
      asset("2f1e0a58-4c1a-4bde-9d0b-5b3f5e0a0003", 800, 800, "Olena Marchenko", "");
  private static final ImageAsset LOGO =
      asset("2f1e0a58-4c1a-4bde-9d0b-5b3f5e0a0004", 600, 160, "UNN", "");
  private static final ImageAsset ICON =
      asset("2f1e0a58-4c1a-4bde-9d0b-5b3f5e0a0005", 512, 512, "UNN", "");

  private static final Tenant TENANT =
      SampleNews.TENANT.toBuilder().logo(LOGO.id()).icon(ICON.id()).twitterSite("@unn").build();

  private static final References REFS =
      new References(
          Map.of(
              SampleNews.AUTHOR.id(),
              SampleNews.AUTHOR.withPhoto(PORTRAIT.id()),
              SampleNews.SECOND_AUTHOR.id(),
              SampleNews.SECOND_AUTHOR),
          SampleNews.REFERENCES.tags(),
          SampleNews.REFERENCES.sections(),
          SampleNews.REFERENCES.locations(),
          Map.of(
              LEAD.id(),
              LEAD,
              INLINE.id(),
              INLINE,
              PORTRAIT.id(),
              PORTRAIT,
              LOGO.id(),
              LOGO,
              ICON.id(),
              ICON));

  private final DatelineRenderer renderer = DatelineRenderer.builder().renditionUrls(CDN).build();

  private static ImageAsset asset(String id, int width, int height, String alt, String caption) {
    return new ImageAsset(
        SampleNews.TENANT_ID,
        ImageId.parse(id),
        "blobs/" + id,
        "image/jpeg",
        width,
        height,
        123_456,
        "ab".repeat(32),
        LocalizedText.of("en", alt),
        caption.isEmpty() ? LocalizedText.empty() : LocalizedText.of("en", caption),
        "Photo: UNN",
        null,
        null,
        FocalPoint.CENTER,
        Instant.parse("2026-11-27T08:00:00Z"));
  }

  private static Article article() {
    List<Block> body = new ArrayList<>(SampleNews.body());
    body.add(2, new Block.ImageBlock(Image.ofAsset(INLINE.id(), "")));
    return SampleNews.article().featuredImage(Image.ofAsset(LEAD.id(), "")).body(body).build();
  }

  private Document page() {
    ArticleView view = renderer.article(TENANT, article(), REFS).locale(SampleNews.EN).build();
    return Jsoup.parse(renderer.articlePage(view));
  }

  private JsonNode jsonLd() throws Exception {
    return JSON.readTree(page().selectFirst("script[type=application/ld+json]").data());
  }

  private static String meta(Document doc, String key) {
    Element e = doc.selectFirst("meta[property=" + key + "], meta[name=" + key + "]");
    return e == null ? null : e.attr("content");
  }

  @Nested
  @DisplayName("in the article's structured data")
  class StructuredData {
    @Test
    @DisplayName("the lead image is three ImageObjects, 16:9, 4:3 and 1:1, at least 1200 px wide")
    void imageSet() throws Exception {
      JsonNode images = jsonLd().get("image");
      assertThat(images).hasSize(3);
      List<String> ratios = new ArrayList<>();
      for (JsonNode image : images) {
        assertThat(image.get("@type").asText()).isEqualTo("ImageObject");
        int width = image.get("width").asInt();
        int height = image.get("height").asInt();
        assertThat(width).isGreaterThanOrEqualTo(1200);
        assertThat(image.get("url").asText())
            .isEqualTo("https://img.test/" + LEAD.id() + "/" + ratio(width, height) + "/" + width);
        ratios.add(ratio(width, height));
      }
      assertThat(ratios).containsExactly("16x9", "4x3", "1x1");
      assertThat(images.get(0).get("width").asInt()).isEqualTo(1280);
      assertThat(images.get(0).get("height").asInt()).isEqualTo(720);
      assertThat(images.get(0).get("caption").asText()).isEqualTo("Geneva");
      assertThat(images.get(0).get("creditText").asText()).isEqualTo("Photo: UNN");
    }

    @Test
    @DisplayName("the publisher has its logo, uncropped")
    void publisherLogo() throws Exception {
      JsonNode logo = jsonLd().get("publisher").get("logo");
      assertThat(logo.get("@type").asText()).isEqualTo("ImageObject");
      assertThat(logo.get("url").asText())
          .isEqualTo("https://img.test/" + LOGO.id() + "/original/1280");
      assertThat(logo.get("width").asInt()).isEqualTo(1280);
      assertThat(logo.get("height").asInt()).isEqualTo(341);
    }

    @Test
    @DisplayName("an author with a portrait has it as image; one without has none")
    void authorImage() throws Exception {
      JsonNode authors = jsonLd().get("author");
      assertThat(authors.get(0).get("image").get("url").asText())
          .isEqualTo("https://img.test/" + PORTRAIT.id() + "/1x1/1280");
      assertThat(authors.get(1).has("image")).isFalse();
    }

    private String ratio(int width, int height) {
      if (width == height) {
        return "1x1";
      }
      return width * 9 == height * 16 ? "16x9" : width * 3 == height * 4 ? "4x3" : "?";
    }
  }

  @Nested
  @DisplayName("in the social tags")
  class SocialTags {
    @Test
    @DisplayName("og:image is the 16:9 crop with its width, height and alt text")
    void openGraph() {
      Document doc = page();
      assertThat(meta(doc, "og:image")).isEqualTo("https://img.test/" + LEAD.id() + "/16x9/1280");
      assertThat(meta(doc, "og:image:width")).isEqualTo("1280");
      assertThat(meta(doc, "og:image:height")).isEqualTo("720");
      assertThat(meta(doc, "og:image:alt")).isEqualTo("Delegations at a table");
    }

    @Test
    @DisplayName("Twitter gets a large-image card and the tenant's account")
    void twitter() {
      Document doc = page();
      assertThat(meta(doc, "twitter:card")).isEqualTo("summary_large_image");
      assertThat(meta(doc, "twitter:site")).isEqualTo("@unn");
      assertThat(meta(doc, "twitter:image"))
          .isEqualTo("https://img.test/" + LEAD.id() + "/16x9/1280");
      assertThat(meta(doc, "twitter:image:alt")).isEqualTo("Delegations at a table");
    }

    @Test
    @DisplayName("a tenant without an account has no twitter:site")
    void noTwitterSite() {
      ArticleView view =
          renderer
              .article(TENANT.toBuilder().twitterSite(null).build(), article(), REFS)
              .locale(SampleNews.EN)
              .build();
      Document doc = Jsoup.parse(renderer.articlePage(view));
      assertThat(meta(doc, "twitter:site")).isNull();
    }
  }

  @Nested
  @DisplayName("in the page's markup")
  class Markup {
    @Test
    @DisplayName("the lead image is a picture with srcset, sizes, width and height, fetched first")
    void leadImage() {
      Element picture = page().selectFirst("figure.featured picture");
      Element source = picture.selectFirst("source");
      assertThat(source.attr("srcset"))
          .startsWith("https://img.test/" + LEAD.id() + "/4x3/320 320w, ")
          .endsWith("/4x3/1600 1600w");
      Element img = picture.selectFirst("img");
      assertThat(img.attr("srcset")).contains("/16x9/640 640w").contains("/16x9/1600 1600w");
      assertThat(img.attr("sizes")).isNotEmpty();
      assertThat(img.attr("width")).isEqualTo("320");
      assertThat(img.attr("height")).isEqualTo("180");
      assertThat(img.attr("alt")).isEqualTo("Delegations at a table");
      assertThat(img.attr("fetchpriority")).isEqualTo("high");
      assertThat(img.hasAttr("loading")).isFalse();
      assertThat(page().selectFirst("figure.featured figcaption").text())
          .isEqualTo("Geneva Photo: UNN");
    }

    @Test
    @DisplayName("a body image keeps its shape, loads lazily and shows the asset's alt and credit")
    void bodyImage() {
      Element img = page().selectFirst(".body figure.image img");
      assertThat(img.attr("src")).isEqualTo("https://img.test/" + INLINE.id() + "/original/1280");
      assertThat(img.attr("srcset")).contains("/original/320 320w");
      assertThat(img.attr("width")).isEqualTo("320");
      assertThat(img.attr("height")).isEqualTo("240");
      assertThat(img.attr("loading")).isEqualTo("lazy");
      assertThat(img.attr("alt")).isEqualTo("A map of the front");
      assertThat(page().selectFirst(".body figure.image .credit").text()).isEqualTo("Photo: UNN");
    }

    @Test
    @DisplayName("a gallery is a figure of sized, lazily loaded images with its caption last")
    void gallery() {
      List<Block> body = new ArrayList<>(SampleNews.body());
      body.add(
          1,
          new Block.GalleryBlock(
              List.of(
                  Image.ofAsset(INLINE.id(), ""),
                  new Image(
                      URI.create("https://cdn.example/crowd.jpg"),
                      "A crowd <on> the square",
                      "Evening",
                      "AP",
                      1024,
                      768),
                  Image.ofAsset(ImageId.random(), "An asset that was deleted"),
                  new Image(null, "", "Own caption", null, 0, 0, LEAD.id())),
              "Two days in Geneva"));
      ArticleView view =
          renderer
              .article(TENANT, SampleNews.article().body(body).build(), REFS)
              .locale(SampleNews.EN)
              .build();
      Document doc = Jsoup.parse(renderer.articlePage(view));

      Element gallery = doc.selectFirst(".body figure.gallery");
      assertThat(gallery).isNotNull();
      List<Element> images = gallery.select("figure.gallery-image img");
      assertThat(images).hasSize(3);
      assertThat(images)
          .allSatisfy(
              img -> {
                assertThat(img.attr("loading")).isEqualTo("lazy");
                assertThat(img.attr("width")).isNotEmpty();
                assertThat(img.attr("height")).isNotEmpty();
              });
      assertThat(images.get(0).attr("src"))
          .isEqualTo("https://img.test/" + INLINE.id() + "/original/1280");
      assertThat(images.get(0).attr("srcset")).contains("/original/320 320w");
      assertThat(images.get(0).attr("width")).isEqualTo("320");
      assertThat(images.get(0).attr("height")).isEqualTo("240");
      assertThat(images.get(0).attr("alt")).isEqualTo("A map of the front");
      assertThat(images.get(1).attr("src")).isEqualTo("https://cdn.example/crowd.jpg");
      assertThat(images.get(1).attr("width")).isEqualTo("1024");
      assertThat(images.get(1).attr("height")).isEqualTo("768");
      assertThat(images.get(1).attr("alt")).isEqualTo("A crowd <on> the square");
      assertThat(images.get(2).attr("src")).startsWith("https://img.test/" + LEAD.id() + "/");
      assertThat(gallery.select("figure.gallery-image figcaption"))
          .extracting(Element::ownText)
          .containsExactly("", "Evening", "Own caption");
      assertThat(gallery.select("figure.gallery-image figcaption .credit"))
          .extracting(Element::text)
          .containsExactly("Photo: UNN", "AP", "Photo: UNN");
      Element caption = gallery.children().last();
      assertThat(caption.tagName()).isEqualTo("figcaption");
      assertThat(caption.text()).isEqualTo("Two days in Geneva");
    }

    @Test
    @DisplayName("the tenant's icon is the favicon and the touch icon")
    void icons() {
      Document doc = page();
      assertThat(doc.selectFirst("link[rel=icon]").attr("href"))
          .isEqualTo("https://img.test/" + ICON.id() + "/1x1/320");
      assertThat(doc.selectFirst("link[rel=apple-touch-icon]").attr("href"))
          .isEqualTo("https://img.test/" + ICON.id() + "/1x1/320");
    }

    @Test
    @DisplayName("listing cards have 4:3 thumbnails, the first fetched eagerly and the rest lazily")
    void listingThumbnails() {
      List<Article> articles = new ArrayList<>();
      for (Article a : SampleNews.headlines(3)) {
        articles.add(a.toBuilder().featuredImage(Image.ofAsset(LEAD.id(), "")).build());
      }
      ListingView view =
          renderer
              .listing(TENANT, ListingSubject.latest(), new ArticleListing(articles, REFS, null))
              .locale(SampleNews.UK)
              .build();
      Document doc = Jsoup.parse(renderer.listingPage(view));
      List<Element> thumbs = doc.select("ol.headlines img.thumb");
      assertThat(thumbs).hasSize(3);
      assertThat(thumbs.get(0).attr("loading")).isEqualTo("eager");
      assertThat(thumbs.get(0).attr("fetchpriority")).isEqualTo("high");
      assertThat(thumbs.subList(1, 3))
          .allSatisfy(t -> assertThat(t.attr("loading")).isEqualTo("lazy"));
      assertThat(thumbs.get(1).attr("src")).isEqualTo("https://img.test/" + LEAD.id() + "/4x3/320");
      assertThat(thumbs.get(1).attr("width")).isEqualTo("320");
      assertThat(thumbs.get(1).attr("height")).isEqualTo("240");
      assertThat(doc.selectFirst("link[rel=icon]")).isNotNull();
    }

    @Test
    @DisplayName("an image whose asset was not loaded is left out, not broken")
    void missingAsset() {
      ArticleView view =
          renderer.article(TENANT, article(), SampleNews.REFERENCES).locale(SampleNews.EN).build();
      Document doc = Jsoup.parse(renderer.articlePage(view));
      assertThat(doc.select("figure.featured, figure.image")).isEmpty();
      assertThat(meta(doc, "og:image")).isNull();
      assertThat(meta(doc, "twitter:card")).isEqualTo("summary");
    }
  }

  @Nested
  @DisplayName("in feeds")
  class Feeds {
    private ArticleListing listing() {
      Article a = article().toBuilder().language(SampleNews.UK).build();
      return new ArticleListing(List.of(a), REFS, null);
    }

    @Test
    @DisplayName("RSS has an enclosure and a Media RSS content element with size and alt text")
    void rss() {
      String xml = renderer.rss(TENANT, FeedScope.all(SampleNews.UK), listing());
      Document doc = Jsoup.parse(xml, "", Parser.xmlParser());
      Element enclosure = doc.selectFirst("item > enclosure");
      assertThat(enclosure.attr("url")).isEqualTo("https://img.test/" + LEAD.id() + "/16x9/1280");
      assertThat(enclosure.attr("type")).isEqualTo("image/jpeg");
      assertThat(enclosure.attr("length")).isEqualTo("123456");
      Element content = doc.selectFirst("item > media|content");
      assertThat(content.attr("url")).isEqualTo(enclosure.attr("url"));
      assertThat(content.attr("width")).isEqualTo("1280");
      assertThat(content.attr("height")).isEqualTo("720");
      assertThat(content.attr("medium")).isEqualTo("image");
      assertThat(content.selectFirst("media|description").text())
          .isEqualTo("Delegations at a table");
      assertThat(xml).contains("xmlns:media=\"http://search.yahoo.com/mrss/\"");
    }

    @Test
    @DisplayName("Atom links the image as an enclosure")
    void atom() {
      String xml = renderer.atom(TENANT, FeedScope.all(SampleNews.UK), listing());
      Document doc = Jsoup.parse(xml, "", Parser.xmlParser());
      Element link = doc.selectFirst("entry > link[rel=enclosure]");
      assertThat(link.attr("href")).isEqualTo("https://img.test/" + LEAD.id() + "/16x9/1280");
      assertThat(link.attr("type")).isEqualTo("image/jpeg");
      assertThat(link.attr("length")).isEqualTo("123456");
    }
  }

  @Test
  @DisplayName("the default rendition URLs are the embedded resizer's paths on the tenant's host")
  void defaultRenditions() {
    DatelineRenderer standard = DatelineRenderer.builder().build();
    ArticleView view = standard.article(TENANT, article(), REFS).locale(SampleNews.EN).build();
    assertThat(view.image().url())
        .isEqualTo("https://unn.example/" + RenditionPaths.of(LEAD, CropRatio.WIDE, 1280));
    assertThat(view.image().url()).startsWith("https://unn.example/_media/unn/" + LEAD.id() + "/");
    assertThat(view.image().crops().stream().map(ImageCrop::ratio).collect(Collectors.toList()))
        .containsExactly("16x9", "4x3", "1x1", "original");
    assertThat(CropRatio.WIDE.token()).isEqualTo("16x9");
  }

  @Test
  @DisplayName("an asset's view is built once and reused until the asset or the tenant changes")
  void viewsAreKept() {
    AtomicInteger calls = new AtomicInteger();
    RenditionUrls counting =
        (asset, ratio, width) -> {
          calls.incrementAndGet();
          return CDN.rendition(asset, ratio, width);
        };
    DatelineRenderer counted = DatelineRenderer.builder().renditionUrls(counting).build();
    ArticleView first = counted.article(TENANT, article(), REFS).locale(SampleNews.EN).build();
    int perPage = calls.get();
    assertThat(perPage).isPositive();

    ArticleView second = counted.article(TENANT, article(), REFS).locale(SampleNews.EN).build();
    assertThat(calls.get()).as("no rendition asked again for the same assets").isEqualTo(perPage);
    assertThat(second.image()).isSameAs(first.image());

    ImageAsset moved =
        new ImageAsset(
            LEAD.tenantId(),
            LEAD.id(),
            LEAD.storageKey(),
            LEAD.mediaType(),
            LEAD.width(),
            LEAD.height(),
            LEAD.byteSize(),
            LEAD.contentHash(),
            LEAD.alt(),
            LEAD.caption(),
            LEAD.credit(),
            LEAD.copyright(),
            LEAD.licence(),
            new FocalPoint(0.2, 0.3),
            LEAD.createdAt());
    References changed = REFS.withImages(List.of(moved));
    ArticleView third = counted.article(TENANT, article(), changed).locale(SampleNews.EN).build();
    assertThat(calls.get())
        .as("the changed asset's renditions are asked for")
        .isGreaterThan(perPage);
    assertThat(third.image()).isNotSameAs(first.image());

    Tenant moved2 = TENANT.toBuilder().baseUrl(URI.create("https://other.example/")).build();
    DatelineRenderer standard = DatelineRenderer.builder().build();
    ArticleView before = standard.article(TENANT, article(), REFS).locale(SampleNews.EN).build();
    ArticleView after = standard.article(moved2, article(), REFS).locale(SampleNews.EN).build();
    assertThat(before.image().url()).startsWith("https://unn.example/_media/");
    assertThat(after.image().url()).startsWith("https://other.example/_media/");
  }
}
