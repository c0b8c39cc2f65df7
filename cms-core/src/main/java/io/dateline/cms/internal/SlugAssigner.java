package io.dateline.cms.internal;

import io.dateline.cms.DuplicateSlugException;
import io.dateline.cms.slug.SlugGenerator;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Stores an object under an explicit slug, or under a generated one that is retried when another
 * writer takes it between the uniqueness check and the insert (the store's unique key decides).
 *
 * @since 0.1.0
 */
public final class SlugAssigner {
  private static final int ATTEMPTS = 5;

  private final SlugGenerator generator;

  /**
   * Creates an assigner.
   *
   * @param generator the slug generator
   */
  public SlugAssigner(SlugGenerator generator) {
    this.generator = generator;
  }

  /**
   * Stores with a slug.
   *
   * @param explicit the caller's slug, or {@code null}
   * @param source the text to derive a slug from
   * @param language the source's language
   * @param taken whether a slug is already used
   * @param store stores the object under a slug and returns the result; throws {@link
   *     DuplicateSlugException} when the store finds the slug taken
   * @param <R> the result type
   * @return what {@code store} returned
   */
  public <R> R store(
      @Nullable String explicit,
      String source,
      Locale language,
      Predicate<String> taken,
      Function<String, R> store) {
    if (explicit != null) {
      return store.apply(explicit);
    }
    String base = generator.slugify(source, language);
    // Slugs the store refused are remembered: when `taken` reads a lagging index (a replica, a
    // cache), asking it again would pick the same slug on every attempt.
    Set<String> refused = new HashSet<>();
    for (int attempt = 1; ; attempt++) {
      String slug = generator.uniqueSlug(base, taken.or(refused::contains));
      try {
        return store.apply(slug);
      } catch (DuplicateSlugException e) {
        refused.add(slug);
        if (attempt == ATTEMPTS) {
          throw e;
        }
      }
    }
  }
}
