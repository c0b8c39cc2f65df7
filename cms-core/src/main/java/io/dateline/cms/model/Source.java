package io.dateline.cms.model;

import io.dateline.cms.validation.HttpUrl;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.jspecify.annotations.Nullable;

/**
 * A source an article cites ("UNN reports citing Le Monde").
 *
 * @param name the source's name, such as "Le Monde"
 * @param url a link to the cited material, or {@code null}
 * @since 0.1.0
 */
public record Source(@NotBlank @Size(max = 200) String name, @HttpUrl @Nullable URI url) {

  /**
   * A source without a link.
   *
   * @param name the source's name
   * @return the source
   */
  public static Source named(String name) {
    return new Source(name, null);
  }
}
