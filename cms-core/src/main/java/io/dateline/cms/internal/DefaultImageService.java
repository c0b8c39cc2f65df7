package io.dateline.cms.internal;

import io.dateline.cms.Action;
import io.dateline.cms.ImageService;
import io.dateline.cms.InvalidImageException;
import io.dateline.cms.NotFoundException;
import io.dateline.cms.StorageException;
import io.dateline.cms.ValidationException;
import io.dateline.cms.Violation;
import io.dateline.cms.audit.AuditAction;
import io.dateline.cms.audit.AuditSubject;
import io.dateline.cms.media.ImageAsset;
import io.dateline.cms.media.ImageDetails;
import io.dateline.cms.media.ImageId;
import io.dateline.cms.model.LocalizedText;
import io.dateline.cms.model.Tenant;
import io.dateline.cms.spi.TenantStorage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The image service of one tenant. An upload is read into memory under the byte cap (the blob store
 * takes whole arrays), inspected by {@link ImageFormat}, and then written to the blob store before
 * its row; a failed row removes the blob again, so a refused or failed upload leaves nothing.
 */
public final class DefaultImageService implements ImageService {
  private static final Logger LOG = LoggerFactory.getLogger(DefaultImageService.class);

  static final int MAX_ALT = 1000;
  static final int MAX_CAPTION = 2000;
  static final int MAX_CREDIT = 300;
  static final int MAX_COPYRIGHT = 500;
  static final int MAX_LICENCE = 2000;

  private final Tenant tenant;
  private final TenantStorage storage;
  private final Clock clock;
  private final ImageSettings settings;
  private final CommandGuard guard;
  private final ChangeNotifier changes;

  /**
   * Creates the service.
   *
   * @param tenant the tenant
   * @param storage its storage
   * @param clock the clock of creation times
   * @param settings blob store and limits
   * @param guard authorizes uploads, edits and deletions and records them in the audit log
   * @param changes signalled after every successful write, to wake change-feed followers
   */
  public DefaultImageService(
      Tenant tenant,
      TenantStorage storage,
      Clock clock,
      ImageSettings settings,
      CommandGuard guard,
      ChangeNotifier changes) {
    this.tenant = tenant;
    this.storage = storage;
    this.clock = clock;
    this.settings = settings;
    this.guard = guard;
    this.changes = changes;
  }

  @Override
  public ImageAsset upload(InputStream content, ImageDetails details) {
    Objects.requireNonNull(content, "content");
    guard.authorize(Action.MANAGE_IMAGES, null);
    checkDetails(details);
    byte[] bytes = readCapped(content);
    ImageFormat.Info info = ImageFormat.inspect(bytes, settings.maxPixels());
    ImageId id = ImageId.random();
    String key = tenant.id().value() + "/images/" + id + "." + info.extension();
    ImageAsset asset =
        new ImageAsset(
            tenant.id(),
            id,
            key,
            info.mediaType(),
            info.width(),
            info.height(),
            bytes.length,
            sha256(bytes),
            details.alt(),
            details.caption(),
            blankToNull(details.credit()),
            blankToNull(details.copyright()),
            details.licence(),
            details.focalPoint(),
            clock.instant().truncatedTo(ChronoUnit.MICROS));
    try {
      settings.blobStore().put(key, bytes, info.mediaType());
    } catch (IOException | RuntimeException e) {
      removeBlobQuietly(key, e);
      throw new StorageException("Could not store the image's bytes", e);
    }
    try {
      guard.record(
          AuditAction.CREATED,
          AuditSubject.IMAGE,
          id,
          null,
          null,
          () -> {
            storage.images().save(asset);
            return asset;
          });
    } catch (RuntimeException e) {
      removeBlobQuietly(key, e);
      throw e;
    }
    changes.signal();
    return asset;
  }

  @Override
  public Optional<ImageAsset> find(ImageId id) {
    return storage.images().findById(Objects.requireNonNull(id, "id"));
  }

  @Override
  public ImageAsset get(ImageId id) {
    return find(id).orElseThrow(() -> new NotFoundException("image", id, tenant.id()));
  }

  @Override
  public List<ImageAsset> findAll(Collection<ImageId> ids) {
    Objects.requireNonNull(ids, "ids");
    if (ids.isEmpty()) {
      return List.of();
    }
    return storage.images().findByIds(ids);
  }

