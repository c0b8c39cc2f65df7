package io.dateline.cms.site;

import io.dateline.cms.storage.jpa.JpaStorage;
import org.junit.jupiter.api.DisplayName;

@DisplayName("On H2, serving a page costs a bounded number of storage statements")
class StatementBudgetH2Test extends StatementBudget {
  @Override
  JpaStorage newStorage() {
    return Databases.h2();
  }
}
