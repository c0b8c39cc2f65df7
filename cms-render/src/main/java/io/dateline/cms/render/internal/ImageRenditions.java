package io.dateline.cms.render.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.dateline.cms.media.CropRatio;
import io.dateline.cms.media.FocalPoint;
import io.dateline.cms.media.ImageAsset;
import io.dateline.cms.media.ImageId;
import io.dateline.cms.media.embedded.SiteRenditionUrls;
import io.dateline.cms.model.Author;
import io.dateline.cms.model.Block;
import io.dateline.cms.model.Image;
import io.dateline.cms.model.References;
import io.dateline.cms.model.Tenant;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.render.ImageCrop;
import io.dateline.cms.render.ImageView;
import io.dateline.cms.render.PageImages;
import io.dateline.cms.spi.Rendition;
import io.dateline.cms.spi.RenditionUrls;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Turns images (external ones and image assets) into views with their crops and renditions.
 * Thread-safe: it holds the {@link RenditionUrls}, which must be, and a bounded cache of the asset
 * views it built.
 *
 * <p>An asset's view holds every crop at every width (twenty URLs with the default widths, each
 * resolved against the tenant's base URL and checked), and listing pages are assembled on every
 * request; building those views again per request cost a front page most of its time. The views are
 * therefore kept by everything they are made of (the asset's fields, the tenant's base URL and the
 * texts shown): a changed asset is a different key, so nothing has to be invalidated, and old
 * entries age out.
 *
 * @since 0.1.0
 */
public final class ImageRenditions {
  /** Search engines ask for structured-data images at least this wide. */
  public static final int REFERENCE_WIDTH = 1200;

  private static final List<CropRatio> CROPS =
      List.of(CropRatio.WIDE, CropRatio.STANDARD, CropRatio.SQUARE, CropRatio.ORIGINAL);

  /**
   * Asset views kept. One is about 3 KB with the default widths, so the cache stays under about 6
   * MB; a front page of twenty cards in three languages uses sixty.
   */
  static final int CACHED_VIEWS = 2048;

  private static final ImageRenditions STANDARD = new ImageRenditions(new SiteRenditionUrls());

  private final RenditionUrls urls;
  private final List<Integer> widths;
  private final Cache<ViewKey, Optional<ImageView>> views =
      Caffeine.newBuilder().maximumSize(CACHED_VIEWS).build();

  /**
   * Everything an asset's view is made of: the tenant's base URL, every field of the asset a
   * rendition service may read, and the texts the view shows. The asset's localized alt text and
   * caption are in it as the strings the page shows, not as maps, because hashing the maps of every
   * card cost a third of a front page's time.
   */
  private record ViewKey(
      URI baseUrl,
      TenantId tenant,
      ImageId id,
      String storageKey,
      String mediaType,
      int width,
      int height,
      long byteSize,
      String contentHash,
      FocalPoint focalPoint,
      Instant createdAt,
      @Nullable String copyright,
      @Nullable URI licence,
      String alt,
      @Nullable String caption,
      @Nullable String credit) {
    static ViewKey of(
        Tenant tenant,
        ImageAsset a,
        String alt,
        @Nullable String caption,
        @Nullable String credit) {
      return new ViewKey(
          tenant.baseUrl(),
          a.tenantId(),
          a.id(),
          a.storageKey(),
          a.mediaType(),
          a.width(),
          a.height(),
          a.byteSize(),
          a.contentHash(),
          a.focalPoint(),
          a.createdAt(),
          a.copyright(),
          a.licence(),
          alt,
          caption,
          credit);
    }
  }

  /**
   * Wraps a rendition service.
   *
   * @param urls where renditions are fetched from
   * @throws IllegalArgumentException when it offers no width
   */
  public ImageRenditions(RenditionUrls urls) {
    this.urls = Objects.requireNonNull(urls, "urls");
    this.widths = urls.widths().stream().filter(w -> w > 0).sorted().distinct().toList();
    if (widths.isEmpty()) {
      throw new IllegalArgumentException("RenditionUrls.widths() offers no positive width");
    }
  }

  /**
   * The standard rendition service: the embedded resizer of a site mounted at {@code /}, whose
   * {@code /_media/...} paths resolve against each tenant's base URL.
   *
   * @return the service
   */
  public static ImageRenditions standard() {
    return STANDARD;
  }

  /**
   * The view of an image: an external one as it is, an asset with its crops.
   *
   * @param tenant the tenant, whose base URL relative rendition URLs are resolved against
   * @param image the image, or {@code null}
   * @param refs the loaded references, holding the image assets
   * @param lang the language of the page's content, for the asset's alt text and caption
   * @return the view, or {@code null} when there is no image, its URL is unsafe, or its asset was
   *     not found
   */
  public @Nullable ImageView view(
      Tenant tenant, @Nullable Image image, References refs, Locale lang) {
    if (image == null) {
      return null;
    }
    if (image.asset() == null) {
      return ViewAssembler.image(image);
    }
    ImageAsset asset = refs.image(image.asset()).orElse(null);
    if (asset == null) {
      return null;
    }
    return asset(
        tenant, asset, lang, nonEmpty(image.alt()), nonEmpty(image.caption()), image.credit());
  }

