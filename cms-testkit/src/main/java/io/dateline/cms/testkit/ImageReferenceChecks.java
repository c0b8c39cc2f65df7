package io.dateline.cms.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.cms.media.ImageId;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.Author;
import io.dateline.cms.model.Block;
import io.dateline.cms.model.Image;
import io.dateline.cms.model.Tenant;
import io.dateline.cms.spi.ContentStorage;
import io.dateline.cms.spi.TenantStorage;
import java.net.URI;
import java.util.List;

/** The bodies of {@link ImageReferenceContract}. */
final class ImageReferenceChecks {
  private final ContentStorage storage;

  ImageReferenceChecks(ContentStorage storage) {
    this.storage = storage;
  }

  void tenantLogoAndIconRoundTrip() {
    Tenant tenant =
        SampleContent.forNewTenant().tenant().toBuilder()
            .logo(ImageId.random())
            .icon(ImageId.random())
            .twitterSite("@sample_news")
            .build();
    storage.tenants().save(tenant);

    Tenant found = storage.tenants().find(tenant.id()).orElseThrow();
    assertThat(found).isEqualTo(tenant);
    assertThat(found.logo()).isEqualTo(tenant.logo());
    assertThat(found.icon()).isEqualTo(tenant.icon());
    assertThat(found.twitterSite()).isEqualTo("@sample_news");
  }

  void tenantLogoAndIconCanBeRemoved() {
    Tenant tenant =
        SampleContent.forNewTenant().tenant().toBuilder()
            .logo(ImageId.random())
            .icon(ImageId.random())
            .twitterSite("@sample_news")
            .build();
    storage.tenants().save(tenant);
    Tenant plain = tenant.toBuilder().logo(null).icon(null).twitterSite(null).build();
    storage.tenants().save(plain);

    Tenant found = storage.tenants().find(tenant.id()).orElseThrow();
    assertThat(found.logo()).isNull();
    assertThat(found.icon()).isNull();
    assertThat(found.twitterSite()).isNull();
    assertThat(found).isEqualTo(plain);
  }

  void authorPhotoRoundTrips() {
    SampleContent sample = SampleContent.forNewTenant();
    SampleContent other = SampleContent.forNewTenant();
    storage.tenants().save(sample.tenant());
    storage.tenants().save(other.tenant());
    TenantStorage site = storage.tenant(sample.tenantId());
    ImageId photo = ImageId.random();
    Author withPhoto = sample.author().withPhoto(photo);
    Author without = sample.author();
    site.authors().insert(withPhoto);
    site.authors().insert(without);

    assertThat(site.authors().findById(withPhoto.id())).contains(withPhoto);
    assertThat(site.authors().findById(withPhoto.id()).orElseThrow().photo()).isEqualTo(photo);
    assertThat(site.authors().findById(without.id()).orElseThrow().photo()).isNull();
    assertThat(site.authors().findByIds(List.of(withPhoto.id(), without.id())))
        .containsExactlyInAnyOrder(withPhoto, without);
    assertThat(storage.tenant(other.tenantId()).authors().findById(withPhoto.id())).isEmpty();

    Author removed = withPhoto.withPhoto(null);
    site.authors().update(removed);
    assertThat(site.authors().findById(withPhoto.id())).contains(removed);
  }

  void articleImageAssetsRoundTrip() {
    SampleContent sample = SampleContent.forNewTenant();
    storage.tenants().save(sample.tenant());
    TenantStorage site = storage.tenant(sample.tenantId());
    ImageId lead = ImageId.random();
    ImageId inline = ImageId.random();
    ImageId inGallery = ImageId.random();
    Article article =
        sample
            .article()
            .featuredImage(Image.ofAsset(lead, "The square at dawn"))
            .body(
                List.of(
                    Block.Paragraph.of("Text before the picture."),
                    new Block.ImageBlock(
                        new Image(null, "", "A caption of its own", null, 0, 0, inline)),
                    new Block.ImageBlock(
                        Image.of(URI.create("https://cdn.example.org/external.jpg"), "External")),
                    new Block.GalleryBlock(
                        List.of(
                            Image.ofAsset(inGallery, ""),
                            Image.of(URI.create("https://cdn.example.org/g.jpg"), "Crowd")),
                        "Two views")))
            .build();
    Article stored = site.articles().insert(article);

    Article found = site.articles().findById(stored.id()).orElseThrow();
    assertThat(found.featuredImage()).isEqualTo(Image.ofAsset(lead, "The square at dawn"));
    assertThat(found.body()).isEqualTo(article.body());
    Image inlineImage = ((Block.ImageBlock) found.body().get(1)).image();
    assertThat(inlineImage.asset()).isEqualTo(inline);
    assertThat(inlineImage.caption()).isEqualTo("A caption of its own");
    Image external = ((Block.ImageBlock) found.body().get(2)).image();
    assertThat(external.asset()).isNull();
    assertThat(external.url()).hasToString("https://cdn.example.org/external.jpg");
    Block.GalleryBlock gallery = (Block.GalleryBlock) found.body().get(3);
    assertThat(gallery.images()).extracting(Image::asset).containsExactly(inGallery, null);
    assertThat(gallery.caption()).isEqualTo("Two views");
  }
}
