package io.dateline.cms.spring.boot;

import io.dateline.cms.media.RenditionPaths;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.constraints.time.DurationMin;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import org.springframework.validation.annotation.Validated;

/**
 * Dateline's settings under {@code dateline.*}, checked when the application starts: a value that
 * breaks a rule stops the start with a message naming the property and the rule.
 *
 * <pre>{@code
 * dateline.publish-interval=30s
 * dateline.views.flush-interval=5s
 * dateline.site.path=/news
 * dateline.tenants[0].id=unn
 * dateline.tenants[0].name=UNN
 * dateline.tenants[0].default-locale=uk
 * dateline.tenants[0].base-url=https://example.com/news/unn/
 * }</pre>
 *
 * <p>Besides the Jakarta Validation rules on its fields, the instance checks the two values no
 * annotation covers ({@link #validate}): a positive {@code dateline.media.max-bytes} and a {@code
 * dateline.site.preview-secret} of at least 32 bytes, the latter without ever putting the secret
 * into the error.
 *
 * <p>Not thread-safe; Spring binds it once at start.
 */
@ConfigurationProperties("dateline")
@Validated
public class DatelineProperties implements Validator {

  /** Whether to configure Dateline at all. */
  private boolean enabled = true;

  /**
   * How often scheduled articles whose time has come are published; 0 turns the built-in scheduler
   * off.
   */
  @NotNull(message = "must be set; use 0 to turn scheduled publishing off")
  @DurationMin(millis = 0, message = "must not be negative; use 0 to turn scheduled publishing off")
  private Duration publishInterval = Duration.ofSeconds(30);

  /** Language of validation messages: English (en) or Ukrainian (uk). */
  @NotNull private Locale messageLocale = Locale.ENGLISH;

  /** How long a "most read" list is reused before it is read from storage again; 0 turns it off. */
  @NotNull
  @DurationMin(millis = 0, message = "must not be negative")
  private Duration mostReadCacheTtl = Duration.ofSeconds(10);

  /** Whether Dateline runs its Flyway migrations (own history table) on the DataSource at start. */
  private boolean migrate = true;

  @Valid private final Views views = new Views();

  @Valid private final Site site = new Site();

  @Valid private final Media media = new Media();

  @Valid private final Revisions revisions = new Revisions();

  @Valid private final Audit audit = new Audit();

  /** Tenants to create, or update, when the application starts. */
  private List<@Valid TenantProperties> tenants = new ArrayList<>();

  /**
   * Whether to configure Dateline at all.
   *
   * @return the flag
   */
  public boolean isEnabled() {
    return enabled;
  }

  /**
   * Sets whether to configure Dateline at all.
   *
   * @param enabled the flag
   */
  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /**
   * The scheduled-publishing interval.
   *
   * @return the interval; zero when off
   */
  public Duration getPublishInterval() {
    return publishInterval;
  }

  /**
   * Sets the scheduled-publishing interval.
   *
   * @param publishInterval the interval; zero for off
   */
  public void setPublishInterval(Duration publishInterval) {
    this.publishInterval = publishInterval;
  }

  /**
   * The language of validation messages.
   *
   * @return the locale
   */
  public Locale getMessageLocale() {
    return messageLocale;
  }

  /**
   * Sets the language of validation messages.
   *
   * @param messageLocale the locale
   */
  public void setMessageLocale(Locale messageLocale) {
    this.messageLocale = messageLocale;
  }

  /**
   * How long most-read lists are reused.
   *
   * @return the time
   */
  public Duration getMostReadCacheTtl() {
    return mostReadCacheTtl;
  }

  /**
   * Sets how long most-read lists are reused.
   *
   * @param mostReadCacheTtl the time; zero for never
   */
  public void setMostReadCacheTtl(Duration mostReadCacheTtl) {
    this.mostReadCacheTtl = mostReadCacheTtl;
  }

  /**
   * Whether Dateline migrates its schema at start.
   *
   * @return the flag
   */
  public boolean isMigrate() {
    return migrate;
  }

  /**
   * Sets whether Dateline migrates its schema at start.
   *
   * @param migrate the flag
   */
  public void setMigrate(boolean migrate) {
    this.migrate = migrate;
  }

