package io.dateline.cms.render.spi;

import io.dateline.cms.render.ArticleView;
import java.util.Locale;

/**
 * Where a block sits in the article being rendered.
 *
 * <p>Immutable and thread-safe.
 *
 * @param article the article view; never {@code null}
 * @param index the block's position in the body, from 0
 * @param ordinal the block's position among blocks of the same kind, from 1 ("the third paragraph"
 *     has ordinal 3)
 * @param count the number of blocks in the body
 * @since 0.1.0
 */
public record BlockContext(ArticleView article, int index, int ordinal, int count) {

  /**
   * The page's locale, for labels a renderer writes.
   *
   * @return the locale; never {@code null}
   */
  public Locale locale() {
    return article.locale();
  }

  /**
   * Whether this is the body's last block.
   *
   * @return {@code true} for the last block
   */
  public boolean isLast() {
    return index == count - 1;
  }
}
