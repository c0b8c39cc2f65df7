package io.dateline.cms.site;

import org.junit.jupiter.api.DisplayName;

@DisplayName("On H2, serving a page costs a bounded number of storage statements")
class StatementBudgetH2Test extends StatementBudget {
  @Override
  Databases.CountedStorage newStorage() {
    return Databases.counted(false);
  }
}
