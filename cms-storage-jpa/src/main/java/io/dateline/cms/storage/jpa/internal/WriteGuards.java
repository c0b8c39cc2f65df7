package io.dateline.cms.storage.jpa.internal;

import io.dateline.cms.ValidationException;
import io.dateline.cms.Violation;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.AuthorId;
import io.dateline.cms.model.LocationId;
import io.dateline.cms.model.SectionId;
import io.dateline.cms.model.TagId;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import org.hibernate.Session;

/**
 * The row locks that turn a check and the write that depends on it into one atomic step, without
 * foreign keys in the schema. Plain JDBC on the session's connection (like the change log), naming
 * the tenant explicitly, inside the caller's transaction; every lock is held until it commits.
 *
 * <p>Locks are always taken in one order, so two writers never wait for each other in a cycle: the
 * slug lock, then the directory entries (sorted by id), then the article row, then the change
 * feed's head row.
 *
 * <ul>
 *   <li>An article write locks the directory entries it refers to in share mode ({@code for share}
 *       on PostgreSQL; H2 has only {@code for update}) and fails when one is gone. A directory
 *       delete locks its entry for update, and only then counts the articles that refer to it in a
 *       new statement: a writer that referred to the entry has committed by then (its references
 *       are counted), and a later one waits for the delete and then finds the entry gone.
 *   <li>A write that takes a slug first locks that slug and then looks for another holder, so a
 *       duplicate is found by a query instead of by a unique-key violation (which Hibernate would
 *       log with the whole statement); the unique key stays as the last line of defence.
 * </ul>
 */
final class WriteGuards {
  private static final String LOCK_TENANT_ROW =
      "select tenant_id from dateline_tenant where tenant_id = ? for update";
  private static final String ADVISORY_LOCK = "select pg_advisory_xact_lock(?)";
  private static final String LOCK_ENTRY =
      "select id from dateline_directory_entry where tenant_id = ? and id = ? and kind = ?"
          + " for update";

  private WriteGuards() {}

  /**
   * Locks one slug of one tenant and scope until the transaction ends: on PostgreSQL a
   * transaction-scoped advisory lock on a 64-bit hash of (tenant, scope, slug), which only makes
   * writers of the same slug (or, rarely, of a colliding hash) wait; on H2, which has no advisory
   * locks, the tenant's row, which makes the tenant's slug writers wait for each other.
   *
   * @param s the write's session
   * @param database the database
   * @param tenant the tenant
   * @param scope what the slug is unique in, such as {@code article} or {@code TAG}
   * @param slug the slug
   */
  static void lockSlug(Session s, Database database, String tenant, String scope, String slug) {
    s.doWork(
        connection -> {
          if (database == Database.POSTGRESQL) {
            try (PreparedStatement ps = connection.prepareStatement(ADVISORY_LOCK)) {
              ps.setLong(1, slugKey(tenant, scope, slug));
              ps.executeQuery().close();
            }
          } else {
            try (PreparedStatement ps = connection.prepareStatement(LOCK_TENANT_ROW)) {
              ps.setString(1, tenant);
              ps.executeQuery().close();
            }
          }
        });
  }

  /**
   * Locks the tenant's directory entries with these ids against deletion until the transaction
   * ends.
   *
   * @param s the write's session
   * @param database the database
   * @param tenant the tenant
   * @param ids the ids
   * @return the kind ({@code AUTHOR}, {@code TAG}, ...) of each id found
   */
  static Map<UUID, String> lockEntries(
      Session s, Database database, String tenant, Collection<UUID> ids) {
    // Sorted, and locked in that order by one statement: writers never lock in opposite orders.
    List<UUID> sorted = new ArrayList<>(new TreeSet<>(ids));
    Map<UUID, String> found = new HashMap<>();
    if (sorted.isEmpty()) {
      return found;
    }
    StringBuilder sql =
        new StringBuilder(
            "select id, kind from dateline_directory_entry where tenant_id = ? and id in (");
    for (int i = 0; i < sorted.size(); i++) {
      sql.append(i == 0 ? "?" : ", ?");
    }
    sql.append(") order by id")
        .append(database == Database.POSTGRESQL ? " for share" : " for update");
    s.doWork(
        connection -> {
          try (PreparedStatement ps = connection.prepareStatement(sql.toString())) {
            ps.setString(1, tenant);
            for (int i = 0; i < sorted.size(); i++) {
              ps.setObject(i + 2, sorted.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                found.put(rs.getObject(1, UUID.class), rs.getString(2));
              }
            }
          }
        });
    return found;
  }

  /**
   * Locks one directory entry for update (for its deletion) until the transaction ends.
   *
   * @param s the write's session
   * @param tenant the tenant
   * @param id the entry's id
   * @param kind its kind, as in the {@code kind} column
   * @return whether the entry exists
   */
  static boolean lockEntry(Session s, String tenant, UUID id, String kind) {
    return s.doReturningWork(
        connection -> {
          try (PreparedStatement ps = connection.prepareStatement(LOCK_ENTRY)) {
            ps.setString(1, tenant);
            ps.setObject(2, id);
            ps.setString(3, kind);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next();
            }
          }
        });
  }

  /**
   * Locks the directory entries an article refers to and fails when one of them does not exist
   * (anymore) as its kind: a validated article whose author, section, tag or location was deleted
   * meanwhile is refused instead of stored with a reference to nothing.
   *
   * @param s the write's session
   * @param database the database
   * @param tenant the tenant
   * @param article the article about to be stored
   * @throws ValidationException naming each missing reference ({@code SameTenant}), as the
   *     service's validation would have
   */
  static void lockReferences(Session s, Database database, String tenant, Article article) {
    List<UUID> ids = new ArrayList<>();
    article.authors().forEach(id -> ids.add(id.value()));
    article.sections().forEach(id -> ids.add(id.value()));
    article.tags().forEach(id -> ids.add(id.value()));
    article.places().forEach(id -> ids.add(id.value()));
    if (article.dateline() != null) {
      ids.add(article.dateline().value());
    }
    Map<UUID, String> found = lockEntries(s, database, tenant, ids);
    List<Violation> missing = new ArrayList<>();
    check("authors", "author", article.authors(), AuthorId::value, found, missing);
    check("sections", "section", article.sections(), SectionId::value, found, missing);
    check("tags", "tag", article.tags(), TagId::value, found, missing);
    check("places", "location", article.places(), LocationId::value, found, missing);
    if (article.dateline() != null && !"LOCATION".equals(found.get(article.dateline().value()))) {
      missing.add(violation("dateline", "location"));
    }
    if (!missing.isEmpty()) {
      throw new ValidationException("article", missing);
    }
  }

  private static <I> void check(
      String path,
      String kind,
      List<I> ids,
      Function<I, UUID> value,
      Map<UUID, String> found,
      List<Violation> missing) {
    String column = kind.toUpperCase(java.util.Locale.ROOT);
    for (int i = 0; i < ids.size(); i++) {
      if (!column.equals(found.get(value.apply(ids.get(i))))) {
        missing.add(violation(path + "[" + i + "]", kind));
      }
    }
  }

  private static Violation violation(String path, String kind) {
    return new Violation(path, "SameTenant", "must name an existing " + kind + " of this tenant");
  }

  /** A 64-bit key for the advisory lock: the first 8 bytes of a SHA-256 of the slug's scope. */
  static long slugKey(String tenant, String scope, String slug) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(
                  ("dateline-slug\u0000" + tenant + "\u0000" + scope + "\u0000" + slug)
                      .getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.wrap(digest).getLong();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
