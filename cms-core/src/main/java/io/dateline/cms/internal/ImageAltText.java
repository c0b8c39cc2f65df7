package io.dateline.cms.internal;

import io.dateline.cms.ValidationException;
import io.dateline.cms.Violation;
import io.dateline.cms.media.ImageAsset;
import io.dateline.cms.media.ImageId;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.Block;
import io.dateline.cms.model.Image;
import io.dateline.cms.model.Tenant;
import io.dateline.cms.spi.TenantStorage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The rule that an article goes out only with a text alternative for every image asset it shows, in
 * its own language: the image's own alt text, else the asset's alt text in that language. Checked
 * when an article is published or scheduled; drafts may lack it.
 */
final class ImageAltText {
  static final String RULE = "ImageAltText";

  private ImageAltText() {}

  /**
   * Checks an article's asset-backed images.
   *
   * @param article the article about to be published or scheduled
   * @param tenant its tenant
   * @param storage the tenant's storage, read only when an image has no alt text of its own
   * @throws ValidationException naming the path of each image without alt text
   */
  static void require(Article article, Tenant tenant, TenantStorage storage) {
    Map<String, ImageId> unlabelled = new LinkedHashMap<>();
    add(unlabelled, "featuredImage", article.featuredImage());
    List<Block> body = article.body();
    for (int i = 0; i < body.size(); i++) {
      if (body.get(i) instanceof Block.ImageBlock b) {
        add(unlabelled, "body[" + i + "].image", b.image());
      } else if (body.get(i) instanceof Block.GalleryBlock g) {
        List<Image> images = g.images();
        for (int j = 0; j < images.size(); j++) {
          add(unlabelled, "body[" + i + "].images[" + j + "]", images.get(j));
        }
      }
    }
    if (unlabelled.isEmpty()) {
      return;
    }
    Locale language = article.language() != null ? article.language() : tenant.defaultLocale();
    Map<ImageId, ImageAsset> assets = new HashMap<>();
    for (ImageAsset a : storage.images().findByIds(unlabelled.values())) {
      assets.put(a.id(), a);
    }
    List<Violation> violations = new ArrayList<>();
    unlabelled.forEach(
        (path, id) -> {
          ImageAsset asset = assets.get(id);
          if (asset == null) {
            violations.add(
                new Violation(
                    path + ".asset",
                    "ExistingImage",
                    "names image asset " + id + ", which this tenant does not have"));
          } else if (asset.alt().exactly(language).filter(s -> !s.isBlank()).isEmpty()) {
            violations.add(
                new Violation(
                    path + ".alt",
                    RULE,
                    "an image needs alt text in "
                        + language.toLanguageTag()
                        + " before the article is published: give the image its own, or add one"
                        + " in that language to image asset "
                        + id));
          }
        });
    if (!violations.isEmpty()) {
      throw new ValidationException("article", violations);
    }
  }

  private static void add(Map<String, ImageId> unlabelled, String path, @Nullable Image image) {
    if (image != null && image.asset() != null && image.alt().isBlank()) {
      unlabelled.put(path, image.asset());
    }
  }
}
