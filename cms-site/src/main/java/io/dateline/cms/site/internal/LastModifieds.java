package io.dateline.cms.site.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * Keeps each page's {@code Last-Modified} from moving backwards on this node. A page's own times
 * can fall: a translation that carried the newest time is deleted, a referenced author is renamed
 * without any article time moving. So every page remembers what it last served together with the
 * identity of its content; a reload with the same identity never goes below the remembered time,
 * and one with another identity goes at least to the tenant's last change (the change that made it
 * different). Bounded like the page cache; a page whose stamp was evicted starts again from its own
 * times.
 */
final class LastModifieds {
  private record Stamp(String identity, @Nullable Instant lastModified) {}

  private final Cache<Object, Stamp> stamps;
  private final Clock clock;

  LastModifieds(long maxEntries, Clock clock) {
    this.stamps = Caffeine.newBuilder().maximumSize(Math.max(1, maxEntries)).build();
    this.clock = clock;
  }

  /**
   * The time to serve for a page just loaded.
   *
   * @param page the page's cache key
   * @param identity what the page shows (versions, references)
   * @param own the page's own newest time
   * @param tenantChanged the tenant's last change seen, or {@code null}
   * @return at least {@code own}, and never before what this page was last served with
   */
  @Nullable Instant next(
      Object page, String identity, @Nullable Instant own, @Nullable Instant tenantChanged) {
    Instant result = own;
    Stamp previous = stamps.getIfPresent(page);
    if (previous != null) {
      result = latest(result, previous.lastModified());
      if (!previous.identity().equals(identity)) {
        Instant changed =
            tenantChanged != null ? tenantChanged : clock.instant().truncatedTo(ChronoUnit.SECONDS);
        result = latest(result, changed);
      }
    }
    stamps.put(page, new Stamp(identity, result));
    return result;
  }

  /**
   * The later of two times, either of which may be missing.
   *
   * @param a one time, or {@code null}
   * @param b the other, or {@code null}
   * @return the later one, or the one given, or {@code null} when neither is
   */
  static @Nullable Instant latest(@Nullable Instant a, @Nullable Instant b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return a.isAfter(b) ? a : b;
  }
}
