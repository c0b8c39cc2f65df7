package io.dateline.cms.validation;

/**
 * How much content one article may hold: the single place where Dateline's content limits are
 * declared. The services check every article draft against {@link #ARTICLE} and refuse one that
 * exceeds it with a {@link io.dateline.cms.ValidationException} whose violation's rule names the
 * limit: {@code ContentBudget.characters}, {@code ContentBudget.blocks}, {@code
 * ContentBudget.spansPerBlock} or {@code ContentBudget.nestingDepth}.
 *
 * <p>Single fields keep their own, smaller limits (a headline holds 300 characters, a span 20,000,
 * a raw HTML block 200,000); the budget bounds what those add up to, so that one article cannot
 * grow to hundreds of megabytes by repeating fields that are each within their limit.
 *
 * @param characters the most characters (UTF-16 code units) of the headline, the lead and all text
 *     of the body together: span texts, headings, quote attributions, list items, image alt texts,
 *     captions and credits, embed titles and raw HTML
 * @param blocks the most blocks in the body
 * @param spansPerBlock the most spans in one block; for a list, the spans of all its items together
 * @param nestingDepth the deepest element nesting in a raw HTML block. The body's own structure is
 *     never deeper than block, list item, span; markup is the only content that nests freely
 * @since 0.1.0
 */
public record ContentBudget(int characters, int blocks, int spansPerBlock, int nestingDepth) {

  /**
   * The budget of every article: 500,000 characters, 1,000 blocks, 500 spans per block, raw HTML
   * nested at most 32 elements deep. A long read of 20,000 words is about 130,000 characters.
   */
  public static final ContentBudget ARTICLE = new ContentBudget(500_000, 1_000, 500, 32);

  /**
   * Checks that every limit is positive.
   *
   * @throws IllegalArgumentException when a limit is zero or negative
   */
  public ContentBudget {
    if (characters < 1 || blocks < 1 || spansPerBlock < 1 || nestingDepth < 1) {
      throw new IllegalArgumentException("every limit of a content budget must be positive");
    }
  }
}
