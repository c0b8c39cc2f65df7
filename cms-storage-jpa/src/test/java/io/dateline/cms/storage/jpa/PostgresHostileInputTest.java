package io.dateline.cms.storage.jpa;

import io.dateline.cms.spi.ContentStorage;
import io.dateline.cms.testkit.HostileInputContract;
import net.jqwik.api.Label;

@Label("Hostile input on PostgreSQL")
class PostgresHostileInputTest extends HostileInputContract {
  @Override
  protected ContentStorage createStorage() {
    return TestDatabases.shared(TestDatabases.Kind.POSTGRES);
  }

  @Override
  protected void releaseStorage(ContentStorage storage) {
    // Shared by every test of the JVM: the contract uses fresh tenants, nothing to clean.
  }
}
