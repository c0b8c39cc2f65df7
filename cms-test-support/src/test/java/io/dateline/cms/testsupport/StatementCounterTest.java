package io.dateline.cms.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("StatementCounter on H2")
class StatementCounterTest {
  @Test
  @DisplayName("counts every statement created through the wrapped data source, until reset")
  void countsStatements() throws Exception {
    TestDatabases.Target db = TestDatabases.freshH2Memory("counter");
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL(db.url());
    h2.setUser(db.user());
    h2.setPassword(db.password());
    StatementCounter counter = StatementCounter.wrap(h2);

    try (Connection c = counter.dataSource().getConnection()) {
      try (Statement s = c.createStatement()) {
        s.execute("create table t (id int primary key)");
      }
      for (int i = 0; i < 3; i++) {
        try (PreparedStatement insert = c.prepareStatement("insert into t values (?)")) {
          insert.setInt(1, i);
          insert.executeUpdate();
        }
      }
      assertThat(counter.count()).isEqualTo(4);

      counter.reset();
      try (PreparedStatement count = c.prepareStatement("select count(*) from t");
          ResultSet rows = count.executeQuery()) {
        rows.next();
        assertThat(rows.getInt(1)).isEqualTo(3);
      }
    }
    assertThat(counter.count()).isEqualTo(1);
    assertThat(counter.target()).isSameAs(h2);
  }

  @Test
  @DisplayName("counts nothing that bypasses it")
  void countsOnlyItsOwn() throws Exception {
    TestDatabases.Target db = TestDatabases.freshH2Memory("bypass");
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL(db.url());
    h2.setUser(db.user());
    StatementCounter counter = StatementCounter.wrap(h2);

    try (Connection c = h2.getConnection();
        Statement s = c.createStatement()) {
      s.execute("select 1");
    }

    assertThat(counter.count()).isZero();
  }
}
