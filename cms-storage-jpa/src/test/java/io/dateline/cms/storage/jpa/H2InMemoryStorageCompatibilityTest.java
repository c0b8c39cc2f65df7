package io.dateline.cms.storage.jpa;

import io.dateline.cms.spi.ContentStorage;
import io.dateline.cms.testkit.ChangeFeedContract;
import io.dateline.cms.testkit.ImportSourceContract;
import io.dateline.cms.testkit.MostReadContract;
import io.dateline.cms.testkit.ReferentialIntegrityContract;
import io.dateline.cms.testkit.StorageCompatibilityKit;
import io.dateline.cms.testkit.WebhookContract;
import org.junit.jupiter.api.DisplayName;

@DisplayName("The storage contract on H2 in memory")
class H2InMemoryStorageCompatibilityTest extends StorageCompatibilityKit
    implements ChangeFeedContract,
        MostReadContract,
        ReferentialIntegrityContract,
        WebhookContract,
        ImportSourceContract {
  @Override
  protected ContentStorage createStorage() {
    return TestDatabases.shared(TestDatabases.Kind.H2_MEMORY);
  }

  @Override
  public ContentStorage changeFeedStorage() {
    return storage();
  }

  @Override
  protected void afterEachTest(ContentStorage storage) {
    // Shared by every test of the JVM: the kit's tests use fresh tenants, nothing to clean.
  }

  @Override
  public ContentStorage mostReadStorage() {
    return storage();
  }

  @Override
  public ContentStorage referentialIntegrityStorage() {
    return storage();
  }

  @Override
  public ContentStorage webhookStorage() {
    return storage();
  }

  @Override
  public ContentStorage importSourceStorage() {
    return storage();
  }
}
