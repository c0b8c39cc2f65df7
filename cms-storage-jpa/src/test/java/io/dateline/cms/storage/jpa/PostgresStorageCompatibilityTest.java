package io.dateline.cms.storage.jpa;

import io.dateline.cms.spi.ContentStorage;
import io.dateline.cms.testkit.StorageCompatibilityKit;
import org.junit.jupiter.api.DisplayName;

@DisplayName("The storage contract on PostgreSQL")
class PostgresStorageCompatibilityTest implements StorageCompatibilityKit {
  @Override
  public ContentStorage storage() {
    // Shared by every test of the JVM: the kit's tests use fresh tenants, nothing to clean.
    return TestDatabases.shared(TestDatabases.Kind.POSTGRES);
  }
}
