package io.dateline.cms.render.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.dateline.cms.model.Block;
import io.dateline.cms.render.ArticleView;
import io.dateline.cms.render.spi.BlockContext;
import io.dateline.cms.render.spi.BlockRenderer;
import io.dateline.cms.render.spi.HtmlOutput;
import io.dateline.cms.render.spi.RenderListener;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders an article body: picks the renderer for each block and calls the listeners around it.
 * Thread-safe once built.
 *
 * <p><b>Raw HTML.</b> The article service cleans raw HTML with core's {@code HtmlSafelist} before
 * storing it, so stored markup is already clean. The renderer still does not trust a block's markup
 * blindly, and this is deliberate: it renders any {@link io.dateline.cms.model.Article} it is
 * handed, and not every article comes from the service: previews of unsaved drafts, articles read
 * through a third-party storage backend or written by an import straight through the storage SPI,
 * rows stored by an older version. Trusting them would make every page's safety depend on every
 * write path.
 *
 * <p>What it stops doing is cleaning the same markup on every render. The default raw HTML renderer
 * looks the block's markup up in a bounded cache of markup it has already cleaned (keyed by
 * content, so an edited block is cleaned afresh) and cleans only on a miss; for markup that was
 * stored clean, the cache holds the very string, so a hit costs a hash and a comparison instead of
 * a parse. Applications that install their own renderer for raw HTML blocks decide for themselves.
 *
 * @since 0.1.0
 */
public final class BodyWriter {
  /** Bound on the cleaned markup kept, in characters (16 MB at most of strings). */
  private static final long CLEAN_CACHE_CHARACTERS = 8_000_000;

  private final Cache<String, String> cleaned =
      Caffeine.newBuilder()
          .maximumWeight(CLEAN_CACHE_CHARACTERS)
          .weigher(
              (String html, String clean) ->
                  html == clean ? html.length() : html.length() + clean.length())
          .build();
  private final Map<Class<?>, BlockRenderer<?>> defaults = new HashMap<>();
  private final Map<Class<?>, List<BlockRenderer<?>>> installed = new HashMap<>();
  private final List<RenderListener> listeners;

  /**
   * Builds the writer.
   *
   * @param renderers application renderers, in installation order
   * @param listeners listeners, in installation order
   */
  public BodyWriter(List<BlockRenderer<?>> renderers, List<RenderListener> listeners) {
    for (BlockRenderer<?> r : ThemeBlockRenderers.all()) {
      defaults.put(r.blockType(), r);
    }
    defaults.put(Block.RawHtml.class, new CleanOnce());
    // Last installed wins, so the lists are kept newest first.
    for (BlockRenderer<?> r : renderers) {
      installed.computeIfAbsent(r.blockType(), k -> new ArrayList<>()).add(0, r);
    }
    this.listeners = List.copyOf(listeners);
  }

  /**
   * Writes the body's blocks.
   *
   * @param view the article
   * @param out the page's output
   */
  public void write(ArticleView view, HtmlOutput out) {
    for (RenderListener l : listeners) {
      l.beforeBody(view, out);
    }
    List<Block> body = view.body();
    int[] ordinals = new int[9];
    for (int i = 0; i < body.size(); i++) {
      Block block = body.get(i);
      BlockContext context = new BlockContext(view, i, ++ordinals[kindIndex(block)], body.size());
      for (RenderListener l : listeners) {
        l.beforeBlock(block, context, out);
      }
      render(block, context, out);
      for (RenderListener l : listeners) {
        l.afterBlock(block, context, out);
      }
    }
    for (RenderListener l : listeners) {
      l.afterBody(view, out);
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private void render(Block block, BlockContext context, HtmlOutput out) {
    List<BlockRenderer<?>> candidates = installed.get(block.getClass());
    if (candidates != null) {
      for (BlockRenderer r : candidates) {
        if (r.handles(block)) {
          r.render(block, context, out);
          return;
        }
      }
    }
    BlockRenderer r = defaults.get(block.getClass());
    if (r == null) {
      throw new IllegalStateException("no renderer for a block of kind " + block.kind());
    }
    r.render(block, context, out);
  }

  /**
   * The markup of a raw HTML block as it may appear on the page: cleaned once per distinct markup
   * and then reused.
   *
   * @param html the block's markup; may be {@code null}
   * @return the cleaned markup
   */
  String cleanRawHtml(String html) {
    if (html == null || html.isEmpty()) {
      return "";
    }
    return cleaned.get(
        html,
        raw -> {
          String clean = HtmlSanitizer.clean(raw);
          // Stored markup is clean already: keep one string, not two equal ones.
          return clean.equals(raw) ? raw : clean;
        });
  }

  /** The theme's markup for raw HTML blocks, with cleaning done once per distinct markup. */
  private final class CleanOnce implements BlockRenderer<Block.RawHtml> {
    @Override
    public Class<Block.RawHtml> blockType() {
      return Block.RawHtml.class;
    }

    @Override
    public void render(Block.RawHtml block, BlockContext context, HtmlOutput out) {
      out.open("div", "class", "raw-html").trustedHtml(cleanRawHtml(block.html())).close("div");
    }
  }

  private static int kindIndex(Block block) {
    switch (block.kind()) {
      case "paragraph":
        return 0;
      case "heading":
        return 1;
      case "quote":
        return 2;
      case "list":
        return 3;
      case "image":
        return 4;
      case "embed":
        return 5;
      case "divider":
        return 6;
      case "gallery":
        return 8;
      default:
        return 7;
    }
  }
}
