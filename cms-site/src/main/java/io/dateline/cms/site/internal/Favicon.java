package io.dateline.cms.site.internal;

import java.io.ByteArrayOutputStream;

/**
 * The site's default favicon: a 32×32 ICO drawn here in code (a white "D" on the theme's blue), so
 * that {@code /favicon.ico} is never a 404 and the jar carries no image it did not make. The ICO
 * and BMP layouts are a few fixed little-endian headers, so no image library is needed.
 */
final class Favicon {
  static final byte[] ICO = draw();

  private static final int SIZE = 32;

  private Favicon() {}

  private static byte[] draw() {
    int maskRowBytes = 4 * ((SIZE + 31) / 32);
    int pixelBytes = SIZE * SIZE * 4;
    int imageBytes = 40 + pixelBytes + maskRowBytes * SIZE;
    ByteArrayOutputStream out = new ByteArrayOutputStream(6 + 16 + imageBytes);
    // ICONDIR: reserved, type 1 (icon), one image.
    le16(out, 0);
    le16(out, 1);
    le16(out, 1);
    // ICONDIRENTRY: width, height, no palette, reserved, planes, bits per pixel, size, offset.
    out.write(SIZE);
    out.write(SIZE);
    out.write(0);
    out.write(0);
    le16(out, 1);
    le16(out, 32);
    le32(out, imageBytes);
    le32(out, 6 + 16);
    // BITMAPINFOHEADER; an icon's height counts the colour rows and the mask rows.
    le32(out, 40);
    le32(out, SIZE);
    le32(out, SIZE * 2);
    le16(out, 1);
    le16(out, 32);
    le32(out, 0);
    le32(out, pixelBytes);
    le32(out, 0);
    le32(out, 0);
    le32(out, 0);
    le32(out, 0);
    // Pixels, bottom row first, as BGRA.
    for (int y = SIZE - 1; y >= 0; y--) {
      for (int x = 0; x < SIZE; x++) {
        boolean letter = isLetter(x, y);
        out.write(letter ? 0xff : 0x8a);
        out.write(letter ? 0xff : 0x4f);
        out.write(letter ? 0xff : 0x0b);
        out.write(0xff);
      }
    }
    // The AND mask: all zero, every pixel opaque (the alpha channel already says so).
    out.write(new byte[maskRowBytes * SIZE], 0, maskRowBytes * SIZE);
    return out.toByteArray();
  }

  /** A "D": a vertical stem and a half ring, both 4 pixels thick. */
  private static boolean isLetter(int x, int y) {
    boolean stem = x >= 8 && x < 12 && y >= 6 && y < 26;
    double dx = x + 0.5 - 12;
    double dy = y + 0.5 - 16;
    double r = Math.sqrt(dx * dx + dy * dy);
    boolean bowl = x >= 12 && r >= 6 && r < 10;
    boolean bars = (y >= 6 && y < 10 || y >= 22 && y < 26) && x >= 8 && x < 13;
    return stem || bowl || bars;
  }

  private static void le16(ByteArrayOutputStream out, int v) {
    out.write(v & 0xff);
    out.write((v >>> 8) & 0xff);
  }

  private static void le32(ByteArrayOutputStream out, int v) {
    le16(out, v & 0xffff);
    le16(out, (v >>> 16) & 0xffff);
  }
}
