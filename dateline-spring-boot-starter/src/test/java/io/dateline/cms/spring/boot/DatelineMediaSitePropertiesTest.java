package io.dateline.cms.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dateline.cms.Dateline;
import io.dateline.cms.InvalidImageException;
import io.dateline.cms.TenantContent;
import io.dateline.cms.command.ArticleDraft;
import io.dateline.cms.command.TagDraft;
import io.dateline.cms.media.ImageAsset;
import io.dateline.cms.media.ImageDetails;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.Block;
import io.dateline.cms.model.Image;
import io.dateline.cms.model.LocalizedText;
import io.dateline.cms.model.Tag;
import io.dateline.cms.model.TagKind;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.render.DatelineRenderer;
import io.dateline.cms.site.DatelineSite;
import io.dateline.cms.site.SiteRequest;
import io.dateline.cms.site.SiteResponse;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.actuate.endpoint.Show;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.Environment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.core.io.support.SpringFactoriesLoader.ArgumentResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * The properties of images, revisions, renditions, related news and previews: each reaches the
 * builder it configures (seen in what Dateline and the site then do), unset ones keep the library's
 * defaults, and bad values stop the start naming the property.
 */
@DisplayName("Dateline's media, revision and site properties")
class DatelineMediaSitePropertiesTest {
  private static final Locale UK = Locale.forLanguageTag("uk");
  private static final TenantId UNN = TenantId.of("unn");
  private static final String SECRET = "a-long-random-preview-secret-0123456789";

  private static final String[] TENANT = {
    "dateline.tenants[0].id=unn",
    "dateline.tenants[0].name=UNN",
    "dateline.tenants[0].default-locale=uk",
    "dateline.tenants[0].base-url=http://localhost/news/unn/"
  };

