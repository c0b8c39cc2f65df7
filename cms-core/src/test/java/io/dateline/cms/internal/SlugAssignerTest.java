package io.dateline.cms.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dateline.cms.DuplicateSlugException;
import io.dateline.cms.slug.SlugGenerator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("SlugAssigner")
class SlugAssignerTest {
  private static final Locale UK = Locale.forLanguageTag("uk");

  private final SlugAssigner assigner = new SlugAssigner(SlugGenerator.standard());
  private final Set<String> stored = new HashSet<>(List.of("dzho-baiden", "dzho-baiden-2"));

  /** Stores a slug the way a repository does: the unique key has the last word. */
  private String store(String slug) {
    if (!stored.add(slug)) {
      throw new DuplicateSlugException("tag", slug, "unn");
    }
    return slug;
  }

  @Test
  @DisplayName("moves past slugs the store refused even when the uniqueness check lags behind")
  void staleCheck() {
    String slug = assigner.store(null, "Джо Байден", UK, candidate -> false, this::store);

    assertThat(slug).isEqualTo("dzho-baiden-3");
  }

  @Test
  @DisplayName("uses an up-to-date check without touching the store more than once")
  void freshCheck() {
    List<String> attempts = new ArrayList<>();

    String slug =
        assigner.store(
            null,
            "Джо Байден",
            UK,
            stored::contains,
            candidate -> {
              attempts.add(candidate);
              return store(candidate);
            });

    assertThat(slug).isEqualTo("dzho-baiden-3");
    assertThat(attempts).containsExactly("dzho-baiden-3");
  }

  @Test
  @DisplayName("passes an explicit slug through once and lets a clash surface")
  void explicit() {
    assertThat(assigner.store("seoul", "Сеул", UK, s -> false, this::store)).isEqualTo("seoul");
    assertThatThrownBy(() -> assigner.store("seoul", "Сеул", UK, s -> false, this::store))
        .isInstanceOf(DuplicateSlugException.class);
  }

  @Test
  @DisplayName("gives up after a bounded number of refusals")
  void bounded() {
    assertThatThrownBy(
            () ->
                assigner.store(
                    null,
                    "Джо Байден",
                    UK,
                    s -> false,
                    s -> {
                      throw new DuplicateSlugException("tag", s, "unn");
                    }))
        .isInstanceOf(DuplicateSlugException.class);
  }
}
