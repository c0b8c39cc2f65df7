package io.dateline.cms.render.internal;

import io.dateline.cms.model.Block;
import io.dateline.cms.model.Image;
import io.dateline.cms.model.Span;
import io.dateline.cms.render.ImageCrop;
import io.dateline.cms.render.ImageView;
import io.dateline.cms.render.spi.BlockContext;
import io.dateline.cms.render.spi.BlockRenderer;
import io.dateline.cms.render.spi.HtmlOutput;
import java.util.List;

/**
 * The default theme's markup for each block kind. They write through {@link HtmlOutput} like any
 * application renderer, so they get the same escaping and URL checks.
 *
 * @since 0.1.0
 */
public final class ThemeBlockRenderers {
  private ThemeBlockRenderers() {}

  /**
   * One renderer per block kind.
   *
   * @return the renderers
   */
  public static List<BlockRenderer<?>> all() {
    return List.of(
        new Paragraphs(),
        new Headings(),
        new Quotes(),
        new Lists(),
        new Images(),
        new Galleries(),
        new Embeds(),
        new Dividers(),
        new RawHtmlBlocks());
  }

  /**
   * Writes a figure for an image; shared by image blocks and the featured image.
   *
   * @param image the image
   * @param cssClass the figure's class
   * @param out where to write
   */
  static void figure(Image image, String cssClass, HtmlOutput out) {
    String url = image.url() == null ? null : image.url().toString();
    boolean safe = SafeUrls.isSafeResource(url);
    boolean captioned = image.caption() != null || image.credit() != null;
    if (!safe && !captioned) {
      return;
    }
    out.open("figure", "class", cssClass);
    if (safe) {
      out.empty(
          "img",
          "src",
          url,
          "alt",
          image.alt() == null ? "" : image.alt(),
          "width",
          image.width() > 0 ? Integer.toString(image.width()) : null,
          "height",
          image.height() > 0 ? Integer.toString(image.height()) : null,
          "loading",
          "lazy");
    }
    if (captioned) {
      out.open("figcaption").text(image.caption());
      if (image.credit() != null) {
        out.open("span", "class", "credit").text(image.credit()).close("span");
      }
      out.close("figcaption");
    }
    out.close("figure");
  }

  static final class Paragraphs implements BlockRenderer<Block.Paragraph> {
    @Override
    public Class<Block.Paragraph> blockType() {
      return Block.Paragraph.class;
    }

    @Override
    public void render(Block.Paragraph block, BlockContext context, HtmlOutput out) {
      out.open("p").spans(block.content()).close("p");
    }
  }

  static final class Headings implements BlockRenderer<Block.Heading> {
    private static final String[] TAGS = {"h2", "h3", "h4", "h5", "h6"};

    @Override
    public Class<Block.Heading> blockType() {
      return Block.Heading.class;
    }

    @Override
    public void render(Block.Heading block, BlockContext context, HtmlOutput out) {
      // Level 1 belongs to the headline; out-of-range levels are clamped rather than failing a
      // page.
      String tag = TAGS[Math.max(0, Math.min(TAGS.length - 1, block.level() - 2))];
      out.open(tag).text(block.text()).close(tag);
    }
  }

  static final class Quotes implements BlockRenderer<Block.Quote> {
    @Override
    public Class<Block.Quote> blockType() {
      return Block.Quote.class;
    }

    @Override
    public void render(Block.Quote block, BlockContext context, HtmlOutput out) {
      out.open("figure", "class", "quote").open("blockquote").open("p");
      out.spans(block.content()).close("p").close("blockquote");
      if (block.attribution() != null && !block.attribution().isBlank()) {
        out.open("figcaption").text(block.attribution()).close("figcaption");
      }
      out.close("figure");
    }
  }

  static final class Lists implements BlockRenderer<Block.ListBlock> {
    @Override
    public Class<Block.ListBlock> blockType() {
      return Block.ListBlock.class;
    }

    @Override
    public void render(Block.ListBlock block, BlockContext context, HtmlOutput out) {
      String tag = block.ordered() ? "ol" : "ul";
      out.open(tag);
      for (List<Span> item : block.items()) {
        out.open("li").spans(item).close("li");
      }
      out.close(tag);
    }
  }

