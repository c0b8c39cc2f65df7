package io.dateline.cms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dateline.cms.command.AuthorDraft;
import io.dateline.cms.media.FocalPoint;
import io.dateline.cms.media.ImageAsset;
import io.dateline.cms.media.ImageId;
import io.dateline.cms.memory.InMemoryStorage;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.ArticleStatus;
import io.dateline.cms.model.Author;
import io.dateline.cms.model.Block;
import io.dateline.cms.model.Image;
import io.dateline.cms.model.LocalizedText;
import io.dateline.cms.model.References;
import io.dateline.cms.model.Tenant;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.spi.ArticleRepository;
import io.dateline.cms.spi.AuthorRepository;
import io.dateline.cms.spi.ChangeLog;
import io.dateline.cms.spi.ContentStorage;
import io.dateline.cms.spi.ImageRepository;
import io.dateline.cms.spi.LocationRepository;
import io.dateline.cms.spi.SectionRepository;
import io.dateline.cms.spi.TagRepository;
import io.dateline.cms.spi.TenantRepository;
import io.dateline.cms.spi.TenantStorage;
import io.dateline.cms.spi.ViewCountStore;
import io.dateline.cms.testsupport.MutableClock;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Image assets referred to by content")
class ImageReferencesTest {
  private final ImageStore images = new ImageStore();
  private final Dateline cms =
      Dateline.builder()
          .storage(new WithImages(new InMemoryStorage(), images))
          .clock(MutableClock.at(Newsroom.START))
          .build();
  private final ImageAsset labelled = images.add("Delegations at the table", "Делегації за столом");
  private final ImageAsset englishOnly = images.add("A map of the front", null);
  private final ImageAsset logo = images.add("UNN", "УНН");
  private final ImageAsset portrait = images.add("Olena", "Олена");
  private final ImageAsset inGallery = images.add("A crowd", "Натовп");
  private final TenantContent unn;

  ImageReferencesTest() {
    cms.saveTenant(Newsroom.unnTenant().toBuilder().logo(logo.id()).icon(logo.id()).build());
    unn = cms.tenant(Newsroom.UNN);
  }

  @AfterEach
  void close() {
    cms.close();
  }

  @Nested
  @DisplayName("when an article is published")
  class Publishing {
    @Test
    @DisplayName("an asset with alt text in the article's language goes out")
    void labelledAsset() {
      Article draft =
          unn.articles()
              .create(
                  Newsroom.draft("Переговори в Женеві")
                      .featuredImage(Image.ofAsset(labelled.id(), ""))
                      .build());
      assertThat(unn.articles().publish(draft.id()).status()).isEqualTo(ArticleStatus.PUBLISHED);
    }

    @Test
    @DisplayName("an asset without alt text in the article's language is refused, by field path")
    void unlabelledAsset() {
      Article draft =
          unn.articles()
              .create(
                  Newsroom.draft("Карта фронту")
                      .body(
                          Block.Paragraph.of("Текст."),
                          new Block.ImageBlock(Image.ofAsset(englishOnly.id(), "")))
                      .build());

      assertThatThrownBy(() -> unn.articles().publish(draft.id()))
          .isInstanceOfSatisfying(
              ValidationException.class,
              e ->
                  assertThat(e.violations())
                      .singleElement()
                      .satisfies(
                          v -> {
                            assertThat(v.path()).isEqualTo("body[1].image.alt");
                            assertThat(v.rule()).isEqualTo("ImageAltText");
                            assertThat(v.message())
                                .contains("uk")
                                .contains(englishOnly.id().toString());
                          }));
      assertThat(unn.articles().find(draft.id()).orElseThrow().status())
          .isEqualTo(ArticleStatus.DRAFT);
      assertThatThrownBy(
              () -> unn.articles().schedule(draft.id(), Newsroom.START.plusSeconds(3600)))
          .isInstanceOf(ValidationException.class);
    }