  /**
   * The view counter's settings.
   *
   * @return them
   */
  public Views getViews() {
    return views;
  }

  /**
   * The site's settings.
   *
   * @return them
   */
  public Site getSite() {
    return site;
  }

  /**
   * The image settings.
   *
   * @return them
   */
  public Media getMedia() {
    return media;
  }

  /**
   * The revision-retention settings.
   *
   * @return them
   */
  public Revisions getRevisions() {
    return revisions;
  }

  /**
   * The audit log's settings ({@code dateline.audit.*}).
   *
   * @return them
   * @since 0.1.0
   */
  public Audit getAudit() {
    return audit;
  }

  /**
   * Spring's self-validation hook: this class validates instances of itself only.
   *
   * @param type the class to be validated
   * @return whether it is this class
   */
  @Override
  public boolean supports(Class<?> type) {
    return DatelineProperties.class.isAssignableFrom(type);
  }

  /**
   * Checks what no Jakarta annotation expresses. A {@link DataSize} has no standard constraint, so
   * {@code dateline.media.max-bytes} is checked here. The preview secret is checked here too, and
   * reported as an error of the whole object rather than of its field: a field error carries the
   * rejected value, which Spring Boot prints in the start-up failure report, and a secret must not
   * reach a log even when it is too short.
   *
   * @param target the properties, bound
   * @param errors where the violations go
   */
  @Override
  public void validate(Object target, Errors errors) {
    DatelineProperties properties = (DatelineProperties) target;
    DataSize maxBytes = properties.getMedia().getMaxBytes();
    if (maxBytes != null && maxBytes.toBytes() <= 0) {
      errors.rejectValue("media.maxBytes", "Positive", "must be positive, such as 20MB");
    }
    String secret = properties.getSite().getPreviewSecret();
    if (secret != null
        && (secret.isBlank() || secret.getBytes(StandardCharsets.UTF_8).length < 32)) {
      errors.reject(
          "PreviewSecret",
          "dateline.site.preview-secret: must be at least 32 bytes and not blank (random, from a"
              + " secret store); leave it unset to turn previews off");
    }
  }

  /**
   * The tenants declared in properties.
   *
   * @return them, in order
   */
  public List<@Valid TenantProperties> getTenants() {
    return tenants;
  }

  /**
   * Sets the tenants declared in properties.
   *
   * @param tenants the tenants
   */
  public void setTenants(List<TenantProperties> tenants) {
    this.tenants = tenants;
  }

  /** {@code dateline.views.*}: the view counter. */
  public static class Views {
    /** Whether views are counted. */
    private boolean enabled = true;

    /** How often counted views are written to storage; 0 writes only when the buffer is full. */
    @NotNull
    @DurationMin(millis = 0, message = "must not be negative")
    private Duration flushInterval = Duration.ofSeconds(5);

    /** Distinct articles in the buffer at which it is written early. */
    @Min(value = 1, message = "must be at least 1")
    private int maxPendingArticles = 10_000;

    /** How long a stored total is reused before storage is asked again; 0 reads it every time. */
    @NotNull
    @DurationMin(millis = 0, message = "must not be negative")
    private Duration storedCountTtl = Duration.ofSeconds(2);

    /** Whether views by user agents that name themselves crawlers or tools are ignored. */
    private boolean excludeBots = true;

    /**
     * Window in which a visitor's repeated views of an article count once; unset for no
     * de-duplication.
     */
    @DurationMin(seconds = 1, message = "must be at least 1 second")
    private @Nullable Duration deduplicateWindow;

    /** How many (article, visitor) pairs de-duplication remembers at most. */
    @Min(value = 1, message = "must be at least 1")
    private long deduplicateMaxVisitors = 1_000_000;

    /**
     * Whether views are counted.
     *
     * @return the flag
     */
    public boolean isEnabled() {
      return enabled;
    }

    /**
     * Sets whether views are counted.
     *
     * @param enabled the flag
     */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    /**
     * The flush interval.
     *
     * @return the interval
     */
    public Duration getFlushInterval() {
      return flushInterval;
    }

    /**
     * Sets the flush interval.
     *
     * @param flushInterval the interval
     */
    public void setFlushInterval(Duration flushInterval) {
      this.flushInterval = flushInterval;
    }

