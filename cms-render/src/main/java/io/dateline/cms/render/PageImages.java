package io.dateline.cms.render;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The image assets a page shows besides its lead image, ready to render: images in the body, the
 * authors' portraits and the publication's logo and icon.
 *
 * <p>Immutable and thread-safe.
 *
 * @param assets body images by asset id (the id's text form), with the asset's own alt text,
 *     caption and credit; a block's own text overrides them when it is rendered
 * @param authors portraits by author slug
 * @param logo the publication's logo, or {@code null}
 * @param icon the publication's square icon, or {@code null}
 * @since 0.1.0
 */
public record PageImages(
    Map<String, ImageView> assets,
    Map<String, ImageView> authors,
    @Nullable ImageView logo,
    @Nullable ImageView icon) {
  /** A page without any of these images. */
  public static final PageImages NONE = new PageImages(Map.of(), Map.of(), null, null);

  /** Copies the maps. */
  public PageImages {
    assets = assets == null ? Map.of() : Map.copyOf(assets);
    authors = authors == null ? Map.of() : Map.copyOf(authors);
  }
}
