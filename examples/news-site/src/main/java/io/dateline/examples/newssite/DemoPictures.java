package io.dateline.examples.newssite;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.SplittableRandom;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * The demo's pictures, drawn here in code with Java2D so that the repository carries no photograph
 * or drawing of anyone else: lead images are landscapes of gradients and shapes, portraits are
 * silhouettes with initials, logos are word marks and icons a letter. Every picture is a pure
 * function of its kind, seed and size, so it can be drawn at any rendition size on request and
 * comes out the same every time.
 *
 * <p>Stateless and thread-safe.
 */
final class DemoPictures {
  /** What a picture shows. */
  enum Kind {
    /** A landscape for an article's lead image. */
    SCENE,
    /** An author's portrait: a silhouette with initials. */
    PORTRAIT,
    /** A publication's word mark. */
    LOGO,
    /** A publication's square icon: its initial. */
    ICON
  }

  /** The four landscapes, with their alt text in the demo's two languages. */
  enum Scene {
    DAWN_HILLS("Drawing of green hills at dawn", "Малюнок зелених пагорбів на світанку"),
    CITY_DUSK("Drawing of a city skyline at dusk", "Малюнок силуету міста в сутінках"),
    RIVER_NOON("Drawing of a river under the midday sun", "Малюнок річки під полуденним сонцем"),
    FIELD_NIGHT("Drawing of a field under the moon", "Малюнок поля під місяцем");

    private final String english;
    private final String ukrainian;

    Scene(String english, String ukrainian) {
      this.english = english;
      this.ukrainian = ukrainian;
    }

    String alt(Locale language) {
      return language.getLanguage().equals("uk") ? ukrainian : english;
    }

    static Scene of(String seed) {
      return values()[Math.floorMod(seed.hashCode(), values().length)];
    }
  }

  private DemoPictures() {}