    /**
     * The buffer's early-flush size.
     *
     * @return the number of articles
     */
    public int getMaxPendingArticles() {
      return maxPendingArticles;
    }

    /**
     * Sets the buffer's early-flush size.
     *
     * @param maxPendingArticles the number of articles
     */
    public void setMaxPendingArticles(int maxPendingArticles) {
      this.maxPendingArticles = maxPendingArticles;
    }

    /**
     * How long stored totals are reused.
     *
     * @return the time
     */
    public Duration getStoredCountTtl() {
      return storedCountTtl;
    }

    /**
     * Sets how long stored totals are reused.
     *
     * @param storedCountTtl the time
     */
    public void setStoredCountTtl(Duration storedCountTtl) {
      this.storedCountTtl = storedCountTtl;
    }

    /**
     * Whether bots are ignored.
     *
     * @return the flag
     */
    public boolean isExcludeBots() {
      return excludeBots;
    }

    /**
     * Sets whether bots are ignored.
     *
     * @param excludeBots the flag
     */
    public void setExcludeBots(boolean excludeBots) {
      this.excludeBots = excludeBots;
    }

    /**
     * The de-duplication window.
     *
     * @return the window, or {@code null} when off
     */
    public @Nullable Duration getDeduplicateWindow() {
      return deduplicateWindow;
    }

    /**
     * Sets the de-duplication window.
     *
     * @param deduplicateWindow the window, or {@code null} for off
     */
    public void setDeduplicateWindow(@Nullable Duration deduplicateWindow) {
      this.deduplicateWindow = deduplicateWindow;
    }

    /**
     * The de-duplication memory bound.
     *
     * @return the number of pairs
     */
    public long getDeduplicateMaxVisitors() {
      return deduplicateMaxVisitors;
    }

    /**
     * Sets the de-duplication memory bound.
     *
     * @param deduplicateMaxVisitors the number of pairs
     */
    public void setDeduplicateMaxVisitors(long deduplicateMaxVisitors) {
      this.deduplicateMaxVisitors = deduplicateMaxVisitors;
    }
  }

  /** {@code dateline.site.*}: the public pages and their servlet. */
  public static class Site {
    /** Whether to build the site and, in a servlet web application, mount its servlet. */
    private boolean enabled = true;

    /**
     * Where the servlet is mounted below the context path, such as /news; / serves every path.
     * Tenants' base URLs must lie below it.
     */
    @NotNull
    @Pattern(
        regexp = "/|(/[A-Za-z0-9._~-]+)+",
        message =
            "must be / or start with / and name path segments of letters, digits, '.', '_', '~'"
                + " or '-' without a trailing /, such as /news")
    private String path = "/news";

    /** Articles per listing page, 1 to 100. */
    @Min(value = 1, message = "must be 1 to 100")
    @Max(value = 100, message = "must be 1 to 100")
    private int pageSize = 20;

    /** Items per feed, 1 to 100. */
    @Min(value = 1, message = "must be 1 to 100")
    @Max(value = 100, message = "must be 1 to 100")
    private int feedSize = 30;

    /** How often the site reads the change feed to drop stale pages; 0 for never. */
    @NotNull
    @DurationMin(millis = 0, message = "must not be negative")
    private Duration changePollInterval = Duration.ofMillis(500);

    /** The most cached pages and views. */
    @Min(value = 0, message = "must not be negative")
    private long cacheMaxEntries = 10_000;

    /** The most bytes cached pages may take (estimated). */
    @Min(value = 0, message = "must not be negative")
    private long cacheMaxBytes = 64L * 1024 * 1024;

    /** Whether serving an article page counts a view. */
    private boolean countViews = true;

    /**
     * Directory where the embedded resizer keeps the image renditions it made; unset for
     * dateline-renditions in the working directory. May be emptied at any time.
     */
    private @Nullable Path renditionCache;

    /**
     * Image widths, in pixels, that pages link to and the embedded resizer serves (any other is a
     * 404); each 1 to 10000.
     */
    @NotEmpty(message = "must name at least one width, such as 320,640,1280")
    private List<
            @NotNull(message = "must not be empty") @Min(value = 1, message = "must be 1 to 10000")
            @Max(value = 10_000, message = "must be 1 to 10000") Integer>
        renditionWidths = new ArrayList<>(RenditionPaths.DEFAULT_WIDTHS);