    @Test
    @DisplayName("gallery images are checked too, each by its own path")
    void unlabelledGalleryImage() {
      Article draft =
          unn.articles()
              .create(
                  Newsroom.draft("Фотографії дня")
                      .body(
                          Block.Paragraph.of("Текст."),
                          new Block.GalleryBlock(
                              List.of(
                                  Image.ofAsset(labelled.id(), ""),
                                  Image.ofAsset(englishOnly.id(), ""),
                                  Image.ofAsset(englishOnly.id(), "Карта фронту"),
                                  Image.of(URI.create("https://cdn.example/a.jpg"), "")),
                              "Підпис"))
                      .build());

      assertThatThrownBy(() -> unn.articles().publish(draft.id()))
          .isInstanceOfSatisfying(
              ValidationException.class,
              e ->
                  assertThat(e.violations())
                      .extracting(Violation::path, Violation::rule)
                      .containsExactly(
                          org.assertj.core.api.Assertions.tuple(
                              "body[1].images[1].alt", "ImageAltText")));
      assertThat(unn.articles().find(draft.id()).orElseThrow().status())
          .isEqualTo(ArticleStatus.DRAFT);
    }

    @Test
    @DisplayName("an image's own alt text is enough, and the assets are not read")
    void ownAltText() {
      Article draft =
          unn.articles()
              .create(
                  Newsroom.draft("Карта фронту")
                      .featuredImage(Image.ofAsset(englishOnly.id(), "Карта фронту"))
                      .build());
      int before = images.reads.get();
      unn.articles().publish(draft.id());
      assertThat(images.reads.get()).isEqualTo(before);
    }

    @Test
    @DisplayName("an asset the tenant does not have is refused")
    void missingAsset() {
      Article draft =
          unn.articles()
              .create(
                  Newsroom.draft("Без картинки")
                      .featuredImage(Image.ofAsset(ImageId.random(), ""))
                      .build());
      assertThatThrownBy(() -> unn.articles().publish(draft.id()))
          .isInstanceOfSatisfying(
              ValidationException.class,
              e -> assertThat(e.violations().get(0).path()).isEqualTo("featuredImage.asset"));
    }
  }

  @Nested
  @DisplayName("when references are loaded")
  class Loading {
    @Test
    @DisplayName("lead, body and gallery images, portraits, logo and icon come in one read")
    void oneRead() {
      Author author =
          unn.authors()
              .create(
                  new AuthorDraft(
                      null, LocalizedText.of("uk", "Олена"), null, null, null, portrait.id()));
      Article article =
          unn.articles()
              .create(
                  Newsroom.draft("Переговори")
                      .authors(List.of(author.id()))
                      .featuredImage(Image.ofAsset(labelled.id(), ""))
                      .body(
                          Block.Paragraph.of("Текст."),
                          new Block.ImageBlock(Image.ofAsset(englishOnly.id(), "Карта")),
                          new Block.GalleryBlock(
                              List.of(
                                  Image.ofAsset(inGallery.id(), "Натовп"),
                                  Image.of(URI.create("https://cdn.example/a.jpg"), "Площа")),
                              null))
                      .build());
      int before = images.reads.get();

      References refs = unn.articles().references(List.of(article));

      assertThat(images.reads.get() - before).isEqualTo(1);
      assertThat(refs.images().keySet())
          .containsExactlyInAnyOrder(
              labelled.id(), englishOnly.id(), inGallery.id(), portrait.id(), logo.id());
      assertThat(refs.author(author.id()).orElseThrow().photo()).isEqualTo(portrait.id());
    }

    @Test
    @DisplayName("a tenant without logo or icon and articles without assets cost no image read")
    void noImagesNoRead() {
      cms.saveTenant(Newsroom.cityTenant());
      TenantContent city = cms.tenant(Newsroom.CITY);
      Article article =
          city.articles()
              .create(
                  io.dateline.cms.command.ArticleDraft.builder(Newsroom.EN, "Plain")
                      .body(Block.Paragraph.of("Text."))
                      .featuredImage(Image.of(URI.create("https://cdn.example/a.jpg"), "A"))
                      .build());
      int before = images.reads.get();
      References refs = city.articles().references(List.of(article));
      assertThat(images.reads.get()).isEqualTo(before);
      assertThat(refs.images()).isEmpty();
    }
  }

