package io.dateline.cms.validation;

/**
 * The size limits of an article's fields, declared once and used by the constraints of both {@link
 * io.dateline.cms.model.Article} and {@link io.dateline.cms.command.ArticleDraft} (for example
 * {@code @Size(max = ArticleLimits.HEADLINE)}), so that what a draft may hold and what a stored
 * article may hold cannot drift apart. Applications can use them for their own forms.
 *
 * <p>Lengths count UTF-16 code units, as {@code @Size} does. The body is bounded as a whole by
 * {@link ContentBudget#ARTICLE}.
 *
 * @since 0.1.0
 */
public final class ArticleLimits {
  /** The longest headline, in characters. */
  public static final int HEADLINE = 300;

  /** The longest lead, in characters. */
  public static final int LEAD = 2000;

  /** The most authors in a byline. */
  public static final int AUTHORS = 50;

  /** The most sections, the primary one included. */
  public static final int SECTIONS = 20;

  /** The most tags. */
  public static final int TAGS = 100;

  /** The most places an article is about. */
  public static final int PLACES = 50;

  /** The most cited sources. */
  public static final int SOURCES = 50;

  /** The most related articles. */
  public static final int RELATED = 20;

  /** The most notices (corrections, updates, clarifications, editor's notes) on one article. */
  public static final int NOTICES = 50;

  /** The longest notice text, in characters. */
  public static final int NOTICE_TEXT = 2000;

  private ArticleLimits() {}
}
