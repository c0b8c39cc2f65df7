package io.dateline.cms.model;

import io.dateline.cms.validation.HttpUrl;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One block of an article's body. The set of kinds is closed: new kinds are added by Dateline
 * itself, and applications change how a kind looks through rendering hooks.
 *
 * <p>All implementations are immutable records and thread-safe. Text is plain text; only {@link
 * RawHtml} carries markup, and the article service cleans that before storing it. How many blocks
 * and spans an article may hold is set by {@link io.dateline.cms.validation.ContentBudget}.
 *
 * @since 0.1.0
 */
public sealed interface Block
    permits Block.Paragraph,
        Block.Heading,
        Block.Quote,
        Block.ListBlock,
        Block.ImageBlock,
        Block.GalleryBlock,
        Block.Embed,
        Block.Divider,
        Block.RawHtml {

  /**
   * A stable name of the block's kind, used in storage and by renderers: {@code paragraph}, {@code
   * heading}, {@code quote}, {@code list}, {@code image}, {@code gallery}, {@code embed}, {@code
   * divider}, {@code html}.
   *
   * @return the kind name
   */
  String kind();

  /**
   * A paragraph of formatted text.
   *
   * @param content the spans, in order; at least one
   */
  record Paragraph(@NotEmpty List<@NotNull @Valid Span> content) implements Block {
    /** Copies the spans, keeping {@code null}s so that validation can name them. */
    public Paragraph {
      content = copyKeepingNulls(content);
    }

    /**
     * A paragraph of plain text.
     *
     * @param text the text
     * @return the paragraph
     */
    public static Paragraph of(String text) {
      return new Paragraph(List.of(Span.text(text)));
    }

    /**
     * A paragraph of several spans.
     *
     * @param spans the spans
     * @return the paragraph
     */
    public static Paragraph of(Span... spans) {
      return new Paragraph(Arrays.asList(spans));
    }

    @Override
    public String kind() {
      return "paragraph";
    }
  }

  /**
   * A subheading inside the body ("Details"). Level 1 is the headline, so body headings start at 2.
   *
   * @param level 2 to 6
   * @param text the heading text
   */
  record Heading(@Min(2) @Max(6) int level, @NotBlank @Size(max = 300) String text)
      implements Block {
    /**
     * A level-2 heading.
     *
     * @param text the heading text
     * @return the heading
     */
    public static Heading of(String text) {
      return new Heading(2, text);
    }

    @Override
    public String kind() {
      return "heading";
    }
  }

  /**
   * Quoted speech or text.
   *
   * @param content the quoted words
   * @param attribution who said it, or {@code null}
   */
  record Quote(
      @NotEmpty List<@NotNull @Valid Span> content, @Size(max = 300) @Nullable String attribution)
      implements Block {
    /** Copies the spans, keeping {@code null}s so that validation can name them. */
    public Quote {
      content = copyKeepingNulls(content);
    }

    /**
     * A plain-text quote.
     *
     * @param text the words
     * @param attribution who said them, or {@code null}
     * @return the quote
     */
    public static Quote of(String text, @Nullable String attribution) {
      return new Quote(List.of(Span.text(text)), attribution);
    }

    @Override
    public String kind() {
      return "quote";
    }
  }

  /**
   * A bulleted or numbered list; each item is a run of spans.
   *
   * @param ordered numbered when {@code true}
   * @param items the items; at least one, none empty
   */
  record ListBlock(boolean ordered, @NotEmpty List<@NotEmpty List<@NotNull @Valid Span>> items)
      implements Block {
    /** Copies the items, keeping {@code null}s so that validation can name them. */
    public ListBlock {
      items = items == null ? null : items.stream().map(Block::copyKeepingNulls).toList();
    }

    @Override
    public String kind() {
      return "list";
    }
  }

  /**
   * An image in the body.
   *
   * @param image the image with alt text, caption and credit
   */
  record ImageBlock(@NotNull @Valid Image image) implements Block {
    @Override
    public String kind() {
      return "image";
    }
  }

  /**
   * Several images shown together, in order, with an optional caption for the whole set. Each image
   * is an external image or an image asset ({@link Image#ofAsset}), as in an {@link ImageBlock},
   * and carries its own alt text, caption and credit.
   *
   * @param images the images, {@value #MIN_IMAGES} to {@value #MAX_IMAGES}
   * @param caption a caption for the whole gallery, or {@code null}
   * @since 0.1.0
   */
  record GalleryBlock(
      @NotNull @Size(min = MIN_IMAGES, max = MAX_IMAGES) List<@NotNull @Valid Image> images,
      @Size(max = 1000) @Nullable String caption)
      implements Block {
    /** The fewest images a gallery holds. */
    public static final int MIN_IMAGES = 2;

    /** The most images a gallery holds. */
    public static final int MAX_IMAGES = 50;

    /** Copies the images, keeping {@code null}s so that validation can name them. */
    public GalleryBlock {
      images = copyKeepingNulls(images);
    }

    /**
     * A gallery without a caption of its own.
     *
     * @param images the images
     * @return the gallery
     */
    public static GalleryBlock of(Image... images) {
      return new GalleryBlock(Arrays.asList(images), null);
    }

    @Override
    public String kind() {
      return "gallery";
    }
  }

  /**
   * Embedded third-party content (a video, a post), rendered by a hook or as a link.
   *
   * @param url the content's http(s) URL
   * @param provider a provider name such as {@code youtube}, or {@code null}
   * @param title a title for the link fallback and accessibility, or {@code null}
   */
  record Embed(
      @NotNull @HttpUrl URI url,
      @Size(max = 50) @Nullable String provider,
      @Size(max = 300) @Nullable String title)
      implements Block {
    @Override
    public String kind() {
      return "embed";
    }
  }

  /** A thematic break. */
  record Divider() implements Block {
    @Override
    public String kind() {
      return "divider";
    }
  }

  /**
   * Markup from an editor or an import. The article service cleans it with {@link
   * io.dateline.cms.validation.HtmlSafelist} before storing it (no script, no event handlers, no
   * script URLs), so a stored article holds the cleaned markup; its elements may nest at most
   * {@link io.dateline.cms.validation.ContentBudget#nestingDepth()} deep.
   *
   * @param html the markup
   */
  record RawHtml(@NotNull @Size(max = 200_000) String html) implements Block {
    @Override
    public String kind() {
      return "html";
    }
  }

  /**
   * An unmodifiable copy that keeps {@code null} elements: {@link List#copyOf} would throw before
   * validation could report which element is missing.
   */
  private static <T> @Nullable List<T> copyKeepingNulls(@Nullable List<T> list) {
    return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
  }
}
