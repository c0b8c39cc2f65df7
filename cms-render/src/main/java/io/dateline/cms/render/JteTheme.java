package io.dateline.cms.render;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.dateline.cms.render.spi.Theme;
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
 * {@link Labels} {@code labels}. Thread-safe.
 */
public final class JteTheme implements Theme {
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

  /** Loaded on first use only: applications with their own styles never read it. */
  private static final class StandardStylesheet {
    static final byte[] BYTES = load();

    private static byte[] load() {
      try (java.io.InputStream in = JteTheme.class.getResourceAsStream("dateline.css")) {
        if (in == null) {
          throw new IllegalStateException("dateline.css is missing from the cms-render jar");
        }
        return in.readAllBytes();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  @Override
  public String articlePage(ArticlePage page) {
    StringOutput out = new StringOutput(16 * 1024);
    engine.render("article.jte", page, out);
    return out.toString();
  }

  @Override
  public String listingPage(ListingPage page) {
    StringOutput out = new StringOutput(16 * 1024);
    engine.render("listing.jte", page, out);
    return out.toString();
  }

  @Override
  public String mostRead(List<HeadlineView> items, Labels labels) {
    StringOutput out = new StringOutput(2048);
    engine.render("mostRead.jte", Map.of("items", items, "labels", labels), out);
    return out.toString();
  }
}
