package io.dateline.cms.render;

import gg.jte.Content;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import io.dateline.cms.render.internal.MarkupText;
import io.dateline.cms.render.spi.Theme;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A theme rendered by jte, whose {@code Html} content type escapes every value for where it lands
 * (element body, attribute, URL, script).
 *
 * <p>{@link #standard()} is Dateline's default theme, compiled to Java when the library is built.
 * {@link #using(TemplateEngine)} renders an application's own templates with the same names and
 * parameters: {@code article.jte} takes an {@link ArticlePage} {@code page}, {@code listing.jte} a
 * {@link ListingPage} {@code page}, and {@code mostRead.jte} a {@code List<HeadlineView> items} and
 * {@link Labels} {@code labels}; optionally {@code error.jte} an {@link ErrorPage} {@code page} and
 * {@code tenants.jte} a {@link TenantsPage} {@code page} (without them, those pages come from the
 * standard theme).
 *
 * <p>Pages are written as UTF-8 bytes by {@link #articlePageUtf8} and {@link #listingPageUtf8} into
 * jte's {@link Utf8ByteOutput}; the standard templates are compiled with jte's {@code
 * binaryStaticContent}, so their fixed markup is encoded once at build time and only copied per
 * page. The {@code String} methods render the same documents. Thread-safe.
 *
 * @since 0.1.0
 */
public final class JteTheme implements Theme {
  // Utf8ByteOutput keeps one array per write (static parts are shared, not copied) in a list that
  // starts at this capacity. The reference article page writes about 780 of them; starting at
  // jte's default of 512 grew the list twice per page, 7 KB of garbage.
  private static final int PAGE_CHUNKS = 1024;

  private static final JteTheme STANDARD =
      new JteTheme(
          TemplateEngine.createPrecompiled(
              null,
              ContentType.Html,
              JteTheme.class.getClassLoader(),
              "io.dateline.cms.render.internal.jte"));

  private final TemplateEngine engine;

  private JteTheme(TemplateEngine engine) {
    this.engine = engine;
  }

  /**
   * Dateline's default theme.
   *
   * @return the shared instance
   */
  public static JteTheme standard() {
    return STANDARD;
  }

  /**
   * A theme of the application's own templates.
   *
   * @param engine a jte engine for {@link ContentType#Html} that finds {@code article.jte}, {@code
   *     listing.jte} and {@code mostRead.jte}
   * @return the theme
   */
  public static JteTheme using(TemplateEngine engine) {
    return new JteTheme(Objects.requireNonNull(engine, "engine"));
  }

  /**
   * Dateline's safe markup as jte content, for templates of your own: {@code
   * ${JteTheme.content(page.body())}} writes it as is, where a plain {@code ${page.body()}} would
   * escape it. The default templates write {@code body()} and {@code head().extra()} this way.
   *
   * @param html the markup; never {@code null}
   * @return jte content that writes it unescaped
   */
  public static Content content(Html html) {
    return MarkupText.content(Objects.requireNonNull(html, "html"));
  }

  /**
   * The stylesheet that goes with the standard theme's markup: a readable news layout (headline
   * list with badges, article column, most-read sidebar) that an application serves at a URL of its
   * choice and links from the page head, for example with a {@code HeadContributor} that calls
   * {@code head.link("stylesheet", url)}. Markup and styles stay apart so that an application can
   * keep the markup and bring its own look.
   *
   * @return the CSS text, UTF-8
   */
  public static byte[] standardStylesheet() {
    return StandardStylesheet.BYTES.clone();
  }

  /**
   * The script that makes the standard theme's view beacon fire: it finds every element with a
   * {@code data-dateline-beacon} attribute (written on article pages whose view has a {@code
   * beaconUrl}) and posts to that URL once with {@code navigator.sendBeacon}, falling back to
   * {@code fetch} with {@code keepalive}. An application serves these bytes at a URL of its choice
   * (as {@code text/javascript}) and loads them from every page with a {@code HeadContributor} that
   * calls {@code head.script(url)}; the script waits for the document when it runs before it is
   * parsed, as {@code async} scripts may.
   *
   * @return the script, UTF-8; a new array on each call
   * @since 0.1.0
   */
  public static byte[] standardBeaconScript() {
    return StandardBeaconScript.BYTES.clone();
  }

  /** Loaded on first use only: applications with their own styles never read it. */
  private static final class StandardStylesheet {
    static final byte[] BYTES = resource("dateline.css");
  }

  /** Loaded on first use only: applications that count views otherwise never read it. */
  private static final class StandardBeaconScript {
    static final byte[] BYTES = resource("beacon.js");
  }

  private static byte[] resource(String name) {
    try (InputStream in = JteTheme.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the cms-render jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // The String methods decode the byte output rather than render into a StringOutput: with
  // binaryStaticContent, a StringOutput would decode every static part of the template on every
  // page (measured: 113 KB allocated per reference page against 90 KB before binary parts), while
  // rendering bytes and decoding once costs less than either. It also means both forms of a page
  // are the same document by construction.

  @Override
  public String articlePage(ArticlePage page) {
    return new String(articlePageUtf8(page), StandardCharsets.UTF_8);
  }

  @Override
  public String listingPage(ListingPage page) {
    return new String(listingPageUtf8(page), StandardCharsets.UTF_8);
  }

  @Override
  public String mostRead(List<HeadlineView> items, Labels labels) {
    Utf8ByteOutput out = new Utf8ByteOutput(128);
    engine.render("mostRead.jte", Map.of("items", items, "labels", labels), out);
    return new String(out.toByteArray(), StandardCharsets.UTF_8);
  }

  @Override
  public byte[] articlePageUtf8(ArticlePage page) {
    Utf8ByteOutput out = new Utf8ByteOutput(PAGE_CHUNKS);
    engine.render("article.jte", page, out);
    return out.toByteArray();
  }

  @Override
  public byte[] listingPageUtf8(ListingPage page) {
    Utf8ByteOutput out = new Utf8ByteOutput(PAGE_CHUNKS);
    engine.render("listing.jte", page, out);
    return out.toByteArray();
  }

  @Override
  public byte[] errorPageUtf8(ErrorPage page) {
    if (this != STANDARD && !engine.hasTemplate("error.jte")) {
      return STANDARD.errorPageUtf8(page);
    }
    Utf8ByteOutput out = new Utf8ByteOutput();
    engine.render("error.jte", page, out);
    return out.toByteArray();
  }

  @Override
  public byte[] tenantsPageUtf8(TenantsPage page) {
    if (this != STANDARD && !engine.hasTemplate("tenants.jte")) {
      return STANDARD.tenantsPageUtf8(page);
    }
    Utf8ByteOutput out = new Utf8ByteOutput();
    engine.render("tenants.jte", page, out);
    return out.toByteArray();
  }

  @Override
  public byte[] searchPageUtf8(SearchResultsPage page) {
    if (this != STANDARD && !engine.hasTemplate("search.jte")) {
      return STANDARD.searchPageUtf8(page);
    }
    Utf8ByteOutput out = new Utf8ByteOutput(PAGE_CHUNKS);
    engine.render("search.jte", page, out);
    return out.toByteArray();
  }
}
