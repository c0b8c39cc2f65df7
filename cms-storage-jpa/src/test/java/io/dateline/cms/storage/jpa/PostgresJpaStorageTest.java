package io.dateline.cms.storage.jpa;

import org.junit.jupiter.api.DisplayName;

@DisplayName("The JPA store on PostgreSQL")
class PostgresJpaStorageTest extends JpaStorageBehaviour {
  @Override
  TestDatabases.Kind database() {
    return TestDatabases.Kind.POSTGRES;
  }
}
