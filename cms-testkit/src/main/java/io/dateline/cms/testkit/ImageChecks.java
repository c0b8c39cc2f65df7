package io.dateline.cms.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.dateline.cms.changes.Change;
import io.dateline.cms.changes.ChangeKind;
import io.dateline.cms.media.FocalPoint;
import io.dateline.cms.media.ImageAsset;
import io.dateline.cms.media.ImageId;
import io.dateline.cms.model.LocalizedText;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.spi.ContentStorage;
import io.dateline.cms.spi.ImageRepository;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/** The bodies of {@link ImageContract}'s tests. Not a test class itself. */
final class ImageChecks {
  private final ContentStorage storage;

  ImageChecks(ContentStorage storage) {
    this.storage = storage;
  }

  void roundTrip() {
    TenantId tenant = newTenant();
    ImageAsset full = full(tenant);
    ImageAsset bare = bare(tenant);
    images(tenant).save(full);
    images(tenant).save(bare);

    assertThat(images(tenant).findById(full.id())).contains(full);
    assertThat(images(tenant).findById(bare.id())).contains(bare);
    assertThat(images(tenant).findById(ImageId.random())).isEmpty();
  }

  void saveReplaces() {
    TenantId tenant = newTenant();
    ImageAsset asset = bare(tenant);
    images(tenant).save(asset);
    ImageAsset changed =
        new ImageAsset(
            tenant,
            asset.id(),
            asset.storageKey(),
            asset.mediaType(),
            asset.width(),
            asset.height(),
            asset.byteSize(),
            asset.contentHash(),
            LocalizedText.of("en", "A new alt text"),
            LocalizedText.of("uk", "Новий підпис"),
            "Credit",
            null,
            null,
            new FocalPoint(0.1, 0.9),
            asset.createdAt());

    images(tenant).save(changed);

    assertThat(images(tenant).findById(asset.id())).contains(changed);
    assertThat(images(tenant).findByIds(List.of(asset.id()))).containsExactly(changed);
  }

  void findByIds() {
    TenantId tenant = newTenant();
    ImageAsset a = full(tenant);
    ImageAsset b = bare(tenant);
    ImageAsset c = bare(tenant);
    images(tenant).save(a);
    images(tenant).save(b);
    images(tenant).save(c);

    assertThat(images(tenant).findByIds(List.of(a.id(), c.id(), ImageId.random(), a.id())))
        .containsExactlyInAnyOrder(a, c);
    assertThat(images(tenant).findByIds(List.of())).isEmpty();
  }

  void delete() {
    TenantId tenant = newTenant();
    ImageAsset a = full(tenant);
    ImageAsset b = bare(tenant);
    images(tenant).save(a);
    images(tenant).save(b);

    assertThat(images(tenant).delete(a.id())).isTrue();
    assertThat(images(tenant).findById(a.id())).isEmpty();
    assertThat(images(tenant).delete(a.id())).isFalse();
    assertThat(images(tenant).findById(b.id())).contains(b);
  }

  void changeFeed() {
    TenantId tenant = newTenant();
    TenantId other = newTenant();
    long start = storage.changes().head();
    ImageAsset asset = bare(tenant);
    images(tenant).save(asset);
    images(tenant).save(asset);
    images(other).save(bare(other));
    assertThat(images(other).delete(asset.id())).isFalse();
    assertThat(images(tenant).delete(asset.id())).isTrue();
    assertThat(images(tenant).delete(asset.id())).isFalse();

    assertThat(storage.changes().read(tenant, start, 100))
        .filteredOn(c -> c.kind().subject() == ChangeKind.Subject.IMAGE)
        .extracting(Change::kind, Change::subjectId)
        .containsExactly(
            tuple(ChangeKind.IMAGE_SAVED, asset.id().toString()),
            tuple(ChangeKind.IMAGE_SAVED, asset.id().toString()),
            tuple(ChangeKind.IMAGE_DELETED, asset.id().toString()));
    assertThat(storage.changes().read(other, start, 100))
        .filteredOn(c -> c.kind().subject() == ChangeKind.Subject.IMAGE)
        .extracting(Change::kind)
        .as("a refused delete in another tenant writes nothing")
        .containsExactly(ChangeKind.IMAGE_SAVED);
  }

  void isolation() {
    TenantId one = newTenant();
    TenantId two = newTenant();
    ImageAsset ofOne = full(one);
    images(one).save(ofOne);

    assertThat(images(two).findById(ofOne.id())).isEmpty();
    assertThat(images(two).findByIds(List.of(ofOne.id()))).isEmpty();
    assertThat(images(two).delete(ofOne.id())).isFalse();
    assertThat(images(one).findById(ofOne.id())).contains(ofOne);
  }

  private ImageRepository images(TenantId tenant) {
    return storage.tenant(tenant).images();
  }

  private TenantId newTenant() {
    SampleContent sample = SampleContent.forNewTenant();
    storage.tenants().save(sample.tenant());
    return sample.tenantId();
  }

  /** Every field set, with text in two scripts and a time with microsecond digits. */
  static ImageAsset full(TenantId tenant) {
    ImageId id = ImageId.random();
    return new ImageAsset(
        tenant,
        id,
        tenant.value() + "/images/" + id + ".jpg",
        "image/jpeg",
        4000,
        2250,
        1_234_567L,
        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
        LocalizedText.of(
            Locale.forLanguageTag("uk"), "Антоні Блінкен у Києві", Locale.ENGLISH, "Blinken"),
        LocalizedText.of(Locale.ENGLISH, "Antony Blinken speaks to reporters in Kyiv, \"today\"."),
        "Photo: Jane Doe / UNN",
        "© 2026 UNN",
        URI.create("https://creativecommons.org/licenses/by/4.0/"),
        new FocalPoint(0.25, 0.75),
        SampleContent.REFERENCE_TIME);
  }

  /** Only what is required: no text, credit or rights, the focal point in the centre. */
  static ImageAsset bare(TenantId tenant) {
    ImageId id = ImageId.random();
    return new ImageAsset(
        tenant,
        id,
        tenant.value() + "/images/" + id + ".png",
        "image/png",
        1,
        1,
        67,
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        LocalizedText.empty(),
        LocalizedText.empty(),
        null,
        null,
        null,
        FocalPoint.CENTER,
        SampleContent.REFERENCE_TIME.plusSeconds(1));
  }
}
