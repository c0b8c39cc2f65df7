package io.dateline.cms.render.internal;

import gg.jte.TemplateOutput;
import io.dateline.cms.model.Block;
import io.dateline.cms.render.ArticleView;
import io.dateline.cms.render.spi.BlockContext;
import io.dateline.cms.render.spi.BlockRenderer;
import io.dateline.cms.render.spi.RenderListener;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders an article body: picks the renderer for each block and calls the listeners around it.
 * Immutable and thread-safe once built.
 */
public final class BodyWriter {
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
   * @param output jte's output
   */
  public void write(ArticleView view, TemplateOutput output) {
    TemplateHtmlOutput out = new TemplateHtmlOutput(output);
    for (RenderListener l : listeners) {
      l.beforeBody(view, out);
    }
    List<Block> body = view.body();
    int[] ordinals = new int[8];
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
  private void render(Block block, BlockContext context, TemplateHtmlOutput out) {
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
    r.render(block, context, out);
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
      default:
        return 7;
    }
  }
}
