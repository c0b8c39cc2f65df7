package io.dateline.cms.render;

import io.dateline.cms.model.Section;
import io.dateline.cms.model.Tag;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a feed holds: a language edition of a whole tenant, of one section, or of one tag.
 *
 * <p>Immutable and thread-safe. Use the factories; at most one of section and tag is set.
 *
 * @param language the edition's language; never {@code null}
 * @param section the section, or {@code null}
 * @param tag the tag, or {@code null}
 * @since 0.1.0
 */
public record FeedScope(Locale language, @Nullable Section section, @Nullable Tag tag) {

  /**
   * Checks the combination.
   *
   * @throws IllegalArgumentException when both a section and a tag are given
   */
  public FeedScope {
    Objects.requireNonNull(language, "language");
    if (section != null && tag != null) {
      throw new IllegalArgumentException("a feed is for a section or a tag, not both");
    }
  }

  /**
   * Every article of a language edition.
   *
   * @param language the edition's language
   * @return the scope
   */
  public static FeedScope all(Locale language) {
    return new FeedScope(language, null, null);
  }

  /**
   * The articles of one section.
   *
   * @param section the section
   * @param language the edition's language
   * @return the scope
   */
  public static FeedScope section(Section section, Locale language) {
    return new FeedScope(language, Objects.requireNonNull(section, "section"), null);
  }

  /**
   * The articles with one tag.
   *
   * @param tag the tag
   * @param language the edition's language
   * @return the scope
   */
  public static FeedScope tag(Tag tag, Locale language) {
    return new FeedScope(language, null, Objects.requireNonNull(tag, "tag"));
  }
}
