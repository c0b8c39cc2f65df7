package io.dateline.cms.internal;

import io.dateline.cms.InvalidImageException;
import java.util.zip.CRC32;

/**
 * Reads what an uploaded image is from its bytes alone: the format from its signature, the
 * dimensions from its header, and whether the file is whole, by walking its structure (chunks,
 * segments, blocks) to the end the format prescribes.
 *
 * <p>Written by hand rather than with {@code javax.imageio}: the four headers are a few fixed
 * fields, reading them needs no decoder (so the pixel limit is enforced before any decoder could
 * allocate a bitmap), and cms-core stays free of {@code java.desktop}. Nothing here decodes pixels.
 */
public final class ImageFormat {
  /** What the bytes are. */
  public record Info(String mediaType, String extension, int width, int height) {}

  private ImageFormat() {}

  /**
   * Identifies and checks a complete file.
   *
   * @param b the file's bytes
   * @param maxPixels the most pixels (width × height) allowed
   * @return the format and dimensions
   * @throws InvalidImageException naming the broken rule
   */
  public static Info inspect(byte[] b, long maxPixels) {
    if (b.length == 0) {
      throw new InvalidImageException(InvalidImageException.EMPTY, "the file is empty");
    }
    Info info;
    if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
      info = jpeg(b);
    } else if (startsWith(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      info = png(b, maxPixels);
    } else if (startsWith(b, 'G', 'I', 'F', '8', '7', 'a')
        || startsWith(b, 'G', 'I', 'F', '8', '9', 'a')) {
      info = gif(b, maxPixels);
    } else if (b.length >= 12
        && startsWith(b, 'R', 'I', 'F', 'F')
        && b[8] == 'W'
        && b[9] == 'E'
        && b[10] == 'B'
        && b[11] == 'P') {
      info = webp(b, maxPixels);
    } else {
      throw new InvalidImageException(
          InvalidImageException.MEDIA_TYPE,
          "the content is not a JPEG, PNG, GIF or WebP image (the file's name is not trusted)");
    }
    checkPixels(info.width(), info.height(), maxPixels);
    return info;
  }

  private static void checkPixels(long width, long height, long maxPixels) {
    if (width <= 0 || height <= 0) {
      throw truncated("the header declares no dimensions");
    }
    if (width * height > maxPixels) {
      throw new InvalidImageException(
          InvalidImageException.MAX_PIXELS,
          "the image is "
              + width
              + "x"
              + height
              + " = "
              + width * height
              + " pixels, more than the limit of "
              + maxPixels);
    }
  }

  // ---- JPEG: segments up to the first scan, then the end-of-image marker ----

  private static Info jpeg(byte[] b) {
    int pos = 2;
    int width = 0;
    int height = 0;
    while (true) {
      if (pos >= b.length) {
        throw truncated("the JPEG ends before its first scan");
      }
      if ((b[pos] & 0xFF) != 0xFF) {
        throw truncated("the JPEG has a broken segment structure");
      }
      while (pos < b.length && (b[pos] & 0xFF) == 0xFF) {
        pos++; // fill bytes
      }
      if (pos >= b.length) {
        throw truncated("the JPEG ends inside a marker");
      }
      int marker = b[pos] & 0xFF;
      pos++;
      if (marker == 0xD9) {
        throw truncated("the JPEG ends before its first scan");
      }
      if (marker == 0x01 || marker >= 0xD0 && marker <= 0xD7) {
        continue; // markers without a length
      }
      int length = u16be(b, pos);
      if (length < 2 || pos + length > b.length) {
        throw truncated("a JPEG segment runs past the end of the file");
      }
      boolean frame =
          marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
      if (frame) {
        if (length < 7) {
          throw truncated("the JPEG frame header is too short");
        }
        height = u16be(b, pos + 3);
        width = u16be(b, pos + 5);
      }
      if (marker == 0xDA) {
        if (width == 0 || height == 0) {
          throw truncated("the JPEG has no frame header before its scan");
        }
        // Entropy-coded data never contains FF D9 (a data byte FF is followed by 00 or a restart
        // marker), so the end-of-image marker after the first scan says the file is whole.
        for (int i = pos + length; i + 1 < b.length; i++) {
          if ((b[i] & 0xFF) == 0xFF && (b[i + 1] & 0xFF) == 0xD9) {
            return new Info("image/jpeg", "jpg", width, height);
          }
        }
        throw truncated("the JPEG has no end-of-image marker: the file was cut short");
      }
      pos += length;
    }
  }

  // ---- PNG: every chunk with its CRC, up to IEND ----

  private static Info png(byte[] b, long maxPixels) {
    int pos = 8;
    if (b.length < pos + 8 + 13 + 4 || !type(b, pos + 4, "IHDR")) {
      throw truncated("the PNG has no complete header chunk");
    }
    long width = u32be(b, pos + 8);
    long height = u32be(b, pos + 12);
    // The pixel limit is checked before the rest of the file is even walked.
    checkPixels(width, height, maxPixels);
    CRC32 crc = new CRC32();
    while (true) {
      if (pos + 12 > b.length) {
        throw truncated("the PNG ends before its IEND chunk: the file was cut short");
      }
      long length = u32be(b, pos);
      if (length > b.length - pos - 12L) {
        throw truncated("a PNG chunk runs past the end of the file");
      }
      int dataEnd = pos + 8 + (int) length;
      crc.reset();
      crc.update(b, pos + 4, 4 + (int) length);
      if (crc.getValue() != u32be(b, dataEnd)) {
        throw truncated("a PNG chunk's checksum does not match its content");
      }
      if (type(b, pos + 4, "IEND")) {
        return new Info("image/png", "png", (int) width, (int) height);
      }
      pos = dataEnd + 4;
    }
  }