  static final class Images implements BlockRenderer<Block.ImageBlock> {
    @Override
    public Class<Block.ImageBlock> blockType() {
      return Block.ImageBlock.class;
    }

    @Override
    public void render(Block.ImageBlock block, BlockContext context, HtmlOutput out) {
      Image image = block.image();
      if (image.asset() == null) {
        figure(image, "image", out);
        return;
      }
      assetFigure(image, "image", context, out);
    }
  }

  /**
   * Writes a figure for an image asset with its renditions, sized and fetched lazily; nothing when
   * the asset was deleted or not loaded (no image rather than a broken one).
   */
  private static void assetFigure(
      Image image, String cssClass, BlockContext context, HtmlOutput out) {
    ImageView view =
        image.asset() == null
            ? null
            : context.article().images().assets().get(image.asset().toString());
    ImageCrop crop = view == null ? null : view.original();
    if (view == null || crop == null) {
      return;
    }
    String caption = image.caption() != null ? image.caption() : view.caption();
    String credit = image.credit() != null ? image.credit() : view.credit();
    out.open("figure", "class", cssClass);
    // Below the lead image, so fetched lazily; width and height keep the text from moving.
    out.empty(
        "img",
        "src",
        crop.url(),
        "srcset",
        crop.srcset(),
        "sizes",
        "(max-width: 900px) 100vw, 704px",
        "width",
        Integer.toString(crop.smallWidth()),
        "height",
        Integer.toString(crop.smallHeight()),
        "alt",
        image.alt().isEmpty() ? view.alt() : image.alt(),
        "loading",
        "lazy",
        "decoding",
        "async");
    if (caption != null || credit != null) {
      out.open("figcaption").text(caption);
      if (credit != null) {
        out.open("span", "class", "credit").text(credit).close("span");
      }
      out.close("figcaption");
    }
    out.close("figure");
  }

  /**
   * A gallery: one {@code <figure class="gallery">} holding a figure per image (written like an
   * image block's) and the gallery's caption.
   */
  static final class Galleries implements BlockRenderer<Block.GalleryBlock> {
    @Override
    public Class<Block.GalleryBlock> blockType() {
      return Block.GalleryBlock.class;
    }

    @Override
    public void render(Block.GalleryBlock block, BlockContext context, HtmlOutput out) {
      out.open("figure", "class", "gallery");
      for (Image image : block.images()) {
        if (image.asset() == null) {
          figure(image, "gallery-image", out);
        } else {
          assetFigure(image, "gallery-image", context, out);
        }
      }
      if (block.caption() != null && !block.caption().isBlank()) {
        out.open("figcaption").text(block.caption()).close("figcaption");
      }
      out.close("figure");
    }
  }

  static final class Embeds implements BlockRenderer<Block.Embed> {
    @Override
    public Class<Block.Embed> blockType() {
      return Block.Embed.class;
    }

    /** Third-party players are an application's choice (and its privacy policy's): a link here. */
    @Override
    public void render(Block.Embed block, BlockContext context, HtmlOutput out) {
      String url = block.url() == null ? null : block.url().toString();
      String title = block.title() == null || block.title().isBlank() ? url : block.title();
      out.open("figure", "class", "embed", "data-provider", block.provider());
      if (SafeUrls.isSafeResource(url)) {
        out.open("a", "href", url, "rel", "nofollow noopener").text(title).close("a");
      } else {
        out.text(block.title());
      }
      out.close("figure");
    }
  }

  static final class Dividers implements BlockRenderer<Block.Divider> {
    @Override
    public Class<Block.Divider> blockType() {
      return Block.Divider.class;
    }

    @Override
    public void render(Block.Divider block, BlockContext context, HtmlOutput out) {
      out.empty("hr");
    }
  }

  static final class RawHtmlBlocks implements BlockRenderer<Block.RawHtml> {
    @Override
    public Class<Block.RawHtml> blockType() {
      return Block.RawHtml.class;
    }

    @Override
    public void render(Block.RawHtml block, BlockContext context, HtmlOutput out) {
      out.open("div", "class", "raw-html").sanitizedHtml(block.html()).close("div");
    }
  }
}