  /**
   * Draws a picture.
   *
   * @param kind what it shows
   * @param seed what varies it (an article's key, an author's name, a publication's name)
   * @param text the initials, word mark or letter; ignored for scenes
   * @param width the width in pixels
   * @param height the height in pixels
   * @return the image
   */
  static BufferedImage draw(Kind kind, String seed, String text, int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      switch (kind) {
        case SCENE ->
            scene(g, Scene.of(seed), new SplittableRandom(seed.hashCode()), width, height);
        case PORTRAIT -> portrait(g, seed, text, width, height);
        case LOGO -> logo(g, seed, text, width, height);
        case ICON -> icon(g, seed, text, width, height);
      }
    } finally {
      g.dispose();
    }
    return image;
  }

  /**
   * Encodes a picture: JPEG for scenes and portraits (smooth gradients), PNG for logos and icons
   * (flat colours and sharp letters).
   *
   * @param kind what it shows
   * @param image the drawn image
   * @return the bytes
   */
  static byte[] encode(Kind kind, BufferedImage image) {
    return kind == Kind.SCENE || kind == Kind.PORTRAIT ? jpeg(image, 0.78f) : png(image);
  }

  /**
   * The media type {@link #encode} produces.
   *
   * @param kind what the picture shows
   * @return {@code image/jpeg} or {@code image/png}
   */
  static String mediaType(Kind kind) {
    return kind == Kind.SCENE || kind == Kind.PORTRAIT ? "image/jpeg" : "image/png";
  }

  private static void scene(Graphics2D g, Scene scene, SplittableRandom random, int w, int h) {
    Color skyTop;
    Color skyBottom;
    Color far;
    Color near;
    switch (scene) {
      case DAWN_HILLS -> {
        skyTop = new Color(0x7fa7d9);
        skyBottom = new Color(0xf6c89f);
        far = new Color(0x6f9a6b);
        near = new Color(0x3f6e43);
      }
      case CITY_DUSK -> {
        skyTop = new Color(0x2b2d5c);
        skyBottom = new Color(0xe48a5c);
        far = new Color(0x4a3f66);
        near = new Color(0x1f1b33);
      }
      case RIVER_NOON -> {
        skyTop = new Color(0x3d8fd6);
        skyBottom = new Color(0xbfe3f7);
        far = new Color(0x88b36a);
        near = new Color(0x2f7fb0);
      }
      default -> {
        skyTop = new Color(0x0b1533);
        skyBottom = new Color(0x2d3f73);
        far = new Color(0x27344f);
        near = new Color(0x141b2b);
      }
    }
    g.setPaint(new GradientPaint(0, 0, skyTop, 0, h * 0.7f, skyBottom));
    g.fillRect(0, 0, w, h);
    // The sun or the moon, somewhere in the upper sky.
    double r = Math.min(w, h) * (0.08 + random.nextDouble() * 0.05);
    double cx = w * (0.15 + random.nextDouble() * 0.7);
    double cy = h * (0.15 + random.nextDouble() * 0.2);
    g.setColor(scene == Scene.FIELD_NIGHT ? new Color(0xf2f0e1) : new Color(0xfff3c4));
    g.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
    if (scene == Scene.FIELD_NIGHT) {
      g.setColor(new Color(255, 255, 255, 200));
      for (int i = 0; i < 40; i++) {
        double s = Math.max(1, w / 600.0);
        g.fill(new Ellipse2D.Double(random.nextDouble() * w, random.nextDouble() * h * 0.5, s, s));
      }
    }
    if (scene == Scene.CITY_DUSK) {
      skyline(g, random, w, h, far, 0.45);
      skyline(g, random, w, h, near, 0.62);
    } else {
      hills(g, random, w, h, far, 0.55);
      hills(g, random, w, h, near, 0.72);
    }
    if (scene == Scene.RIVER_NOON) {
      Path2D river = new Path2D.Double();
      river.moveTo(w * 0.42, h * 0.7);
      river.curveTo(w * 0.2, h * 0.82, w * 0.75, h * 0.88, w * 0.35, h);
      river.lineTo(w * 0.75, h);
      river.curveTo(w * 0.95, h * 0.88, w * 0.45, h * 0.8, w * 0.52, h * 0.7);
      river.closePath();
      g.setColor(new Color(0x9fd3f0));
      g.fill(river);
    }
  }

  private static void hills(
      Graphics2D g, SplittableRandom random, int w, int h, Color color, double level) {
    Path2D path = new Path2D.Double();
    path.moveTo(0, h);
    path.lineTo(0, h * level);
    int bumps = 3 + random.nextInt(3);
    for (int i = 0; i < bumps; i++) {
      double x1 = w * (i + 0.5) / bumps;
      double x2 = w * (i + 1.0) / bumps;
      double peak = h * (level - 0.05 - random.nextDouble() * 0.12);
      double end = h * (level + (random.nextDouble() - 0.5) * 0.06);
      path.quadTo(x1, peak, x2, end);
    }
    path.lineTo(w, h);
    path.closePath();
    g.setColor(color);
    g.fill(path);
  }

  private static void skyline(
      Graphics2D g, SplittableRandom random, int w, int h, Color color, double level) {
    g.setColor(color);
    double x = 0;
    while (x < w) {
      double bw = w * (0.04 + random.nextDouble() * 0.07);
      double top = h * (level - random.nextDouble() * 0.22);
      g.fill(new java.awt.geom.Rectangle2D.Double(x, top, bw + 1, h - top));
      x += bw;
    }
  }

  private static void portrait(Graphics2D g, String seed, String initials, int w, int h) {
    float hue = Math.floorMod(seed.hashCode(), 360) / 360f;
    g.setPaint(
        new GradientPaint(
            0, 0, Color.getHSBColor(hue, 0.35f, 0.92f), w, h, Color.getHSBColor(hue, 0.5f, 0.7f)));
    g.fillRect(0, 0, w, h);
    double s = Math.min(w, h);
    double cx = w / 2.0;
    g.setColor(Color.getHSBColor(hue, 0.45f, 0.35f));
    // Shoulders, then the head.
    g.fill(new Ellipse2D.Double(cx - s * 0.42, h - s * 0.32, s * 0.84, s * 0.7));
    g.fill(new Ellipse2D.Double(cx - s * 0.2, h - s * 0.78, s * 0.4, s * 0.44));
    g.setColor(Color.WHITE);
    text(g, initials, Font.SANS_SERIF, (int) (s * 0.16), cx, h - s * 0.12);
  }

  private static void logo(Graphics2D g, String seed, String name, int w, int h) {
    float hue = Math.floorMod(seed.hashCode(), 360) / 360f;
    g.setColor(Color.getHSBColor(hue, 0.75f, 0.45f));
    g.fillRect(0, 0, w, h);
    g.setColor(Color.WHITE);
    int size = (int) (h * 0.5);
    Font font = new Font(Font.SERIF, Font.BOLD, size);
    FontMetrics metrics = g.getFontMetrics(font);
    while (metrics.stringWidth(name) > w * 0.9 && size > 6) {
      size--;
      font = new Font(Font.SERIF, Font.BOLD, size);
      metrics = g.getFontMetrics(font);
    }
    text(g, name, Font.SERIF, size, w / 2.0, h / 2.0 + metrics.getAscent() * 0.35);
  }

  private static void icon(Graphics2D g, String seed, String letter, int w, int h) {
    float hue = Math.floorMod(seed.hashCode(), 360) / 360f;
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, w, h);
    g.setColor(Color.getHSBColor(hue, 0.75f, 0.45f));
    double s = Math.min(w, h);
    g.fill(new RoundRectangle2D.Double(0, 0, w, h, s * 0.3, s * 0.3));
    g.setColor(Color.WHITE);
    g.setStroke(new BasicStroke((float) (s * 0.03)));
    text(g, letter, Font.SERIF, (int) (s * 0.62), w / 2.0, h / 2.0 + s * 0.22);
  }

  private static void text(
      Graphics2D g, String text, String family, int size, double cx, double y) {
    Font font = new Font(family, Font.BOLD, Math.max(6, size));
    g.setFont(font);
    FontMetrics metrics = g.getFontMetrics(font);
    g.drawString(text, (float) (cx - metrics.stringWidth(text) / 2.0), (float) y);
  }

  private static byte[] jpeg(BufferedImage image, float quality) {
    Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
    if (!writers.hasNext()) {
      throw new IllegalStateException("this JVM has no JPEG writer");
    }
    ImageWriter writer = writers.next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
    try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
      writer.setOutput(out);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(quality);
      writer.write(null, new IIOImage(image, null, null), param);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }

  private static byte[] png(BufferedImage image) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
    try {
      ImageIO.write(image, "png", bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