  @Override
  public ImageAsset update(ImageId id, ImageDetails details) {
    Objects.requireNonNull(id, "id");
    guard.authorize(Action.MANAGE_IMAGES, null);
    checkDetails(details);
    ImageAsset stored = get(id);
    ImageAsset changed =
        new ImageAsset(
            stored.tenantId(),
            stored.id(),
            stored.storageKey(),
            stored.mediaType(),
            stored.width(),
            stored.height(),
            stored.byteSize(),
            stored.contentHash(),
            details.alt(),
            details.caption(),
            blankToNull(details.credit()),
            blankToNull(details.copyright()),
            details.licence(),
            details.focalPoint(),
            stored.createdAt());
    guard.record(
        AuditAction.UPDATED,
        AuditSubject.IMAGE,
        id,
        null,
        null,
        () -> {
          storage.images().save(changed);
          return changed;
        });
    changes.signal();
    return changed;
  }

  @Override
  public InputStream openOriginal(ImageId id) {
    ImageAsset asset = get(id);
    try {
      return settings
          .blobStore()
          .open(asset.storageKey())
          .orElseThrow(() -> new NotFoundException("image bytes", id, tenant.id()));
    } catch (IOException e) {
      throw new StorageException("Could not read the bytes of image " + id, e);
    }
  }

  @Override
  public void delete(ImageId id) {
    Objects.requireNonNull(id, "id");
    guard.authorize(Action.MANAGE_IMAGES, null);
    ImageAsset asset = get(id);
    boolean deleted =
        guard.record(
            AuditAction.DELETED,
            AuditSubject.IMAGE,
            id,
            null,
            null,
            () -> {
              if (!storage.images().delete(id)) {
                throw new NotFoundException("image", id, tenant.id());
              }
              return true;
            });
    if (deleted) {
      changes.signal();
    }
    try {
      settings.blobStore().delete(asset.storageKey());
    } catch (IOException | RuntimeException e) {
      // The asset is gone; its bytes are unreachable and only take space.
      LOG.warn("Deleted image {} of tenant {} but not its bytes", id, tenant.id(), e);
    }
  }

  private byte[] readCapped(InputStream content) {
    long max = settings.maxBytes();
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    byte[] buffer = new byte[8192];
    long total = 0;
    try {
      int n;
      while ((n = content.read(buffer)) != -1) {
        total += n;
        if (total > max) {
          throw new InvalidImageException(
              InvalidImageException.MAX_BYTES,
              "the file is larger than the limit of " + max + " bytes");
        }
        out.write(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new StorageException("Could not read the uploaded image", e);
    }
    return out.toByteArray();
  }

  private void removeBlobQuietly(String key, Exception cause) {
    try {
      settings.blobStore().delete(key);
    } catch (IOException | RuntimeException e) {
      cause.addSuppressed(e);
    }
  }

  private static void checkDetails(ImageDetails details) {
    Objects.requireNonNull(details, "details");
    List<Violation> violations = new ArrayList<>();
    text(violations, "alt", details.alt(), MAX_ALT);
    text(violations, "caption", details.caption(), MAX_CAPTION);
    length(violations, "credit", details.credit(), MAX_CREDIT);
    length(violations, "copyright", details.copyright(), MAX_COPYRIGHT);
    if (details.licence() != null) {
      String scheme = details.licence().getScheme();
      boolean web =
          scheme != null
              && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
              && details.licence().getHost() != null;
      if (!web) {
        violations.add(new Violation("licence", "HttpUrl", "must be an absolute http(s) URL"));
      }
      length(violations, "licence", details.licence().toString(), MAX_LICENCE);
    }
    if (!violations.isEmpty()) {
      throw new ValidationException("image", violations);
    }
  }

  private static void text(List<Violation> out, String field, LocalizedText text, int max) {
    for (Map.Entry<Locale, String> e : text.values().entrySet()) {
      length(out, field + "[" + e.getKey().toLanguageTag() + "]", e.getValue(), max);
    }
  }

  private static void length(List<Violation> out, String path, @Nullable String value, int max) {
    if (value != null && value.length() > max) {
      out.add(new Violation(path, "Size", "must be at most " + max + " characters"));
    }
  }

  private static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