  // ---- GIF: header, colour tables, then blocks up to the trailer ----

  private static Info gif(byte[] b, long maxPixels) {
    if (b.length < 13) {
      throw truncated("the GIF has no complete header");
    }
    int width = u16le(b, 6);
    int height = u16le(b, 8);
    checkPixels(width, height, maxPixels);
    int pos = 13 + colourTable(b[10]);
    while (true) {
      if (pos >= b.length) {
        throw truncated("the GIF ends before its trailer: the file was cut short");
      }
      int block = b[pos] & 0xFF;
      if (block == 0x3B) {
        return new Info("image/gif", "gif", width, height);
      } else if (block == 0x2C) {
        if (pos + 10 > b.length) {
          throw truncated("the GIF ends inside an image descriptor");
        }
        pos += 10 + colourTable(b[pos + 9]);
        pos += 1; // LZW minimum code size
        pos = subBlocks(b, pos);
      } else if (block == 0x21) {
        pos = subBlocks(b, pos + 2);
      } else {
        throw truncated("the GIF has an unknown block");
      }
    }
  }

  private static int colourTable(byte packed) {
    return (packed & 0x80) == 0 ? 0 : 3 * (1 << ((packed & 0x07) + 1));
  }

  private static int subBlocks(byte[] b, int start) {
    int pos = start;
    while (true) {
      if (pos >= b.length) {
        throw truncated("the GIF ends inside a data block");
      }
      int size = b[pos] & 0xFF;
      pos += 1;
      if (size == 0) {
        return pos;
      }
      pos += size;
    }
  }

  // ---- WebP: the RIFF container's declared size, its chunks and the bitstream header ----

  private static Info webp(byte[] b, long maxPixels) {
    long riffSize = u32le(b, 4);
    if (riffSize + 8 > b.length) {
      throw truncated("the WebP is shorter than its RIFF header declares: the file was cut short");
    }
    if (b.length < 25) {
      throw truncated("the WebP has no complete bitstream header");
    }
    int end = (int) (riffSize + 8);
    long width;
    long height;
    boolean lossless = type(b, 12, "VP8L");
    if (!lossless && b.length < 30) {
      throw truncated("the WebP has no complete bitstream header");
    }
    if (type(b, 12, "VP8 ")) {
      if ((b[23] & 0xFF) != 0x9D || (b[24] & 0xFF) != 0x01 || (b[25] & 0xFF) != 0x2A) {
        throw truncated("the WebP's lossy bitstream has no start code");
      }
      width = u16le(b, 26) & 0x3FFF;
      height = u16le(b, 28) & 0x3FFF;
    } else if (lossless) {
      if ((b[20] & 0xFF) != 0x2F) {
        throw truncated("the WebP's lossless bitstream has no signature");
      }
      long bits = u32le(b, 21);
      width = (bits & 0x3FFF) + 1;
      height = ((bits >>> 14) & 0x3FFF) + 1;
    } else if (type(b, 12, "VP8X")) {
      width = u24le(b, 24) + 1;
      height = u24le(b, 27) + 1;
    } else {
      throw truncated("the WebP has no known bitstream chunk");
    }
    checkPixels(width, height, maxPixels);
    int pos = 12;
    while (pos < end) {
      if (pos + 8 > end) {
        throw truncated("the WebP ends inside a chunk header");
      }
      long size = u32le(b, pos + 4);
      long next = pos + 8 + size + (size & 1);
      if (pos + 8 + size > end) {
        throw truncated("a WebP chunk runs past the end of the file");
      }
      pos = (int) Math.min(next, end);
    }
    return new Info("image/webp", "webp", (int) width, (int) height);
  }

  // ---- bytes ----

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean type(byte[] b, int pos, String type) {
    for (int i = 0; i < 4; i++) {
      if (b[pos + i] != type.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static int u16be(byte[] b, int pos) {
    if (pos + 2 > b.length) {
      throw truncated("the file ends inside a header");
    }
    return (b[pos] & 0xFF) << 8 | b[pos + 1] & 0xFF;
  }

  private static int u16le(byte[] b, int pos) {
    return (b[pos + 1] & 0xFF) << 8 | b[pos] & 0xFF;
  }

  private static long u24le(byte[] b, int pos) {
    return (long) (b[pos + 2] & 0xFF) << 16 | (b[pos + 1] & 0xFF) << 8 | b[pos] & 0xFF;
  }

  private static long u32be(byte[] b, int pos) {
    return (long) (b[pos] & 0xFF) << 24
        | (b[pos + 1] & 0xFF) << 16
        | (b[pos + 2] & 0xFF) << 8
        | b[pos + 3] & 0xFF;
  }

  private static long u32le(byte[] b, int pos) {
    return (long) (b[pos + 3] & 0xFF) << 24
        | (b[pos + 2] & 0xFF) << 16
        | (b[pos + 1] & 0xFF) << 8
        | b[pos] & 0xFF;
  }

  private static InvalidImageException truncated(String message) {
    return new InvalidImageException(InvalidImageException.TRUNCATED, message);
  }
}
