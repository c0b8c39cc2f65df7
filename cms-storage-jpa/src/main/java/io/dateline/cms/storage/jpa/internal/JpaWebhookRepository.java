package io.dateline.cms.storage.jpa.internal;

import io.dateline.cms.NotFoundException;
import io.dateline.cms.changes.ChangeKind;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.spi.WebhookRepository;
import io.dateline.cms.webhooks.WebhookDelivery;
import io.dateline.cms.webhooks.WebhookId;
import io.dateline.cms.webhooks.WebhookSubscription;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.jdbc.ReturningWork;
import org.jspecify.annotations.Nullable;

/**
 * Webhook subscriptions in {@code dateline_webhook} and their log in {@code
 * dateline_webhook_delivery} ({@code V4}).
 *
 * <p>Plain JDBC inside tenant-bound sessions: the lease claim and the progress record are single
 * conditional {@code UPDATE}s whose row count says who won, which JPQL bulk updates could express
 * but without the tenant filter Hibernate adds to entity queries. Every statement therefore names
 * its tenant explicitly and every key it uses leads with {@code tenant_id}.
 */
public final class JpaWebhookRepository implements WebhookRepository {
  private static final String COLUMNS =
      "id, url, secret, kinds, enabled, failure_run, position, retry_at";
  private static final String DELIVERY_COLUMNS =
      "id, message_id, position, kind, subject_id, attempted_at, attempt, status_code, succeeded,"
          + " error, duration_ms";

  private final TenantId tenantId;
  private final TenantSessions sessions;

  /**
   * Creates the repository of one tenant.
   *
   * @param tenantId the tenant
   * @param sessions the session runner
   */
  public JpaWebhookRepository(TenantId tenantId, TenantSessions sessions) {
    this.tenantId = tenantId;
    this.sessions = sessions;
  }

  private <R> R write(ReturningWork<R> work) {
    return sessions.write(tenantId, s -> s.doReturningWork(work));
  }

  private <R> R read(ReturningWork<R> work) {
    return sessions.read(tenantId, s -> s.doReturningWork(work));
  }

  private void checkTenant(WebhookSubscription subscription) {
    if (!subscription.tenantId().equals(tenantId)) {
      throw new IllegalArgumentException(
          "subscription of tenant " + subscription.tenantId() + " given to tenant " + tenantId);
    }
  }

