package io.dateline.cms.storage.jpa;

import org.junit.jupiter.api.DisplayName;

@DisplayName("The JPA store on H2")
class H2JpaStorageTest extends JpaStorageBehaviour {
  @Override
  TestDatabases.Kind database() {
    return TestDatabases.Kind.H2_MEMORY;
  }
}
