package io.dateline.cms.internal;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Generates version 7 UUIDs (RFC 9562): 48 bits of Unix milliseconds followed by random bits.
 *
 * <p>The JDK only offers random (v4) and name-based (v3) UUIDs; a v7 generator is a dozen lines, so
 * no dependency is taken for it. Time-ordered ids let every node mint ids without coordination
 * while keeping B-tree inserts near the right edge of the index.
 *
 * @since 0.1.0
 */
public final class TimeOrderedUuid {
  private static final SecureRandom RANDOM = new SecureRandom();

  private TimeOrderedUuid() {}

  /**
   * Returns a new version 7 UUID.
   *
   * @return a fresh UUID
   */
  public static UUID next() {
    long millis = System.currentTimeMillis();
    long randA = RANDOM.nextLong();
    long randB = RANDOM.nextLong();
    long msb = (millis << 16) | 0x7000L | (randA & 0x0FFFL);
    long lsb = (randB & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(msb, lsb);
  }

  /**
   * Compares two UUIDs as unsigned 128-bit numbers, the byte order databases use.
   *
   * <p>{@link UUID#compareTo} compares signed halves, which disagrees with PostgreSQL and H2 for
   * half the values; keyset pagination needs every store to agree on one order.
   *
   * @param a first
   * @param b second
   * @return negative, zero or positive
   */
  public static int compareUnsigned(UUID a, UUID b) {
    int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
    return high != 0
        ? high
        : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
  }
}
