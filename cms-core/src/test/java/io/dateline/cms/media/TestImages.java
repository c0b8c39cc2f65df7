package io.dateline.cms.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Real image files for tests, drawn and encoded by the JDK, and hand-made headers. */
public final class TestImages {
  private TestImages() {}

  /** A JPEG of a size: a blue field with a white square in its middle. */
  public static byte[] jpeg(int width, int height) {
    return encode(draw(width, height, BufferedImage.TYPE_INT_RGB), "jpeg");
  }

  /** A PNG of a size, with an alpha channel. */
  public static byte[] png(int width, int height) {
    return encode(draw(width, height, BufferedImage.TYPE_INT_ARGB), "png");
  }

  /** A GIF of a size. */
  public static byte[] gif(int width, int height) {
    return encode(draw(width, height, BufferedImage.TYPE_INT_RGB), "gif");
  }

  /** The first {@code keep} bytes of a file. */
  public static byte[] cut(byte[] file, int keep) {
    return Arrays.copyOf(file, keep);
  }

  /**
   * A PNG made only of a signature and a header chunk declaring a size: what an attacker sends to
   * make a decoder allocate a huge bitmap.
   */
  public static byte[] pngHeaderOnly(int width, int height) {
    ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height);
    ihdr.put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
    chunk(out, "IHDR", ihdr.array());
    return out.toByteArray();
  }

  /** A lossless WebP container with a bitstream header declaring a size (not decodable). */
  public static byte[] webpLossless(int width, int height) {
    int bits = (width - 1) | (height - 1) << 14;
    byte[] data = new byte[] {0x2F, 0, 0, 0, 0, 0, 0, 0};
    ByteBuffer.wrap(data, 1, 4).order(ByteOrder.LITTLE_ENDIAN).putInt(bits);
    ByteBuffer b = ByteBuffer.allocate(12 + 8 + data.length).order(ByteOrder.LITTLE_ENDIAN);
    b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(4 + 8 + data.length);
    b.put("WEBP".getBytes(StandardCharsets.US_ASCII));
    b.put("VP8L".getBytes(StandardCharsets.US_ASCII)).putInt(data.length).put(data);
    return b.array();
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
    byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
    out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
    out.writeBytes(typeBytes);
    out.writeBytes(data);
    CRC32 crc = new CRC32();
    crc.update(typeBytes);
    crc.update(data);
    out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }

  private static BufferedImage draw(int width, int height, int type) {
    BufferedImage image = new BufferedImage(width, height, type);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(11, 79, 138));
    g.fillRect(0, 0, width, height);
    g.setColor(Color.WHITE);
    g.fillRect(width / 4, height / 4, Math.max(1, width / 2), Math.max(1, height / 2));
    g.dispose();
    return image;
  }

  private static byte[] encode(BufferedImage image, String format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, format, out)) {
        throw new IllegalStateException("no ImageIO writer for " + format);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