    /**
     * How many of the newest articles sharing a tag or the primary section are shown as related
     * news under an article, after the editors' picks; 0 to 20 (0: the picks only).
     */
    @Min(value = 0, message = "must be 0 to 20")
    @Max(value = 20, message = "must be 0 to 20")
    private int relatedArticles = 5;

    /**
     * Secret that signs preview links (DatelineSite.previewUrl): at least 32 bytes, random, the
     * same on every node. Unset turns previews off. Never logged.
     */
    private @Nullable String previewSecret;

    /**
     * Whether the site is enabled.
     *
     * @return the flag
     */
    public boolean isEnabled() {
      return enabled;
    }

    /**
     * Sets whether the site is enabled.
     *
     * @param enabled the flag
     */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    /**
     * The servlet's path below the context path.
     *
     * @return the path, such as {@code /news}
     */
    public String getPath() {
      return path;
    }

    /**
     * Sets the servlet's path below the context path.
     *
     * @param path the path
     */
    public void setPath(String path) {
      this.path = path;
    }

    /**
     * Articles per listing page.
     *
     * @return the size
     */
    public int getPageSize() {
      return pageSize;
    }

    /**
     * Sets the articles per listing page.
     *
     * @param pageSize the size
     */
    public void setPageSize(int pageSize) {
      this.pageSize = pageSize;
    }

    /**
     * Items per feed.
     *
     * @return the size
     */
    public int getFeedSize() {
      return feedSize;
    }

    /**
     * Sets the items per feed.
     *
     * @param feedSize the size
     */
    public void setFeedSize(int feedSize) {
      this.feedSize = feedSize;
    }

    /**
     * The change-feed poll interval.
     *
     * @return the interval
     */
    public Duration getChangePollInterval() {
      return changePollInterval;
    }

    /**
     * Sets the change-feed poll interval.
     *
     * @param changePollInterval the interval
     */
    public void setChangePollInterval(Duration changePollInterval) {
      this.changePollInterval = changePollInterval;
    }

    /**
     * The cache's entry bound.
     *
     * @return the bound
     */
    public long getCacheMaxEntries() {
      return cacheMaxEntries;
    }

    /**
     * Sets the cache's entry bound.
     *
     * @param cacheMaxEntries the bound
     */
    public void setCacheMaxEntries(long cacheMaxEntries) {
      this.cacheMaxEntries = cacheMaxEntries;
    }

    /**
     * The cache's byte bound.
     *
     * @return the bound
     */
    public long getCacheMaxBytes() {
      return cacheMaxBytes;
    }

    /**
     * Sets the cache's byte bound.
     *
     * @param cacheMaxBytes the bound
     */
    public void setCacheMaxBytes(long cacheMaxBytes) {
      this.cacheMaxBytes = cacheMaxBytes;
    }

    /**
     * Whether serving an article counts a view.
     *
     * @return the flag
     */
    public boolean isCountViews() {
      return countViews;
    }

    /**
     * Sets whether serving an article counts a view.
     *
     * @param countViews the flag
     */
    public void setCountViews(boolean countViews) {
      this.countViews = countViews;
    }

    /**
     * The rendition cache's directory.
     *
     * @return the directory, or {@code null} for the library's default ({@code dateline-renditions}
     *     in the working directory)
     */
    public @Nullable Path getRenditionCache() {
      return renditionCache;
    }

    /**
     * Sets the rendition cache's directory.
     *
     * @param renditionCache the directory, or {@code null} for the default
     */
    public void setRenditionCache(@Nullable Path renditionCache) {
      this.renditionCache = renditionCache;
    }

    /**
     * The widths of image renditions.
     *
     * @return the widths, by default {@link RenditionPaths#DEFAULT_WIDTHS}
     */
    public List<Integer> getRenditionWidths() {
      return renditionWidths;
    }

    /**
     * Sets the widths of image renditions.
     *
     * @param renditionWidths the widths, each 1 to 10000
     */
    public void setRenditionWidths(List<Integer> renditionWidths) {
      this.renditionWidths = renditionWidths;
    }

    /**
     * How many related articles are found beyond the editors' picks.
     *
     * @return 0 to 20
     */
    public int getRelatedArticles() {
      return relatedArticles;
    }

