package io.dateline.cms.storage.jpa.internal;

import io.dateline.cms.media.ImageId;
import io.dateline.cms.model.Author;
import io.dateline.cms.model.AuthorId;
import io.dateline.cms.model.GeoPoint;
import io.dateline.cms.model.Location;
import io.dateline.cms.model.LocationId;
import io.dateline.cms.model.LocationKind;
import io.dateline.cms.model.Section;
import io.dateline.cms.model.SectionId;
import io.dateline.cms.model.Tag;
import io.dateline.cms.model.TagId;
import io.dateline.cms.model.TagKind;
import io.dateline.cms.model.TenantId;
import java.net.URI;

/** How authors, tags, sections and locations map to their rows. */
final class DirectoryMappings {
  private DirectoryMappings() {}

  static final JpaDirectoryRepository.Mapping<Author, AuthorId, AuthorEntity> AUTHORS =
      new JpaDirectoryRepository.Mapping<>(
          "author",
          AuthorEntity.class,
          AuthorEntity::new,
          Author::tenantId,
          a -> a.id().value(),
          AuthorId::value,
          Author::slug,
          (a, e) -> {
            e.slug = a.slug();
            e.name = ContentJson.localized(a.name());
            e.bio = ContentJson.localized(a.bio());
            e.email = a.email();
            e.imageUrl = a.imageUrl() == null ? null : a.imageUrl().toString();
            e.photoId = a.photo() == null ? null : a.photo().value();
          },
          DirectoryMappings::author);

  static final JpaDirectoryRepository.Mapping<Tag, TagId, TagEntity> TAGS =
      new JpaDirectoryRepository.Mapping<>(
          "tag",
          TagEntity.class,
          TagEntity::new,
          Tag::tenantId,
          t -> t.id().value(),
          TagId::value,
          Tag::slug,
          (t, e) -> {
            e.slug = t.slug();
            e.name = ContentJson.localized(t.name());
            e.tagKind = t.kind().name();
          },
          DirectoryMappings::tag);

  static final JpaDirectoryRepository.Mapping<Section, SectionId, SectionEntity> SECTIONS =
      new JpaDirectoryRepository.Mapping<>(
          "section",
          SectionEntity.class,
          SectionEntity::new,
          Section::tenantId,
          s -> s.id().value(),
          SectionId::value,
          Section::slug,
          (s, e) -> {
            e.slug = s.slug();
            e.name = ContentJson.localized(s.name());
            e.parentId = s.parentId() == null ? null : s.parentId().value();
            e.position = s.position();
          },
          DirectoryMappings::section);

  static final JpaDirectoryRepository.Mapping<Location, LocationId, LocationEntity> LOCATIONS =
      new JpaDirectoryRepository.Mapping<>(
          "location",
          LocationEntity.class,
          LocationEntity::new,
          Location::tenantId,
          l -> l.id().value(),
          LocationId::value,
          Location::slug,
          (l, e) -> {
            e.slug = l.slug();
            e.name = ContentJson.localized(l.name());
            e.locationKind = l.kind().name();
            e.latitude = l.coordinates() == null ? null : l.coordinates().latitude();
            e.longitude = l.coordinates() == null ? null : l.coordinates().longitude();
          },
          DirectoryMappings::location);

  static Author author(AuthorEntity e) {
    return new Author(
        TenantId.of(e.tenantId),
        AuthorId.of(e.id),
        e.slug,
        ContentJson.localized(e.name),
        ContentJson.localized(e.bio),
        e.email,
        e.imageUrl == null ? null : URI.create(e.imageUrl),
        e.photoId == null ? null : ImageId.of(e.photoId));
  }

  static Tag tag(TagEntity e) {
    return new Tag(
        TenantId.of(e.tenantId),
        TagId.of(e.id),
        TagKind.valueOf(e.tagKind),
        e.slug,
        ContentJson.localized(e.name));
  }

  static Section section(SectionEntity e) {
    return new Section(
        TenantId.of(e.tenantId),
        SectionId.of(e.id),
        e.slug,
        ContentJson.localized(e.name),
        e.parentId == null ? null : SectionId.of(e.parentId),
        e.position == null ? 0 : e.position);
  }

  static Location location(LocationEntity e) {
    return new Location(
        TenantId.of(e.tenantId),
        LocationId.of(e.id),
        LocationKind.valueOf(e.locationKind),
        e.slug,
        ContentJson.localized(e.name),
        e.latitude == null || e.longitude == null ? null : new GeoPoint(e.latitude, e.longitude));
  }
}
