package io.dateline.cms.site;

import org.junit.jupiter.api.DisplayName;

@DisplayName("On PostgreSQL, serving a page costs a bounded number of storage statements")
class StatementBudgetPostgresTest extends StatementBudget {
  @Override
  Databases.CountedStorage newStorage() {
    return Databases.counted(true);
  }
}