    /**
     * Sets how many related articles are found beyond the editors' picks.
     *
     * @param relatedArticles 0 to 20
     */
    public void setRelatedArticles(int relatedArticles) {
      this.relatedArticles = relatedArticles;
    }

    /**
     * The secret that signs preview links. Handle it as one: the starter passes it to {@code
     * DatelineSite.Builder.previewSecret} and never prints it.
     *
     * @return the secret, or {@code null} when previews are off
     */
    public @Nullable String getPreviewSecret() {
      return previewSecret;
    }

    /**
     * Sets the secret that signs preview links.
     *
     * @param previewSecret at least 32 bytes in UTF-8, or {@code null} for no previews
     */
    public void setPreviewSecret(@Nullable String previewSecret) {
      this.previewSecret = previewSecret;
    }

    /**
     * Describes the settings without the preview secret, which shows only as set or not.
     *
     * @return a description for diagnostics
     */
    @Override
    public String toString() {
      return "Site[path="
          + path
          + ", renditionWidths="
          + renditionWidths
          + ", relatedArticles="
          + relatedArticles
          + ", previewSecret="
          + (previewSecret == null ? "unset" : "[hidden]")
          + "]";
    }
  }

  /** {@code dateline.media.*}: uploaded images. */
  public static class Media {
    /**
     * Directory where the original bytes of uploaded images are kept, shared by every node; unset
     * for dateline-media in the working directory.
     */
    private @Nullable Path directory;

    /** The largest image file accepted on upload. */
    @NotNull(message = "must be set, such as 20MB")
    private DataSize maxBytes = DataSize.ofMegabytes(20);

    /** The most pixels (width x height, read from the file's header) an uploaded image may have. */
    @Min(value = 1, message = "must be at least 1")
    // Dateline.Builder.DEFAULT_MAX_IMAGE_PIXELS, written out so the metadata shows the default.
    private long maxPixels = 40_000_000L;

    /**
     * The blob store's directory.
     *
     * @return the directory, or {@code null} for the library's default ({@code dateline-media} in
     *     the working directory)
     */
    public @Nullable Path getDirectory() {
      return directory;
    }

    /**
     * Sets the blob store's directory.
     *
     * @param directory the directory, or {@code null} for the default
     */
    public void setDirectory(@Nullable Path directory) {
      this.directory = directory;
    }

    /**
     * The largest upload.
     *
     * @return the size
     */
    public DataSize getMaxBytes() {
      return maxBytes;
    }

    /**
     * Sets the largest upload.
     *
     * @param maxBytes the size, positive
     */
    public void setMaxBytes(DataSize maxBytes) {
      this.maxBytes = maxBytes;
    }

    /**
     * The most pixels of an upload.
     *
     * @return the pixel count
     */
    public long getMaxPixels() {
      return maxPixels;
    }

    /**
     * Sets the most pixels of an upload.
     *
     * @param maxPixels the pixel count, positive
     */
    public void setMaxPixels(long maxPixels) {
      this.maxPixels = maxPixels;
    }
  }

  /**
   * {@code dateline.revisions.*}: which article revisions are kept. Unset keeps every revision;
   * with both set a revision goes when either rule says so. The newest revision is always kept.
   */
  public static class Revisions {
    /** How many of each article's newest revisions are kept; unset for no count limit. */
    @Min(value = 1, message = "must be at least 1; leave it unset to keep every revision")
    private @Nullable Integer keepLast;

    /** Age beyond which revisions are deleted (the newest is always kept); unset for no limit. */
    @DurationMin(millis = 1, message = "must be positive; leave it unset for no age limit")
    private @Nullable Duration maxAge;

    /**
     * The count limit.
     *
     * @return the count, or {@code null} for none
     */
    public @Nullable Integer getKeepLast() {
      return keepLast;
    }

    /**
     * Sets the count limit.
     *
     * @param keepLast the count, at least 1, or {@code null} for none
     */
    public void setKeepLast(@Nullable Integer keepLast) {
      this.keepLast = keepLast;
    }

    /**
     * The age limit.
     *
     * @return the age, or {@code null} for none
     */
    public @Nullable Duration getMaxAge() {
      return maxAge;
    }

