package io.dateline.examples.newssite;

import io.dateline.cms.media.ImageAsset;
import io.dateline.cms.media.ImageId;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.spi.ArticleRepository;
import io.dateline.cms.spi.AuthorRepository;
import io.dateline.cms.spi.ChangeLog;
import io.dateline.cms.spi.ContentStorage;
import io.dateline.cms.spi.ImageRepository;
import io.dateline.cms.spi.ImportSourceRepository;
import io.dateline.cms.spi.LocationRepository;
import io.dateline.cms.spi.SectionRepository;
import io.dateline.cms.spi.TagRepository;
import io.dateline.cms.spi.TenantRepository;
import io.dateline.cms.spi.TenantStorage;
import io.dateline.cms.spi.ViewCountStore;
import io.dateline.cms.spi.WebhookRepository;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The demo's storage: the database for everything, plus the demo's drawn pictures as the tenants'
 * image assets.
 *
 * <p>A stop-gap for as long as the storage backends keep no image assets: once they do, the demo
 * uploads its pictures and opens its database directly, and this class goes. Reading references
 * goes through {@link TenantStorage}'s default {@code resolve} (one read per kind), so that the
 * image assets come from here.
 *
 * <p>Thread-safe, as the wrapped storage is.
 */
final class DemoMediaStorage implements ContentStorage {
  private final ContentStorage storage;
  private final DemoImages images;

  DemoMediaStorage(ContentStorage storage, DemoImages images) {
    this.storage = Objects.requireNonNull(storage, "storage");
    this.images = Objects.requireNonNull(images, "images");
  }

  @Override
  public TenantRepository tenants() {
    return storage.tenants();
  }

  @Override
  public TenantStorage tenant(TenantId tenantId) {
    return new Tenant(storage.tenant(tenantId), images);
  }

  @Override
  public ViewCountStore viewCounts() {
    return storage.viewCounts();
  }

  @Override
  public ChangeLog changes() {
    return storage.changes();
  }

  @Override
  public void close() {
    storage.close();
  }

  /** One tenant: its repositories, and the drawn pictures as its images. */
  private record Tenant(TenantStorage storage, DemoImages pictures) implements TenantStorage {
    @Override
    public TenantId tenantId() {
      return storage.tenantId();
    }

    @Override
    public ArticleRepository articles() {
      return storage.articles();
    }

    @Override
    public AuthorRepository authors() {
      return storage.authors();
    }

    @Override
    public TagRepository tags() {
      return storage.tags();
    }

    @Override
    public LocationRepository locations() {
      return storage.locations();
    }

    @Override
    public SectionRepository sections() {
      return storage.sections();
    }

    @Override
    public WebhookRepository webhooks() {
      return storage.webhooks();
    }

    @Override
    public ImportSourceRepository importSources() {
      return storage.importSources();
    }

    @Override
    public ImageRepository images() {
      return new ImageRepository() {
        @Override
        public void save(ImageAsset asset) {
          throw new UnsupportedOperationException(
              "the demo's pictures are drawn in code, not uploaded");
        }

        @Override
        public Optional<ImageAsset> findById(ImageId id) {
          return pictures.assets(tenantId(), List.of(id)).stream().findFirst();
        }

        @Override
        public List<ImageAsset> findByIds(Collection<ImageId> ids) {
          return pictures.assets(tenantId(), ids);
        }

        @Override
        public boolean delete(ImageId id) {
          throw new UnsupportedOperationException(
              "the demo's pictures are drawn in code, not deleted");
        }
      };
    }
  }
}