  @TempDir Path dir;

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  DataSourceAutoConfiguration.class,
                  DatelineAutoConfiguration.class,
                  DatelineSiteAutoConfiguration.class))
          .withPropertyValues(
              "dateline.publish-interval=0",
              "dateline.views.flush-interval=0",
              "dateline.site.change-poll-interval=0");

  /** Keeps the default blob store and rendition cache out of the working directory. */
  private ApplicationContextRunner inTempDirs() {
    return runner.withPropertyValues(
        "dateline.media.directory=" + dir.resolve("media"),
        "dateline.site.rendition-cache=" + dir.resolve("renditions"));
  }

  private static SiteResponse get(DatelineSite site, String path) {
    return site.handle(SiteRequest.builder("GET", path).build());
  }

  private static String body(SiteResponse response) {
    return new String(response.body(), StandardCharsets.UTF_8);
  }

  /** A PNG of random pixels, so that it does not compress: about 3 bytes a pixel. */
  private static byte[] noise(int width, int height) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Random random = new Random(42);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        image.setRGB(x, y, random.nextInt(0x1000000));
      }
    }
    return encode(image, "png");
  }

  private static byte[] photo(int width, int height) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.BLUE);
    g.fillRect(0, 0, width, height);
    g.dispose();
    return encode(image, "jpeg");
  }

  private static byte[] encode(BufferedImage image, String format) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, format, out);
    return out.toByteArray();
  }

  private static ImageAsset upload(Dateline cms, byte[] bytes) {
    return cms.tenant(UNN)
        .images()
        .upload(new ByteArrayInputStream(bytes), ImageDetails.of(LocalizedText.of("uk", "Фото")));
  }

  @Nested
  @DisplayName("dateline.media.*")
  class Media {
    @Test
    @DisplayName("directory: an uploaded image's bytes land in the configured directory")
    void directory() throws IOException {
      byte[] bytes = photo(300, 200);
      inTempDirs()
          .withPropertyValues(TENANT)
          .run(
              context -> {
                ImageAsset asset = upload(context.getBean(Dateline.class), bytes);

                Path stored = dir.resolve("media").resolve(asset.storageKey());
                assertThat(stored).isRegularFile();
                assertThat(Files.readAllBytes(stored)).isEqualTo(bytes);
              });
    }

    @Test
    @DisplayName("max-bytes: a file above the limit is refused, one below it taken")
    void maxBytes() throws IOException {
      byte[] big = noise(100, 100); // ~30 KB
      byte[] small = photo(40, 30);
      assertThat(big.length).isGreaterThan(10 * 1024);
      assertThat(small.length).isLessThan(10 * 1024);
      inTempDirs()
          .withPropertyValues(TENANT)
          .withPropertyValues("dateline.media.max-bytes=10KB")
          .run(
              context -> {
                Dateline cms = context.getBean(Dateline.class);
                assertThatThrownBy(() -> upload(cms, big))
                    .isInstanceOfSatisfying(
                        InvalidImageException.class,
                        e -> assertThat(e.rule()).isEqualTo(InvalidImageException.MAX_BYTES));
                assertThat(upload(cms, small).byteSize()).isEqualTo(small.length);
              });
    }

    @Test
    @DisplayName("max-pixels: an image with more pixels is refused, one with fewer taken")
    void maxPixels() throws IOException {
      inTempDirs()
          .withPropertyValues(TENANT)
          .withPropertyValues("dateline.media.max-pixels=10000")
          .run(
              context -> {
                Dateline cms = context.getBean(Dateline.class);
                byte[] large = photo(200, 100);
                assertThatThrownBy(() -> upload(cms, large))
                    .isInstanceOfSatisfying(
                        InvalidImageException.class,
                        e -> assertThat(e.rule()).isEqualTo(InvalidImageException.MAX_PIXELS));
                assertThat(upload(cms, photo(100, 100)).width()).isEqualTo(100);
              });
    }

    @Test
    @DisplayName("unset limits are the library's: 20 MiB and 40 megapixels")
    void defaultLimits() throws IOException {
      byte[] big = noise(300, 300); // ~270 KB, 90,000 pixels: above both limits of the tests above
      inTempDirs()
          .withPropertyValues(TENANT)
          .run(
              context -> {
                DatelineProperties.Media media =
                    context.getBean(DatelineProperties.class).getMedia();
                assertThat(media.getMaxBytes().toBytes())
                    .isEqualTo(Dateline.Builder.DEFAULT_MAX_IMAGE_BYTES);
                assertThat(media.getMaxPixels())
                    .isEqualTo(Dateline.Builder.DEFAULT_MAX_IMAGE_PIXELS);
                assertThat(upload(context.getBean(Dateline.class), big).byteSize())
                    .isEqualTo(big.length);
              });
    }
  }

  /** A clock a test moves by hand. */
  static final class MovableClock extends Clock {
    private volatile Instant now = Instant.parse("2026-03-01T10:00:00Z");

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private static Article edit(TenantContent unn, Article article, int n) {
    return unn.articles()
        .update(
            article.id(),
            article.version(),
            ArticleDraft.builder(UK, "Заголовок, редакція " + n).build());
  }

  private static List<Integer> revisionNumbers(TenantContent unn, Article article) {
    return unn.revisions().revisions(article.id(), null, 100).items().stream()
        .map(r -> r.number())
        .toList();
  }

  @Nested
  @DisplayName("dateline.revisions.*")
  class Revisions {
    private List<Integer> afterFourEdits(String... properties) {
      List<Integer> numbers = new ArrayList<>();
      inTempDirs()
          .withPropertyValues(TENANT)
          .withPropertyValues(properties)
          .run(
              context -> {
                TenantContent unn = context.getBean(Dateline.class).tenant(UNN);
                Article article =
                    unn.articles().create(ArticleDraft.builder(UK, "Заголовок").build());
                for (int i = 1; i <= 4; i++) {
                  article = edit(unn, article, i);
                }
                numbers.addAll(revisionNumbers(unn, article));
              });
      return numbers;
    }

    @Test
    @DisplayName("keep-last: only the newest revisions are kept")
    void keepLast() {
      List<Integer> all = afterFourEdits();
      List<Integer> kept = afterFourEdits("dateline.revisions.keep-last=2");

      assertThat(all).hasSize(5);
      assertThat(kept).containsExactly(all.get(0), all.get(1));
    }

    @Test
    @DisplayName("max-age: revisions older than the age go, the newest stays")
    void maxAge() {
      MovableClock clock = new MovableClock();
      inTempDirs()
          .withPropertyValues(TENANT)
          .withPropertyValues("dateline.revisions.max-age=1h")
          .withBean(DatelineBuilderCustomizer.class, () -> builder -> builder.clock(clock))
          .run(
              context -> {
                TenantContent unn = context.getBean(Dateline.class).tenant(UNN);
                Article article =
                    unn.articles().create(ArticleDraft.builder(UK, "Заголовок").build());
                article = edit(unn, article, 1);
                assertThat(revisionNumbers(unn, article)).hasSize(2);

                clock.advance(Duration.ofMinutes(90));
                article = edit(unn, article, 2);

                assertThat(revisionNumbers(unn, article)).hasSize(1);
              });
    }

    @Test
    @DisplayName("maps to the library's policy; unset keeps every revision")
    void mapping() {
      DatelineProperties.Revisions revisions = new DatelineProperties.Revisions();
      assertThat(DatelineAutoConfiguration.retention(revisions)).isNull();
      revisions.setKeepLast(50);
      assertThat(DatelineAutoConfiguration.retention(revisions))
          .isEqualTo(io.dateline.cms.RevisionRetention.keepLast(50));
      revisions.setMaxAge(Duration.ofDays(365));
      assertThat(DatelineAutoConfiguration.retention(revisions))
          .isEqualTo(
              io.dateline.cms.RevisionRetention.keepLast(50).withMaxAge(Duration.ofDays(365)));
      revisions.setKeepLast(null);
      assertThat(DatelineAutoConfiguration.retention(revisions))
          .isEqualTo(io.dateline.cms.RevisionRetention.maxAge(Duration.ofDays(365)));
    }
  }

  /** An article with a featured image, published, and its page as served. */
  private static String[] articleWithImage(AssertableApplicationContext context)
      throws IOException {
    Dateline cms = context.getBean(Dateline.class);
    TenantContent unn = cms.tenant(UNN);
    ImageAsset asset = upload(cms, photo(1200, 675));
    Article draft =
        unn.articles()
            .create(
                ArticleDraft.builder(UK, "Новина з фото")
                    .featuredImage(Image.ofAsset(asset.id(), "Фото"))
                    .body(Block.Paragraph.of("Текст."))
                    .build());
    Article article = unn.articles().publish(draft.id());
    DatelineSite site = context.getBean(DatelineSite.class);
    site.refresh();
    SiteResponse page = get(site, "/news/unn/news/" + article.slug());
    assertThat(page.status()).isEqualTo(200);
    return new String[] {asset.id().toString(), body(page)};
  }

  /** The paths of the image's renditions that the page links to. */
  private static List<String> renditionPaths(String html, String imageId) {
    List<String> paths = new ArrayList<>();
    Matcher m =
        java.util.regex.Pattern.compile(
                "http://localhost(/[^\\s\"]*_media/unn/" + imageId + "/[^\\s\"]+)")
            .matcher(html);
    while (m.find()) {
      paths.add(m.group(1));
    }
    return paths;
  }

  private static Set<Integer> widths(List<String> paths) {
    Set<Integer> widths = new TreeSet<>();
    for (String path : paths) {
      String file = path.substring(path.lastIndexOf('/') + 1);
      widths.add(Integer.parseInt(file.substring(0, file.indexOf('.'))));
    }
    return widths;
  }

  @Nested
  @DisplayName("dateline.site.rendition-*")
  class Renditions {
    @Test
    @DisplayName("pages link the configured widths under the site's path, and the site serves them")
    void configuredWidths() {
      inTempDirs()
          .withPropertyValues(TENANT)
          .withPropertyValues("dateline.site.rendition-widths=480,160")
          .run(
              context -> {
                String[] page = articleWithImage(context);
                List<String> paths = renditionPaths(page[1], page[0]);

                assertThat(paths).isNotEmpty().allMatch(p -> p.startsWith("/news/_media/unn/"));
                assertThat(widths(paths)).containsExactly(160, 480);
                DatelineSite site = context.getBean(DatelineSite.class);
                String any = paths.get(0);
                assertThat(get(site, any).status()).isEqualTo(200);
                String unlisted = any.replaceAll("/(160|480)\\.", "/640.");
                assertThat(get(site, unlisted).status()).isEqualTo(404);
                // The rendition was made into the configured cache directory.
                try (Stream<Path> files = Files.walk(dir.resolve("renditions"))) {
                  assertThat(files.filter(Files::isRegularFile)).isNotEmpty();
                }
              });
    }

    @Test
    @DisplayName("under a context path and site path, pages link what the site serves")
    void contextPath() {
      inTempDirs()
          .withPropertyValues(
              "server.servlet.context-path=/app",
              "dateline.site.path=/stories",
              "dateline.tenants[0].id=unn",
              "dateline.tenants[0].name=UNN",
              "dateline.tenants[0].default-locale=uk",
              "dateline.tenants[0].base-url=http://localhost/app/stories/unn/")
          .run(
              context -> {
                Dateline cms = context.getBean(Dateline.class);
                ImageAsset asset = upload(cms, photo(800, 450));
                TenantContent unn = cms.tenant(UNN);
                Article article =
                    unn.articles()
                        .publish(
                            unn.articles()
                                .create(
                                    ArticleDraft.builder(UK, "Новина")
                                        .featuredImage(Image.ofAsset(asset.id(), "Фото"))
                                        .build())
                                .id());
                DatelineSite site = context.getBean(DatelineSite.class);
                site.refresh();
                String html = body(get(site, "/app/stories/unn/news/" + article.slug()));
                List<String> paths = renditionPaths(html, asset.id().toString());

                assertThat(paths).isNotEmpty().allMatch(p -> p.startsWith("/app/stories/_media/"));
                assertThat(get(site, paths.get(0)).status()).isEqualTo(200);
              });
    }

    @Test
    @DisplayName("unset: the library's widths, still under the site's path")
    void defaultWidths() {
      inTempDirs()
          .withPropertyValues(TENANT)
          .run(
              context -> {
                String[] page = articleWithImage(context);
                List<String> paths = renditionPaths(page[1], page[0]);

                assertThat(paths).isNotEmpty().allMatch(p -> p.startsWith("/news/_media/unn/"));
                assertThat(widths(paths)).isSubsetOf(320, 640, 960, 1280, 1600).contains(640);
                assertThat(get(context.getBean(DatelineSite.class), paths.get(0)).status())
                    .isEqualTo(200);
              });
    }
  }

  @Nested
  @DisplayName("dateline.site.related-articles")
  class Related {
    private String secondArticlePage(String... properties) {
      StringBuilder html = new StringBuilder();
      inTempDirs()
          .withPropertyValues(TENANT)
          .withPropertyValues(properties)
          .run(
              context -> {
                TenantContent unn = context.getBean(Dateline.class).tenant(UNN);
                Tag tag =
                    unn.tags()
                        .create(TagDraft.of(TagKind.TOPIC, LocalizedText.of("uk", "Енергетика")));
                unn.articles()
                    .publish(
                        unn.articles()
                            .create(ArticleDraft.builder(UK, "Перша новина").tags(tag.id()).build())
                            .id());
                Article second =
                    unn.articles()
                        .publish(
                            unn.articles()
                                .create(
                                    ArticleDraft.builder(UK, "Друга новина").tags(tag.id()).build())
                                .id());
                DatelineSite site = context.getBean(DatelineSite.class);
                site.refresh();
                html.append(body(get(site, "/news/unn/news/" + second.slug())));
              });
      return html.toString();
    }

    @Test
    @DisplayName("0 leaves out the articles sharing a tag; unset shows them")
    void relatedArticles() {
      assertThat(secondArticlePage()).contains("class=\"related\"").contains("Перша новина");
      assertThat(secondArticlePage("dateline.site.related-articles=0"))
          .doesNotContain("class=\"related\"")
          .doesNotContain("Перша новина");
    }
  }

  @Nested
  @DisplayName("dateline.site.preview-secret")
  class Preview {
    @Test
    @DisplayName("signs preview links that a site with the same secret accepts and another refuses")
    void previewSecret() {
      inTempDirs()
          .withPropertyValues(TENANT)
          .withPropertyValues("dateline.site.preview-secret=" + SECRET)
          .run(
              context -> {
                Dateline cms = context.getBean(Dateline.class);
                Article draft =
                    cms.tenant(UNN).articles().create(ArticleDraft.builder(UK, "Чернетка").build());
                DatelineSite site = context.getBean(DatelineSite.class);

                String url = site.previewUrl(UNN, draft.id(), Duration.ofHours(1));
                String path = URI.create(url).getRawPath();

                assertThat(path).startsWith("/news/preview/");
                SiteResponse preview = get(site, path);
                assertThat(preview.status()).isEqualTo(200);
                assertThat(body(preview)).contains("Чернетка");
                DatelineRenderer renderer = context.getBean(DatelineRenderer.class);
                try (DatelineSite same = otherSite(cms, renderer, SECRET);
                    DatelineSite other = otherSite(cms, renderer, SECRET.replace('a', 'b'))) {
                  assertThat(get(same, path).status()).isEqualTo(200);
                  assertThat(get(other, path).status()).isEqualTo(404);
                }
              });
    }

    private DatelineSite otherSite(Dateline cms, DatelineRenderer renderer, String secret) {
      return DatelineSite.builder(cms, renderer)
          .basePath("/news/")
          .changePollInterval(Duration.ZERO)
          .renditionCache(dir.resolve("renditions"))
          .previewSecret(secret)
          .build();
    }

    @Test
    @DisplayName("unset: previews are off")
    void noSecret() {
      inTempDirs()
          .withPropertyValues(TENANT)
          .run(
              context -> {
                Dateline cms = context.getBean(Dateline.class);
                Article draft =
                    cms.tenant(UNN).articles().create(ArticleDraft.builder(UK, "Чернетка").build());
                assertThatThrownBy(
                        () ->
                            context
                                .getBean(DatelineSite.class)
                                .previewUrl(UNN, draft.id(), Duration.ofHours(1)))
                    .isInstanceOf(IllegalStateException.class);
              });
    }

    @Test
    @DisplayName(
        "is masked by Actuator's configprops and env endpoints even with show-values=always")
    void actuatorMasksIt() {
      inTempDirs()
          .withPropertyValues(TENANT)
          .withPropertyValues(
              "dateline.site.preview-secret=" + SECRET, "dateline.site.related-articles=7")
          .run(
              context -> {
                List<SanitizingFunction> functions =
                    context.getBeanProvider(SanitizingFunction.class).orderedStream().toList();
                assertThat(functions).isNotEmpty();
                ConfigurationPropertiesReportEndpoint configprops =
                    new ConfigurationPropertiesReportEndpoint(functions, Show.ALWAYS);
                configprops.setApplicationContext(context);
                String report =
                    JsonMapper.builder()
                        .build()
                        .writeValueAsString(
                            configprops.configurationPropertiesWithPrefix("dateline"));
                EnvironmentEndpoint env =
                    new EnvironmentEndpoint(context.getEnvironment(), functions, Show.ALWAYS);
                String entry =
                    JsonMapper.builder()
                        .build()
                        .writeValueAsString(env.environmentEntry("dateline.site.preview-secret"));

                assertThat(report).contains("\"relatedArticles\":7").contains("previewSecret");
                assertThat(report).doesNotContain(SECRET);
                assertThat(entry).contains("******").doesNotContain(SECRET);
                assertThat(context.getBean(DatelineProperties.class).getSite().toString())
                    .contains("previewSecret=[hidden]")
                    .doesNotContain(SECRET);
              });
    }
  }

  @Nested
  @DisplayName("dateline.audit.retention")
  class AuditRetention {
    @Test
    @DisplayName("prunes entries older than the retention; unset keeps them")
    void prunes() {
      for (String retention : List.of("", "dateline.audit.retention=7d")) {
        MovableClock clock = new MovableClock();
        inTempDirs()
            .withPropertyValues(TENANT)
            .withPropertyValues("dateline.publish-interval=0")
            .withPropertyValues(retention.isEmpty() ? new String[0] : new String[] {retention})
            .withBean(DatelineBuilderCustomizer.class, () -> b -> b.clock(clock))
            .run(
                context -> {
                  Dateline cms = context.getBean(Dateline.class);
                  cms.tenant(UNN).articles().create(ArticleDraft.builder(UK, "Заголовок").build());
                  clock.advance(Duration.ofDays(8));

                  long deleted = cms.pruneAuditLog();

                  assertThat(deleted).isEqualTo(retention.isEmpty() ? 0 : 1);
                  assertThat(
                          cms.tenant(UNN)
                              .audit()
                              .query(io.dateline.cms.audit.AuditQuery.all())
                              .entries())
                      .hasSize(retention.isEmpty() ? 1 : 0);
                });
      }
    }
  }

  @Nested
  @DisplayName("refuses to start on a bad value, naming the property")
  class Validation {
    private void failsWith(String property, String... messageParts) {
      inTempDirs()
          .withPropertyValues(property)
          .run(
              context -> {
                assertThat(context).hasFailed();
                assertThat(context.getStartupFailure())
                    .rootCause()
                    .message()
                    .contains(messageParts);
              });
    }

    @Test
    @DisplayName("a negative or zero upload size")
    void maxBytes() {
      failsWith("dateline.media.max-bytes=-1MB", "dateline.media.maxBytes", "must be positive");
      failsWith("dateline.media.max-bytes=0", "dateline.media.maxBytes", "must be positive");
    }

    @Test
    @DisplayName("an audit retention shorter than a day")
    void auditRetention() {
      failsWith(
          "dateline.audit.retention=12h", "dateline.audit.retention", "must be at least one day");
    }

    @Test
    @DisplayName("a pixel limit of zero")
    void maxPixels() {
      failsWith("dateline.media.max-pixels=0", "dateline.media.maxPixels", "must be at least 1");
    }

    @Test
    @DisplayName("keeping no revisions, or a zero or negative age")
    void revisions() {
      failsWith(
          "dateline.revisions.keep-last=0", "dateline.revisions.keepLast", "must be at least 1");
      failsWith("dateline.revisions.max-age=0s", "dateline.revisions.maxAge", "must be positive");
      failsWith("dateline.revisions.max-age=-1h", "dateline.revisions.maxAge", "must be positive");
    }

    @Test
    @DisplayName("a zero, negative or huge rendition width, or none at all")
    void renditionWidths() {
      failsWith(
          "dateline.site.rendition-widths=320,0",
          "dateline.site.renditionWidths[1]",
          "must be 1 to 10000");
      failsWith(
          "dateline.site.rendition-widths=-320",
          "dateline.site.renditionWidths[0]",
          "must be 1 to 10000");
      failsWith(
          "dateline.site.rendition-widths=320,20000",
          "dateline.site.renditionWidths[1]",
          "must be 1 to 10000");
      failsWith(
          "dateline.site.rendition-widths=",
          "dateline.site.renditionWidths",
          "must name at least one width");
    }

    @Test
    @DisplayName("related articles out of 0 to 20")
    void relatedArticles() {
      failsWith(
          "dateline.site.related-articles=21", "dateline.site.relatedArticles", "must be 0 to 20");
      failsWith(
          "dateline.site.related-articles=-1", "dateline.site.relatedArticles", "must be 0 to 20");
    }

    @Test
    @DisplayName("an empty or short preview secret, without printing it anywhere")
    void previewSecret() {
      failsWith(
          "dateline.site.preview-secret=", "dateline.site.preview-secret", "at least 32 bytes");
      failsWith(
          "dateline.site.preview-secret=" + " ".repeat(40),
          "dateline.site.preview-secret",
          "not blank");
      String tooShort = "short-but-still-private";
      inTempDirs()
          .withPropertyValues("dateline.site.preview-secret=" + tooShort)
          .run(
              context -> {
                assertThat(context).hasFailed();
                Throwable failure = context.getStartupFailure();
                assertThat(failure)
                    .hasStackTraceContaining("dateline.site.preview-secret")
                    .hasStackTraceContaining("at least 32 bytes");
                StringWriter trace = new StringWriter();
                failure.printStackTrace(new PrintWriter(trace));
                assertThat(trace.toString()).doesNotContain(tooShort);
                // What Spring Boot prints when the start fails: its failure analyzers' reports.
                List<String> reports = analyses(failure, new StandardEnvironment());
                assertThat(reports).anyMatch(r -> r.contains("dateline.site.preview-secret"));
                assertThat(reports).noneMatch(r -> r.contains(tooShort));
              });
    }

    private static List<String> analyses(Throwable failure, Environment environment) {
      List<FailureAnalyzer> analyzers =
          SpringFactoriesLoader.forDefaultResourceLocation()
              .load(
                  FailureAnalyzer.class,
                  ArgumentResolver.of(Environment.class, environment),
                  SpringFactoriesLoader.FailureHandler.logging(
                      org.apache.commons.logging.LogFactory.getLog(
                          DatelineMediaSitePropertiesTest.class)));
      List<String> reports = new ArrayList<>();
      for (FailureAnalyzer analyzer : analyzers) {
        FailureAnalysis analysis = analyzer.analyze(failure);
        if (analysis != null) {
          reports.add(analysis.getDescription() + "\n" + analysis.getAction());
        }
      }
      return reports;
    }
  }
}
