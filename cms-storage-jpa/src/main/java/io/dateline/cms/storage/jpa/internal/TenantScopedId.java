package io.dateline.cms.storage.jpa.internal;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The identifier of a tenant's row: the tenant and the object's UUID. The tenant is part of the key
 * (not only a filter) so that every update and delete Hibernate issues names the tenant too.
 *
 * @since 0.1.0
 */
public class TenantScopedId implements Serializable {
  private static final long serialVersionUID = 1L;

  @Nullable String tenantId;
  @Nullable UUID id;

  /** For Hibernate. */
  protected TenantScopedId() {}

  /**
   * Creates the key.
   *
   * @param tenantId the tenant
   * @param id the object's id
   */
  public TenantScopedId(String tenantId, UUID id) {
    this.tenantId = tenantId;
    this.id = id;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TenantScopedId other
        && Objects.equals(tenantId, other.tenantId)
        && Objects.equals(id, other.id);
  }

  @Override
  public int hashCode() {
    return Objects.hash(tenantId, id);
  }
}