    /**
     * Sets the age limit.
     *
     * @param maxAge the age, positive, or {@code null} for none
     */
    public void setMaxAge(@Nullable Duration maxAge) {
      this.maxAge = maxAge;
    }
  }

  /** The audit log's settings ({@code dateline.audit.*}). */
  public static class Audit {
    /**
     * How long audit entries are kept; older ones are deleted about once an hour by the scheduler
     * that publishes scheduled articles. Unset keeps every entry.
     */
    @DurationMin(days = 1, message = "must be at least one day; leave it unset to keep every entry")
    private @Nullable Duration retention;

    /**
     * The retention.
     *
     * @return it, or {@code null} to keep every entry
     */
    public @Nullable Duration getRetention() {
      return retention;
    }

    /**
     * Sets the retention.
     *
     * @param retention at least one day, or {@code null} to keep every entry
     */
    public void setRetention(@Nullable Duration retention) {
      this.retention = retention;
    }
  }

  /** One entry of {@code dateline.tenants[n]}: a tenant created or updated at start. */
  public static class TenantProperties {
    /** The tenant's id: lower-case letters, digits and '-', at most 63 characters. */
    @NotBlank(message = "must be set")
    @Pattern(
        regexp = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?",
        message = "must be lower-case letters, digits and '-', 1 to 63 characters, such as unn")
    private @Nullable String id;

    /** The tenant's name. */
    @NotBlank(message = "must be set")
    private @Nullable String name;

    /** The publication name shown in datelines; the name when unset. */
    private @Nullable String publicationName;

    /** The default language, such as uk. */
    @NotNull(message = "must be set, such as uk")
    private @Nullable Locale defaultLocale;

    /** Every language the tenant publishes in; the default language when empty. */
    private Set<Locale> locales = new LinkedHashSet<>();

    /** The time zone of dates on pages. */
    @NotNull private ZoneId timeZone = ZoneId.of("UTC");

    /** The absolute URL of the tenant's home page, below the site's path, ending in /. */
    @NotNull(message = "must be set, such as https://example.com/news/unn/")
    private @Nullable URI baseUrl;

    /**
     * The id.
     *
     * @return the id
     */
    public @Nullable String getId() {
      return id;
    }

    /**
     * Sets the id.
     *
     * @param id the id
     */
    public void setId(@Nullable String id) {
      this.id = id;
    }

    /**
     * The name.
     *
     * @return the name
     */
    public @Nullable String getName() {
      return name;
    }

    /**
     * Sets the name.
     *
     * @param name the name
     */
    public void setName(@Nullable String name) {
      this.name = name;
    }

    /**
     * The publication name.
     *
     * @return the name, or {@code null} for the tenant's name
     */
    public @Nullable String getPublicationName() {
      return publicationName;
    }

    /**
     * Sets the publication name.
     *
     * @param publicationName the name
     */
    public void setPublicationName(@Nullable String publicationName) {
      this.publicationName = publicationName;
    }

    /**
     * The default language.
     *
     * @return the locale
     */
    public @Nullable Locale getDefaultLocale() {
      return defaultLocale;
    }

    /**
     * Sets the default language.
     *
     * @param defaultLocale the locale
     */
    public void setDefaultLocale(@Nullable Locale defaultLocale) {
      this.defaultLocale = defaultLocale;
    }

    /**
     * The languages.
     *
     * @return them
     */
    public Set<Locale> getLocales() {
      return locales;
    }

    /**
     * Sets the languages.
     *
     * @param locales them
     */
    public void setLocales(Set<Locale> locales) {
      this.locales = locales;
    }

    /**
     * The time zone.
     *
     * @return the zone
     */
    public ZoneId getTimeZone() {
      return timeZone;
    }

    /**
     * Sets the time zone.
     *
     * @param timeZone the zone
     */
    public void setTimeZone(ZoneId timeZone) {
      this.timeZone = timeZone;
    }

    /**
     * The base URL.
     *
     * @return the URL
     */
    public @Nullable URI getBaseUrl() {
      return baseUrl;
    }

    /**
     * Sets the base URL.
     *
     * @param baseUrl the URL
     */
    public void setBaseUrl(@Nullable URI baseUrl) {
      this.baseUrl = baseUrl;
    }
  }
}
