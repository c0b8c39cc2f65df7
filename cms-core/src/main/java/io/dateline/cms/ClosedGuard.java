package io.dateline.cms;

import io.dateline.cms.model.References;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.spi.ArticleRepository;
import io.dateline.cms.spi.AuditLog;
import io.dateline.cms.spi.AuthorRepository;
import io.dateline.cms.spi.ImageRepository;
import io.dateline.cms.spi.ImportSourceRepository;
import io.dateline.cms.spi.LocationRepository;
import io.dateline.cms.spi.ReferenceIds;
import io.dateline.cms.spi.SectionRepository;
import io.dateline.cms.spi.SlugHistory;
import io.dateline.cms.spi.TagRepository;
import io.dateline.cms.spi.TenantStorage;
import io.dateline.cms.spi.WebhookRepository;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Makes the storage a {@link Dateline} hands to its services refuse work once the instance is
 * closed, so that a service obtained before {@code close()} ({@code site.articles()}, a change
 * feed) throws {@code IllegalStateException("Dateline is closed")} instead of reading storage the
 * application may already have shut down.
 *
 * <p>The repositories are wrapped with JDK dynamic proxies rather than hand-written delegates: the
 * SPI interfaces are large and still growing, and a proxy checks every method, present and future,
 * with one line. The check is one volatile read; the reflective call costs tens of nanoseconds,
 * small next to any storage call.
 */
final class ClosedGuard {
  static final String MESSAGE = "Dateline is closed";

  private final AtomicBoolean closed = new AtomicBoolean();

  /** Marks the instance closed; every guarded call afterwards throws. */
  boolean close() {
    return closed.compareAndSet(false, true);
  }

  boolean isClosed() {
    return closed.get();
  }

  /**
   * Throws when closed.
   *
   * @throws IllegalStateException when closed
   */
  void check() {
    if (closed.get()) {
      throw new IllegalStateException(MESSAGE);
    }
  }

  /**
   * Wraps a tenant's storage so that every repository call checks this guard first.
   *
   * @param storage the storage
   * @return the guarded storage
   */
  TenantStorage tenant(TenantStorage storage) {
    ArticleRepository articles = wrap(ArticleRepository.class, storage.articles());
    AuthorRepository authors = wrap(AuthorRepository.class, storage.authors());
    TagRepository tags = wrap(TagRepository.class, storage.tags());
    LocationRepository locations = wrap(LocationRepository.class, storage.locations());
    SectionRepository sections = wrap(SectionRepository.class, storage.sections());
    return new TenantStorage() {
      @Override
      public TenantId tenantId() {
        return storage.tenantId();
      }

      @Override
      public ArticleRepository articles() {
        return articles;
      }

      @Override
      public AuthorRepository authors() {
        return authors;
      }

      @Override
      public TagRepository tags() {
        return tags;
      }

      @Override
      public LocationRepository locations() {
        return locations;
      }

      @Override
      public SectionRepository sections() {
        return sections;
      }

      @Override
      public WebhookRepository webhooks() {
        check();
        return wrap(WebhookRepository.class, storage.webhooks());
      }

      @Override
      public ImportSourceRepository importSources() {
        check();
        return wrap(ImportSourceRepository.class, storage.importSources());
      }

      @Override
      public AuditLog audit() {
        check();
        return wrap(AuditLog.class, storage.audit());
      }

      @Override
      public SlugHistory slugHistory() {
        check();
        return wrap(SlugHistory.class, storage.slugHistory());
      }

      @Override
      public ImageRepository images() {
        check();
        return wrap(ImageRepository.class, storage.images());
      }

      @Override
      public io.dateline.cms.spi.RevisionRepository revisions() {
        check();
        return wrap(io.dateline.cms.spi.RevisionRepository.class, storage.revisions());
      }

      @Override
      public io.dateline.cms.spi.DirectoryEntryRepository entries() {
        check();
        return wrap(io.dateline.cms.spi.DirectoryEntryRepository.class, storage.entries());
      }

      @Override
      public References resolve(ReferenceIds ids) {
        check();
        return storage.resolve(ids); // the backend's own, possibly one-statement, resolve
      }
    };
  }

  /**
   * Wraps an object so that every interface method checks this guard first ({@code equals}, {@code
   * hashCode} and {@code toString} excepted).
   *
   * @param type the interface
   * @param target the object
   * @param <T> the interface
   * @return the guarded object
   */
  <T> T wrap(Class<T> type, T target) {
    Object proxy =
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (self, method, args) -> {
              if (method.getDeclaringClass() == Object.class) {
                return objectMethod(self, target, method, args);
              }
              check();
              try {
                return method.invoke(target, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
    return type.cast(proxy);
  }

  private static Object objectMethod(Object self, Object target, Method method, Object[] args) {
    return switch (method.getName()) {
      case "equals" -> self == args[0];
      case "hashCode" -> System.identityHashCode(self);
      default -> "Guarded[" + target + "]";
    };
  }
}