  @Test
  @DisplayName("an image needs exactly one source, a URL or an asset, or the draft is refused")
  void oneSource() {
    Image neither = new Image(null, "alt", null, null, 0, 0, null);
    Image both =
        new Image(URI.create("https://a.example/b.jpg"), "", null, null, 0, 0, labelled.id());
    for (Image image : List.of(neither, both)) {
      assertThatThrownBy(
              () -> unn.articles().create(Newsroom.draft("Фото").featuredImage(image).build()))
          .isInstanceOfSatisfying(
              ValidationException.class,
              e -> {
                assertThat(e.violations())
                    .singleElement()
                    .satisfies(
                        v -> {
                          assertThat(v.path()).isEqualTo("featuredImage");
                          assertThat(v.rule()).isEqualTo("ImageSource");
                        });
              });
    }
    assertThat(unn.articles().count(io.dateline.cms.query.ArticleQuery.anyStatus())).isZero();
    assertThat(Image.ofAsset(labelled.id(), "").url()).isNull();
  }

  @Test
  @DisplayName("a tenant's X account must be a handle")
  void twitterHandle() {
    Tenant bad = Newsroom.unnTenant().toBuilder().twitterSite("unn news").build();
    assertThatThrownBy(() -> cms.saveTenant(bad))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.violations().get(0).path()).isEqualTo("twitterSite"));
    assertThat(cms.findTenant(Newsroom.UNN).orElseThrow().logo()).isEqualTo(logo.id());
  }

  /** Image assets of the tenant "unn", counting reads. */
  static final class ImageStore implements ImageRepository {
    final Map<ImageId, ImageAsset> assets = new ConcurrentHashMap<>();
    final AtomicInteger reads = new AtomicInteger();

    ImageAsset add(String english, String ukrainian) {
      LocalizedText alt = LocalizedText.of("en", english);
      if (ukrainian != null) {
        alt = alt.with(Newsroom.UK, ukrainian);
      }
      ImageAsset asset =
          new ImageAsset(
              Newsroom.UNN,
              ImageId.random(),
              "key",
              "image/jpeg",
              1600,
              900,
              1000,
              "00".repeat(32),
              alt,
              LocalizedText.empty(),
              null,
              null,
              null,
              FocalPoint.CENTER,
              Instant.EPOCH);
      assets.put(asset.id(), asset);
      return asset;
    }

    @Override
    public void save(ImageAsset asset) {
      assets.put(asset.id(), asset);
    }

    @Override
    public Optional<ImageAsset> findById(ImageId id) {
      reads.incrementAndGet();
      return Optional.ofNullable(assets.get(id));
    }

    @Override
    public List<ImageAsset> findByIds(Collection<ImageId> ids) {
      reads.incrementAndGet();
      List<ImageAsset> found = new ArrayList<>();
      ids.forEach(id -> Optional.ofNullable(assets.get(id)).ifPresent(found::add));
      return found;
    }

    @Override
    public boolean delete(ImageId id) {
      return assets.remove(id) != null;
    }
  }

  /**
   * The in-memory store with an image repository for "unn" (the in-memory store's own arrives with
   * the image storage work; this test needs only reads).
   */
  private record WithImages(ContentStorage storage, ImageStore images) implements ContentStorage {
    @Override
    public TenantRepository tenants() {
      return storage.tenants();
    }

    @Override
    public TenantStorage tenant(TenantId tenantId) {
      TenantStorage inner = storage.tenant(tenantId);
      ImageRepository own = tenantId.equals(Newsroom.UNN) ? images : new ImageStore();
      return new TenantStorage() {
        @Override
        public TenantId tenantId() {
          return inner.tenantId();
        }

        @Override
        public ArticleRepository articles() {
          return inner.articles();
        }

        @Override
        public AuthorRepository authors() {
          return inner.authors();
        }

        @Override
        public TagRepository tags() {
          return inner.tags();
        }

        @Override
        public LocationRepository locations() {
          return inner.locations();
        }

        @Override
        public SectionRepository sections() {
          return inner.sections();
        }

        @Override
        public ImageRepository images() {
          return own;
        }

        // The article commands write revisions, the audit log and slug history through these.
        @Override
        public io.dateline.cms.spi.RevisionRepository revisions() {
          return inner.revisions();
        }

        @Override
        public io.dateline.cms.spi.AuditLog audit() {
          return inner.audit();
        }

        @Override
        public io.dateline.cms.spi.SlugHistory slugHistory() {
          return inner.slugHistory();
        }
      };
    }

    @Override
    public ViewCountStore viewCounts() {
      return storage.viewCounts();
    }

    @Override
    public ChangeLog changes() {
      return storage.changes();
    }
  }
}
