package io.dateline.cms.render.spi;

import io.dateline.cms.model.Block;

/**
 * Renders one kind of body block. The theme has one for every kind; an application replaces one by
 * installing its own for the same type, or adds a narrower one (say, for embeds whose provider is
 * {@code youtube}) by answering {@link #handles(Block)} only for the blocks it knows.
 *
 * <p>Of the renderers installed for a type, the last installed that {@linkplain #handles handles} a
 * block renders it; when none does, the theme's renderer does. Implementations must be thread-safe:
 * one instance renders many pages at once.
 *
 * @param <B> the block type
 * @since 0.1.0
 */
public interface BlockRenderer<B extends Block> {

  /**
   * The block type this renderer is for, such as {@code Block.Paragraph.class}.
   *
   * @return the type; never {@code null}
   */
  Class<B> blockType();

  /**
   * Whether this renderer takes a particular block. The default takes every block of its type.
   *
   * @param block the block; never {@code null}
   * @return {@code true} to render it
   */
  default boolean handles(B block) {
    return true;
  }

  /**
   * Writes the block.
   *
   * @param block the block; never {@code null}
   * @param context where the block sits; never {@code null}
   * @param out where to write; never {@code null}
   */
  void render(B block, BlockContext context, HtmlOutput out);
}