  /**
   * The view of an asset by id.
   *
   * @param tenant the tenant
   * @param id the asset's id, or {@code null}
   * @param refs the loaded references
   * @param lang the language for the asset's text
   * @return the view, or {@code null} when there is no id or the asset was not loaded
   */
  public @Nullable ImageView asset(
      Tenant tenant, @Nullable ImageId id, References refs, Locale lang) {
    ImageAsset asset = refs.image(id).orElse(null);
    return asset == null ? null : asset(tenant, asset, lang, null, null, null);
  }

  /**
   * The images of an article page besides the lead image: body images, authors' portraits, the
   * tenant's logo and icon.
   *
   * @param tenant the tenant
   * @param body the article's body, or an empty list for other pages
   * @param authors the article's authors, or an empty list
   * @param refs the loaded references
   * @param lang the language for the assets' text
   * @return the images
   */
  public PageImages page(
      Tenant tenant, List<Block> body, List<Author> authors, References refs, Locale lang) {
    Map<String, ImageView> assets = new LinkedHashMap<>();
    for (Block b : body) {
      if (b instanceof Block.ImageBlock i && i.image().asset() != null) {
        ImageView v = asset(tenant, i.image().asset(), refs, lang);
        if (v != null) {
          assets.put(i.image().asset().toString(), v);
        }
      } else if (b instanceof Block.GalleryBlock g) {
        for (Image image : g.images()) {
          ImageId id = image.asset();
          if (id != null) {
            ImageView v = asset(tenant, id, refs, lang);
            if (v != null) {
              assets.put(id.toString(), v);
            }
          }
        }
      }
    }
    Map<String, ImageView> portraits = new LinkedHashMap<>();
    for (Author a : authors) {
      ImageView v = asset(tenant, a.photo(), refs, lang);
      if (v != null) {
        portraits.put(a.slug(), v);
      }
    }
    ImageView logo = asset(tenant, tenant.logo(), refs, lang);
    ImageView icon = asset(tenant, tenant.icon(), refs, lang);
    if (assets.isEmpty() && portraits.isEmpty() && logo == null && icon == null) {
      return PageImages.NONE;
    }
    return new PageImages(assets, portraits, logo, icon);
  }

  private @Nullable ImageView asset(
      Tenant tenant,
      ImageAsset asset,
      Locale lang,
      @Nullable String alt,
      @Nullable String caption,
      @Nullable String credit) {
    String shownAlt = alt != null ? alt : asset.alt().resolve(lang, tenant.defaultLocale());
    String shownCaption =
        caption != null ? caption : nonEmpty(asset.caption().resolve(lang, tenant.defaultLocale()));
    String shownCredit = credit != null ? credit : asset.credit();
    ViewKey key = ViewKey.of(tenant, asset, shownAlt, shownCaption, shownCredit);
    return views
        .get(
            key,
            k -> Optional.ofNullable(build(tenant, asset, shownAlt, shownCaption, shownCredit)))
        .orElse(null);
  }

  private @Nullable ImageView build(
      Tenant tenant,
      ImageAsset asset,
      String alt,
      @Nullable String caption,
      @Nullable String credit) {
    List<ImageCrop> crops = new ArrayList<>(CROPS.size());
    for (CropRatio ratio : CROPS) {
      ImageCrop crop = crop(tenant, asset, ratio);
      if (crop == null) {
        return null; // a rendition service that gives unusable URLs loses the image, not the page
      }
      crops.add(crop);
    }
    ImageCrop wide = crops.get(0);
    return new ImageView(wide.url(), alt, caption, credit, wide.width(), wide.height(), crops);
  }

  private @Nullable ImageCrop crop(Tenant tenant, ImageAsset asset, CropRatio ratio) {
    StringBuilder srcset = new StringBuilder(widths.size() * 80);
    Rendition reference = null;
    Rendition smallest = null;
    String referenceUrl = null;
    String smallestUrl = null;
    for (int width : widths) {
      Rendition r = urls.rendition(asset, ratio, width);
      String url = absolute(tenant, r.url());
      if (url == null) {
        return null;
      }
      if (srcset.length() > 0) {
        srcset.append(", ");
      }
      srcset.append(url).append(' ').append(r.width()).append('w');
      if (smallest == null) {
        smallest = r;
        smallestUrl = url;
      }
      if (reference == null || reference.width() < REFERENCE_WIDTH) {
        reference = r;
        referenceUrl = url;
      }
    }
    if (reference == null || referenceUrl == null || smallest == null || smallestUrl == null) {
      return null;
    }
    return new ImageCrop(
        ratio.token(),
        referenceUrl,
        reference.width(),
        reference.height(),
        srcset.toString(),
        smallestUrl,
        smallest.width(),
        smallest.height());
  }

  /** A rendition URL made absolute against the tenant's base URL, or null when not http(s). */
  private static @Nullable String absolute(Tenant tenant, URI url) {
    URI resolved = url.isAbsolute() ? url : tenant.baseUrl().resolve(url);
    String text = SafeUrls.httpOrNull(resolved);
    // srcset separates candidates by commas and a URL from its width by white space.
    return text == null || text.indexOf(',') >= 0 || text.indexOf(' ') >= 0 ? null : text;
  }

  private static @Nullable String nonEmpty(@Nullable String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