  private static @Nullable OffsetDateTime time(@Nullable Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static String kinds(Set<ChangeKind> kinds) {
    return new TreeSet<>(kinds.stream().map(Enum::name).toList())
        .stream().collect(Collectors.joining(","));
  }

  private static Set<ChangeKind> kinds(String text) {
    Set<ChangeKind> kinds = EnumSet.noneOf(ChangeKind.class);
    for (String name : text.split(",")) {
      kinds.add(ChangeKind.valueOf(name));
    }
    return kinds;
  }

  private WebhookSubscription subscription(ResultSet rs) throws SQLException {
    return new WebhookSubscription(
        WebhookId.of(rs.getObject("id", UUID.class)),
        tenantId,
        URI.create(rs.getString("url")),
        rs.getString("secret"),
        kinds(rs.getString("kinds")),
        rs.getBoolean("enabled"),
        rs.getInt("failure_run"),
        rs.getLong("position"),
        instant(rs, "retry_at"));
  }

  private static WebhookDelivery delivery(WebhookId subscription, ResultSet rs)
      throws SQLException {
    int status = rs.getInt("status_code");
    Integer statusCode = rs.wasNull() ? null : status;
    return new WebhookDelivery(
        rs.getLong("id"),
        subscription,
        rs.getString("message_id"),
        rs.getLong("position"),
        ChangeKind.valueOf(rs.getString("kind")),
        rs.getString("subject_id"),
        Objects.requireNonNull(instant(rs, "attempted_at")),
        rs.getInt("attempt"),
        statusCode,
        rs.getBoolean("succeeded"),
        rs.getString("error"),
        rs.getLong("duration_ms"));
  }

  @Override
  public WebhookSubscription insert(WebhookSubscription s) {
    checkTenant(s);
    try {
      write(
          c -> {
            try (PreparedStatement ps =
                c.prepareStatement(
                    "insert into dateline_webhook (tenant_id, "
                        + COLUMNS
                        + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
              ps.setString(1, tenantId.value());
              ps.setObject(2, s.id().value());
              ps.setString(3, s.url().toString());
              ps.setString(4, s.secret());
              ps.setString(5, kinds(s.kinds()));
              ps.setBoolean(6, s.enabled());
              ps.setInt(7, s.failureRun());
              ps.setLong(8, s.position());
              ps.setObject(9, time(s.retryAt()), Types.TIMESTAMP_WITH_TIMEZONE);
              return ps.executeUpdate();
            }
          });
    } catch (RuntimeException e) {
      if (TenantSessions.isUniqueViolation(e)) {
        throw new IllegalStateException("webhook subscription " + s.id() + " exists", e);
      }
      throw e;
    }
    return s;
  }

  @Override
  public Optional<WebhookSubscription> find(WebhookId id) {
    Objects.requireNonNull(id, "id");
    return read(c -> Optional.ofNullable(findIn(c, id)));
  }

  private @Nullable WebhookSubscription findIn(Connection c, WebhookId id) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "select " + COLUMNS + " from dateline_webhook where tenant_id = ? and id = ?")) {
      ps.setString(1, tenantId.value());
      ps.setObject(2, id.value());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? subscription(rs) : null;
      }
    }
  }

  @Override
  public List<WebhookSubscription> list() {
    return read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "select " + COLUMNS + " from dateline_webhook where tenant_id = ?")) {
            ps.setString(1, tenantId.value());
            List<WebhookSubscription> all = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                all.add(subscription(rs));
              }
            }
            return all;
          }
        });
  }

  @Override
  public WebhookSubscription update(WebhookSubscription s) {
    checkTenant(s);
    Optional<WebhookSubscription> stored =
        write(
            c -> {
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "update dateline_webhook set url = ?, secret = ?, kinds = ?, enabled = ?,"
                          + " failure_run = ?, retry_at = ? where tenant_id = ? and id = ?")) {
                ps.setString(1, s.url().toString());
                ps.setString(2, s.secret());
                ps.setString(3, kinds(s.kinds()));
                ps.setBoolean(4, s.enabled());
                ps.setInt(5, s.failureRun());
                ps.setObject(6, time(s.retryAt()), Types.TIMESTAMP_WITH_TIMEZONE);
                ps.setString(7, tenantId.value());
                ps.setObject(8, s.id().value());
                if (ps.executeUpdate() == 0) {
                  return Optional.<WebhookSubscription>empty();
                }
              }
              return Optional.ofNullable(findIn(c, s.id()));
            });
    return stored.orElseThrow(
        () -> new NotFoundException("webhook subscription", s.id(), tenantId));
  }

  @Override
  public boolean delete(WebhookId id) {
    Objects.requireNonNull(id, "id");
    return write(
        c -> {
          // The log goes with its subscription in the same transaction (the foreign key cascades
          // too; deleting explicitly keeps the behaviour independent of it).
          try (PreparedStatement log =
                  c.prepareStatement(
                      "delete from dateline_webhook_delivery where tenant_id = ? and webhook_id = ?");
              PreparedStatement row =
                  c.prepareStatement(
                      "delete from dateline_webhook where tenant_id = ? and id = ?")) {
            log.setString(1, tenantId.value());
            log.setObject(2, id.value());
            log.executeUpdate();
            row.setString(1, tenantId.value());
            row.setObject(2, id.value());
            return row.executeUpdate() > 0;
          }
        });
  }

  @Override
  public boolean claim(WebhookId id, String owner, Instant now, Instant until) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(until, "until");
    return write(
        c -> {
          // The compare-and-set: the row's lock makes two claimers' updates run one after the
          // other, and the second sees the first's owner and expiry in its WHERE clause.
          try (PreparedStatement ps =
              c.prepareStatement(
                  "update dateline_webhook set lease_owner = ?, lease_until = ?"
                      + " where tenant_id = ? and id = ? and (lease_owner is null"
                      + " or lease_owner = ? or lease_until is null or lease_until <= ?)")) {
            ps.setString(1, owner);
            ps.setObject(2, time(until));
            ps.setString(3, tenantId.value());
            ps.setObject(4, id.value());
            ps.setString(5, owner);
            ps.setObject(6, time(now));
            return ps.executeUpdate() == 1;
          }
        });
  }

  @Override
  public void release(WebhookId id, String owner) {
    write(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "update dateline_webhook set lease_owner = null, lease_until = null"
                      + " where tenant_id = ? and id = ? and lease_owner = ?")) {
            ps.setString(1, tenantId.value());
            ps.setObject(2, id.value());
            ps.setString(3, owner);
            return ps.executeUpdate();
          }
        });
  }

  @Override
  public boolean recordProgress(
      WebhookId id,
      String owner,
      long position,
      int failureRun,
      @Nullable Instant retryAt,
      boolean disable) {
    return write(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "update dateline_webhook set position = ?, failure_run = ?, retry_at = ?,"
                      + " enabled = (enabled and ?)"
                      + " where tenant_id = ? and id = ? and lease_owner = ?")) {
            ps.setLong(1, position);
            ps.setInt(2, failureRun);
            ps.setObject(3, time(retryAt), Types.TIMESTAMP_WITH_TIMEZONE);
            ps.setBoolean(4, !disable);
            ps.setString(5, tenantId.value());
            ps.setObject(6, id.value());
            ps.setString(7, owner);
            return ps.executeUpdate() == 1;
          }
        });
  }

  @Override
  public void appendDelivery(WebhookDelivery d) {
    try {
      write(
          c -> {
            if (findIn(c, d.subscriptionId()) == null) {
              return 0; // deleted meanwhile: its log went with it
            }
            try (PreparedStatement ps =
                c.prepareStatement(
                    "insert into dateline_webhook_delivery (tenant_id, webhook_id, "
                        + DELIVERY_COLUMNS
                        + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
              int i = 1;
              ps.setString(i++, tenantId.value());
              ps.setObject(i++, d.subscriptionId().value());
              ps.setLong(i++, d.id());
              ps.setString(i++, d.messageId());
              ps.setLong(i++, d.position());
              ps.setString(i++, d.kind().name());
              ps.setString(i++, d.subjectId());
              ps.setObject(i++, time(d.attemptedAt()));
              ps.setInt(i++, d.attempt());
              if (d.statusCode() == null) {
                ps.setNull(i++, Types.INTEGER);
              } else {
                ps.setInt(i++, d.statusCode());
              }
              ps.setBoolean(i++, d.succeeded());
              ps.setString(i++, d.error());
              ps.setLong(i, d.durationMillis());
              return ps.executeUpdate();
            }
          });
    } catch (RuntimeException e) {
      if (TenantSessions.isUniqueViolation(e)) {
        throw new IllegalStateException("delivery log entry " + d.id() + " exists", e);
      }
      throw e;
    }
  }

  @Override
  public List<WebhookDelivery> deliveries(WebhookId id, long beforeId, int limit) {
    Objects.requireNonNull(id, "id");
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1: " + limit);
    }
    return read(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "select "
                      + DELIVERY_COLUMNS
                      + " from dateline_webhook_delivery where tenant_id = ? and webhook_id = ?"
                      + " and id < ? order by id desc fetch first ? rows only")) {
            ps.setString(1, tenantId.value());
            ps.setObject(2, id.value());
            ps.setLong(3, beforeId);
            ps.setInt(4, limit);
            List<WebhookDelivery> page = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                page.add(delivery(id, rs));
              }
            }
            return page;
          }
        });
  }

  @Override
  public int forgetDeliveries(Instant before) {
    Objects.requireNonNull(before, "before");
    return write(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "delete from dateline_webhook_delivery where tenant_id = ? and attempted_at < ?")) {
            ps.setString(1, tenantId.value());
            ps.setObject(2, time(before));
            return ps.executeUpdate();
          }
        });
  }
}
