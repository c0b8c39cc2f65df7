package io.dateline.cms.render.spi;

import io.dateline.cms.model.Block;
import io.dateline.cms.render.ArticleView;

/**
 * Called around the rendering of an article body, with the output at hand: the place to insert an
 * ad slot after the third paragraph, a newsletter box before the last block, or a marker for
 * analytics. Every method does nothing by default.
 *
 * <p>Listeners run in the order installed. Implementations must be thread-safe and must not keep
 * the {@link HtmlOutput} after the call.
 *
 * @since 0.1.0
 */
public interface RenderListener {

  /**
   * Before the first block.
   *
   * @param article the article; never {@code null}
   * @param out where to write
   */
  default void beforeBody(ArticleView article, HtmlOutput out) {}

  /**
   * Before a block is rendered.
   *
   * @param block the block
   * @param context where it sits
   * @param out where to write
   */
  default void beforeBlock(Block block, BlockContext context, HtmlOutput out) {}

  /**
   * After a block was rendered.
   *
   * @param block the block
   * @param context where it sits
   * @param out where to write
   */
  default void afterBlock(Block block, BlockContext context, HtmlOutput out) {}

  /**
   * After the last block.
   *
   * @param article the article
   * @param out where to write
   */
  default void afterBody(ArticleView article, HtmlOutput out) {}
}
