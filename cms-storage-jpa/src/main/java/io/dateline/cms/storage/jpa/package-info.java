/**
 * A storage backend on Jakarta Persistence and Hibernate ORM for H2 and PostgreSQL.
 *
 * <p>{@link io.dateline.cms.storage.jpa.JpaStorage} implements {@link
 * io.dateline.cms.spi.ContentStorage}; {@link io.dateline.cms.storage.jpa.DatelineMigrations}
 * creates and upgrades the schema with Flyway. JPA entities are internal and never appear in this
 * API.
 */
@NullMarked
package io.dateline.cms.storage.jpa;

import org.jspecify.annotations.NullMarked;
