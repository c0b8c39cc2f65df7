package io.dateline.cms.site.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.cms.Dateline;
import io.dateline.cms.TenantContent;
import io.dateline.cms.command.ArticleDraft;
import io.dateline.cms.media.CropRatio;
import io.dateline.cms.media.FocalPoint;
import io.dateline.cms.media.ImageAsset;
import io.dateline.cms.media.ImageDetails;
import io.dateline.cms.media.RenditionPaths;
import io.dateline.cms.media.embedded.FileSystemBlobStore;
import io.dateline.cms.media.embedded.SiteRenditionUrls;
import io.dateline.cms.memory.InMemoryStorage;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.Block;
import io.dateline.cms.model.Image;
import io.dateline.cms.model.LocalizedText;
import io.dateline.cms.model.Tenant;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.render.DatelineRenderer;
import io.dateline.cms.site.DatelineSite;
import io.dateline.cms.spi.Rendition;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded resizer over real HTTP: Jetty 12 on a free port with the servlet under {@code
 * /app/news/*}, an image uploaded through the API into a file-system blob store, and renditions
 * fetched at the URLs {@link SiteRenditionUrls} gives pages.
 */
@DisplayName("Image renditions over HTTP")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RenditionHttpTest {
  private static final String BASE = "/app/news/";
  private static final List<Integer> WIDTHS = List.of(160, 320, 1600);

  @TempDir static Path dir;
  private final HttpClient http = HttpClient.newHttpClient();
  private final SiteRenditionUrls urls = new SiteRenditionUrls(BASE, WIDTHS);
  private Server server;
  private Dateline cms;
  private DatelineSite site;
  private URI origin;
  private ImageAsset photo;
  private ImageAsset logo;
  private DatelineRenderer renderer;

  @BeforeAll
  void start() throws Exception {
    server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    connector.open();
    origin = URI.create("http://127.0.0.1:" + connector.getLocalPort());

    cms =
        Dateline.builder()
            .storage(new InMemoryStorage())
            .publishScheduled(Duration.ZERO)
            .blobStore(new FileSystemBlobStore(dir.resolve("originals")))
            .build();
    tenant("t1");
    tenant("t2");
    // 1200 x 600: red on the left third, blue elsewhere; the focal point in the red.
    photo =
        cms.tenant(TenantId.of("t1"))
            .images()
            .upload(
                new ByteArrayInputStream(picture(1200, 600, "jpeg")),
                ImageDetails.of(LocalizedText.of("en", "Red and blue"))
                    .withFocalPoint(new FocalPoint(0.1, 0.5)));
    logo =
        cms.tenant(TenantId.of("t1"))
            .images()
            .upload(
                new ByteArrayInputStream(picture(200, 100, "png")),
                ImageDetails.of(LocalizedText.of("en", "Logo")));

    renderer = DatelineRenderer.builder().clock(cms.clock()).build();
    site =
        DatelineSite.builder(cms, renderer)
            .basePath(BASE)
            .renditionCache(dir.resolve("renditions"))
            .renditionWidths(WIDTHS)
            .build();
    ServletContextHandler context = new ServletContextHandler("/app");
    context.addServlet(new DatelineServlet(site), "/news/*");
    server.setHandler(context);
    server.start();
  }

  private void tenant(String id) {
    Locale en = Locale.ENGLISH;
    cms.saveTenant(
        Tenant.builder(TenantId.of(id), id, en, ZoneId.of("UTC"), origin.resolve(BASE + id + "/"))
            .publicationName(id.toUpperCase(Locale.ROOT))
            .supportedLocales(Set.of(en))
            .build());
  }

  /** An image whose left third is red and the rest blue. */
  private static byte[] picture(int width, int height, String format) throws Exception {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.BLUE);
    g.fillRect(0, 0, width, height);
    g.setColor(Color.RED);
    g.fillRect(0, 0, width / 3, height);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, format, out);
    return out.toByteArray();
  }

  @AfterAll
  void stop() throws Exception {
    if (server != null) {
      server.stop();
    }
    if (site != null) {
      site.close();
    }
    if (cms != null) {
      cms.close();
    }
  }

  private HttpResponse<byte[]> get(URI path, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(origin.resolve(path));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static BufferedImage image(HttpResponse<byte[]> response) throws Exception {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(response.body()));
    assertThat(image).as("a decodable image").isNotNull();
    return image;
  }

  @Test
  @DisplayName("serves a 16:9 rendition at its size with long-lived caching and a strong ETag")
  void wideRendition() throws Exception {
    Rendition rendition = urls.rendition(photo, CropRatio.WIDE, 320);

    HttpResponse<byte[]> response = get(rendition.url());

    assertThat(rendition.url().getPath()).startsWith(BASE + "_media/t1/" + photo.id() + "/");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).contains("image/jpeg");
    assertThat(response.headers().firstValue("Cache-Control"))
        .contains("public, max-age=31536000, immutable");
    assertThat(response.headers().firstValue("ETag"))
        .hasValueSatisfying(tag -> assertThat(tag).startsWith("\"").doesNotStartWith("W/"));
    BufferedImage image = image(response);
    assertThat(image.getWidth()).isEqualTo(320).isEqualTo(rendition.width());
    assertThat(image.getHeight()).isEqualTo(180).isEqualTo(rendition.height());
  }

  @Test
  @DisplayName("answers a repeated request with its ETag by 304 and no body")
  void notModified() throws Exception {
    URI url = urls.rendition(photo, CropRatio.STANDARD, 160).url();
    String etag = get(url).headers().firstValue("ETag").orElseThrow();

    HttpResponse<byte[]> again = get(url, "If-None-Match", etag);

    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    assertThat(again.headers().firstValue("ETag")).contains(etag);
  }

  @Test
  @DisplayName("crops around the focal point: a square of the red-and-blue photo is all red")
  void focalPointCrop() throws Exception {
    BufferedImage square = image(get(urls.rendition(photo, CropRatio.SQUARE, 160).url()));

    assertThat(square.getWidth()).isEqualTo(160);
    assertThat(square.getHeight()).isEqualTo(160);
    // The 600 x 600 crop starts at x = 0 (the focal point at x = 120 pulls it to the left edge):
    // the red third (400 px) fills its left two thirds.
    assertThat(new Color(square.getRGB(10, 80)).getRed()).isGreaterThan(200);
    assertThat(new Color(square.getRGB(150, 80)).getBlue()).isGreaterThan(200);
  }

  @Test
  @DisplayName("never enlarges: a width beyond the original gives the original's size")
  void noUpscaling() throws Exception {
    Rendition rendition = urls.rendition(logo, CropRatio.ORIGINAL, 1600);

    HttpResponse<byte[]> response = get(rendition.url());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).contains("image/png");
    BufferedImage image = image(response);
    assertThat(image.getWidth()).isEqualTo(200).isEqualTo(rendition.width());
    assertThat(image.getHeight()).isEqualTo(100).isEqualTo(rendition.height());
  }

  @Test
  @DisplayName("keeps what it made on disk and serves the same bytes again")
  void cachesOnDisk() throws Exception {
    URI url = urls.rendition(photo, CropRatio.WIDE, 1600).url();
    byte[] first = get(url).body();

    try (Stream<Path> files = Files.walk(dir.resolve("renditions"))) {
      assertThat(files.filter(f -> f.toString().endsWith("-16x9-1600.jpg"))).hasSize(1);
    }
    assertThat(get(url).body()).isEqualTo(first);
    assertThat(image(get(url)).getWidth()).isEqualTo(1067); // the 1067 x 600 crop, not enlarged
  }

  @Test
  @DisplayName("answers 404 to other widths, ratios, extensions, tenants and ids")
  void refusals() throws Exception {
    String good = urls.rendition(photo, CropRatio.WIDE, 320).url().getPath();
    String id = photo.id().toString();
    List<String> bad =
        List.of(
            good.replace("/320.jpg", "/321.jpg"),
            good.replace("/320.jpg", "/640.jpg"),
            good.replace("/320.jpg", "/0320.jpg"),
            good.replace("/320.jpg", "/320.png"),
            good.replace("/320.jpg", "/320"),
            good.replace("/16x9/", "/2x1/"),
            good.replace("/_media/t1/", "/_media/t2/"),
            good.replace("/_media/t1/", "/_media/nobody/"),
            good.replace(id, "00000000-0000-7000-8000-000000000000"),
            good.replace(id, "not-a-uuid"),
            good.replace("/320.jpg", "/320.jpg/more"),
            good.replace(good.split("/")[6], "not-a-version"));
    for (String path : bad) {
      HttpResponse<byte[]> response = get(URI.create(path));
      assertThat(response.statusCode()).as(path).isEqualTo(404);
      assertThat(response.headers().firstValue("Cache-Control")).as(path).contains("no-cache");
    }
  }

  @Test
  @DisplayName("gives new URLs when the focal point moves; the old ones are cached only briefly")
  void focalPointMoves() throws Exception {
    var images = cms.tenant(TenantId.of("t1")).images();
    ImageAsset before =
        images.upload(
            new ByteArrayInputStream(picture(900, 300, "jpeg")),
            ImageDetails.of(LocalizedText.of("en", "Moving")));
    URI old = urls.rendition(before, CropRatio.SQUARE, 160).url();
    assertThat(get(old).headers().firstValue("Cache-Control"))
        .contains("public, max-age=31536000, immutable");

    ImageAsset after =
        images.update(before.id(), ImageDetails.of(before).withFocalPoint(new FocalPoint(0, 0)));
    URI current = urls.rendition(after, CropRatio.SQUARE, 160).url();

    assertThat(current).isNotEqualTo(old);
    HttpResponse<byte[]> fresh = get(current);
    assertThat(fresh.headers().firstValue("Cache-Control"))
        .contains("public, max-age=31536000, immutable");
    // The square now sits at the left edge, in the red third.
    assertThat(new Color(image(fresh).getRGB(80, 80)).getRed()).isGreaterThan(200);
    HttpResponse<byte[]> stale = get(old);
    assertThat(stale.statusCode()).isEqualTo(200);
    assertThat(stale.headers().firstValue("Cache-Control")).contains("public, max-age=60");
    assertThat(stale.body()).isEqualTo(fresh.body());
  }

  @Test
  @DisplayName("shows an image's new alt text and focal point once the change feed has the edit")
  void imageEditsReachCachedPages() throws Exception {
    TenantContent t1 = cms.tenant(TenantId.of("t1"));
    ImageAsset picture =
        t1.images()
            .upload(
                new ByteArrayInputStream(picture(800, 450, "jpeg")),
                ImageDetails.of(LocalizedText.of("en", "Before the edit")));
    Article article =
        t1.articles()
            .create(
                ArticleDraft.builder(Locale.ENGLISH, "A picture that changes")
                    .lead("The lead image's details are edited after publication.")
                    .featuredImage(Image.ofAsset(picture.id(), ""))
                    .body(Block.Paragraph.of("Text."))
                    .build());
    t1.articles().publish(article.id());
    site.refresh();
    Tenant tenant = t1.tenant();
    URI page = URI.create(URI.create(renderer.urls(tenant).article(tenant, article)).getRawPath());
    String before = new String(get(page).body(), StandardCharsets.UTF_8);
    assertThat(before).contains("alt=\"Before the edit\"");
    assertThat(new String(get(page).body(), StandardCharsets.UTF_8))
        .as("served from the cache")
        .isEqualTo(before);

    ImageAsset edited =
        t1.images()
            .update(
                picture.id(),
                ImageDetails.of(LocalizedText.of("en", "After the edit"))
                    .withFocalPoint(new FocalPoint(0.9, 0.5)));
    site.refresh(); // the change feed now holds the edit (the site may have read it already)

    String after = new String(get(page).body(), StandardCharsets.UTF_8);
    assertThat(after).contains("alt=\"After the edit\"").doesNotContain("Before the edit");
    assertThat(after).contains(RenditionPaths.version(edited));
    assertThat(after).doesNotContain(RenditionPaths.version(picture));
  }

  @Test
  @DisplayName("makes JPEG renditions of lossy and lossless WebP originals")
  void webpOriginals() throws Exception {
    // 600 x 300: red on the left third, blue elsewhere (test resources, made for this test).
    for (String file : List.of("red-blue.webp", "red-blue-lossless.webp")) {
      byte[] bytes;
      try (InputStream in = getClass().getResourceAsStream("/images/" + file)) {
        assertThat(in).as(file).isNotNull();
        bytes = in.readAllBytes();
      }
      ImageAsset asset =
          cms.tenant(TenantId.of("t1"))
              .images()
              .upload(
                  new ByteArrayInputStream(bytes), ImageDetails.of(LocalizedText.of("en", file)));
      assertThat(asset.mediaType()).isEqualTo("image/webp");
      Rendition rendition = urls.rendition(asset, CropRatio.WIDE, 320);

      HttpResponse<byte[]> response = get(rendition.url());

      assertThat(response.statusCode()).as(file).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type")).contains("image/jpeg");
      BufferedImage image = image(response);
      assertThat(image.getWidth()).isEqualTo(320).isEqualTo(rendition.width());
      assertThat(image.getHeight()).isEqualTo(180).isEqualTo(rendition.height());
      // The centred 533 x 300 crop starts at x = 33: its left sixth or so is red.
      assertThat(new Color(image.getRGB(20, 90)).getRed()).as(file).isGreaterThan(200);
      assertThat(new Color(image.getRGB(300, 90)).getBlue()).as(file).isGreaterThan(200);
    }
  }

  @Test
  @DisplayName("answers 404, not 500, for an original no decoder on the class path reads")
  void undecodableOriginal() throws Exception {
    // A lossless WebP whose header is whole but whose bitstream is not (the JDK has no WebP
    // decoder anyway): stored, but the embedded resizer cannot make renditions of it.
    byte[] webp = {
      'R',
      'I',
      'F',
      'F',
      20,
      0,
      0,
      0,
      'W',
      'E',
      'B',
      'P',
      'V',
      'P',
      '8',
      'L',
      8,
      0,
      0,
      0,
      0x2F,
      (byte) 0xC7,
      (byte) 0xC0,
      0x18,
      0,
      0,
      0,
      0
    };
    ImageAsset asset =
        cms.tenant(TenantId.of("t1"))
            .images()
            .upload(new ByteArrayInputStream(webp), ImageDetails.of(LocalizedText.empty()));
    assertThat(asset.mediaType()).isEqualTo("image/webp");

    HttpResponse<byte[]> response = get(urls.rendition(asset, CropRatio.SQUARE, 160).url());

    assertThat(response.statusCode()).isEqualTo(404);
  }
}
