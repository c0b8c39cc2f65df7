package io.dateline.cms.ninjs.internal;

import io.dateline.cms.model.Image;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A ninjs text item as read and checked by {@link NinjsReader}: every value already has the right
 * type, and each remembers the JSON path it came from so that a rule broken later (when storing)
 * can still be reported against the document.
 *
 * @param uri the item's identifier
 * @param version the sender's version ({@code version}, else {@code versioncreated} in epoch
 *     milliseconds, else 0)
 * @param versionCreated when the sender created this version, or {@code null}
 * @param major the ninjs major version the document was read as: 2 or 3
 * @param language the content's language, or {@code null} when the document names none
 * @param headline the main headline
 * @param lead the summary, empty when there is none
 * @param bodyHtml the body as HTML (plain-text bodies are turned into paragraphs), may be empty
 * @param authors the bylines, in order, without duplicates
 * @param topics subjects (topic tags)
 * @param persons people that are not authors (person tags)
 * @param organisations organisations (organisation tags)
 * @param events events (event tags)
 * @param sections subjects with {@code rel} {@code section}
 * @param places places
 * @param located the place the story was filed from, or {@code null}
 * @param sources the information sources
 * @param exclusive whether a genre marks the item exclusive
 * @param featuredImage the picture association, or {@code null}
 * @param paths where each field came from, for error reports
 */
public record NinjsItem(
    String uri,
    long version,
    @Nullable Instant versionCreated,
    int major,
    @Nullable Locale language,
    String headline,
    String lead,
    String bodyHtml,
    List<Named> authors,
    List<Named> topics,
    List<Named> persons,
    List<Named> organisations,
    List<Named> events,
    List<Named> sections,
    List<Named> places,
    @Nullable Named located,
    List<SourceRef> sources,
    boolean exclusive,
    @Nullable Image featuredImage,
    Paths paths) {

  /**
   * A name found in the document.
   *
   * @param name the name, trimmed, not blank
   * @param path its JSON path
   */
  public record Named(String name, String path) {}

  /**
   * An information source.
   *
   * @param name its name
   * @param url its http(s) address, or {@code null}
   * @param path its JSON path
   */
  public record SourceRef(String name, @Nullable String url, String path) {}

  /**
   * The JSON paths of the scalar fields.
   *
   * @param headline the headline's
   * @param lead the summary's, or {@code $} when there is none
   * @param body the body's, or {@code $} when there is none
   * @param image the featured image's, or {@code $} when there is none
   * @param language the language's, or {@code $} when there is none
   */
  public record Paths(String headline, String lead, String body, String image, String language) {}
}
