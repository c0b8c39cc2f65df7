package io.dateline.cms.site;

import io.dateline.cms.storage.jpa.JpaStorage;
import org.junit.jupiter.api.DisplayName;

@DisplayName("On PostgreSQL, serving a page costs a bounded number of storage statements")
class StatementBudgetPostgresTest extends StatementBudget {
  @Override
  JpaStorage newStorage() {
    return Databases.postgres();
  }
}
