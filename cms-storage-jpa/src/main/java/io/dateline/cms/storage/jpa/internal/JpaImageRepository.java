package io.dateline.cms.storage.jpa.internal;

import io.dateline.cms.changes.ChangeKind;
import io.dateline.cms.media.FocalPoint;
import io.dateline.cms.media.ImageAsset;
import io.dateline.cms.media.ImageId;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.spi.ImageRepository;
import java.net.URI;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;
import org.jspecify.annotations.Nullable;

/**
 * One tenant's image assets in {@code dateline_image}. Every query names the tenant explicitly as
 * well as through the session's tenant filter, as the hand-written SQL of the other repositories
 * does.
 */
final class JpaImageRepository implements ImageRepository {
  private final TenantId tenant;
  private final TenantSessions sessions;
  private final JpaChangeLog changes;

  JpaImageRepository(TenantId tenant, TenantSessions sessions, JpaChangeLog changes) {
    this.tenant = tenant;
    this.sessions = sessions;
    this.changes = changes;
  }

  @Override
  public void save(ImageAsset asset) {
    Objects.requireNonNull(asset, "asset must not be null");
    if (!asset.tenantId().equals(tenant)) {
      throw new IllegalArgumentException(
          "image " + asset.id() + " belongs to tenant " + asset.tenantId() + ", not " + tenant);
    }
    sessions.write(
        tenant,
        s -> {
          ImageEntity stored = entity(s, asset.id().value());
          boolean fresh = stored == null;
          ImageEntity row = stored != null ? stored : new ImageEntity();
          row.tenantId = tenant.value();
          row.id = asset.id().value();
          row.storageKey = asset.storageKey();
          row.mediaType = asset.mediaType();
          row.width = asset.width();
          row.height = asset.height();
          row.byteSize = asset.byteSize();
          row.contentHash = asset.contentHash();
          row.alt = ContentJson.localized(asset.alt());
          row.caption = ContentJson.localized(asset.caption());
          row.credit = asset.credit();
          row.copyright = asset.copyright();
          row.licence = asset.licence() == null ? null : asset.licence().toString();
          row.focalX = asset.focalPoint().x();
          row.focalY = asset.focalPoint().y();
          // Both databases keep microseconds; truncating here makes a read return what was written.
          row.createdAt = asset.createdAt().truncatedTo(ChronoUnit.MICROS);
          if (fresh) {
            s.persist(row);
          }
          changes.append(s, tenant, ChangeKind.IMAGE_SAVED, asset.id().toString());
          return null;
        });
  }

  @Override
  public Optional<ImageAsset> findById(ImageId id) {
    Objects.requireNonNull(id, "id must not be null");
    return sessions.read(
        tenant, s -> Optional.ofNullable(entity(s, id.value())).map(JpaImageRepository::toModel));
  }

  @Override
  public List<ImageAsset> findByIds(Collection<ImageId> ids) {
    Objects.requireNonNull(ids, "ids must not be null");
    if (ids.isEmpty()) {
      return List.of();
    }
    Set<UUID> uuids = new LinkedHashSet<>();
    ids.forEach(id -> uuids.add(id.value()));
    return sessions.read(
        tenant,
        s ->
            sessions.findByIds(s, ImageEntity.class, "id", uuids).stream()
                .map(JpaImageRepository::toModel)
                .toList());
  }

  @Override
  public boolean delete(ImageId id) {
    Objects.requireNonNull(id, "id must not be null");
    return sessions.write(
        tenant,
        s -> {
          boolean deleted =
              s.createMutationQuery(
                          "delete from ImageEntity e where e.tenantId = :tenant and e.id = :id")
                      .setParameter("tenant", tenant.value())
                      .setParameter("id", id.value())
                      .executeUpdate()
                  == 1;
          if (deleted) {
            changes.append(s, tenant, ChangeKind.IMAGE_DELETED, id.toString());
          }
          return deleted;
        });
  }

  private @Nullable ImageEntity entity(Session s, UUID id) {
    return s.createSelectionQuery(
            "from ImageEntity e where e.tenantId = :tenant and e.id = :id", ImageEntity.class)
        .setParameter("tenant", tenant.value())
        .setParameter("id", id)
        .uniqueResult();
  }

  private static ImageAsset toModel(ImageEntity e) {
    return new ImageAsset(
        TenantId.of(e.tenantId),
        ImageId.of(e.id),
        e.storageKey,
        e.mediaType,
        e.width,
        e.height,
        e.byteSize,
        e.contentHash,
        ContentJson.localized(e.alt),
        ContentJson.localized(e.caption),
        e.credit,
        e.copyright,
        e.licence == null ? null : URI.create(e.licence),
        new FocalPoint(e.focalX, e.focalY),
        e.createdAt);
  }
}
