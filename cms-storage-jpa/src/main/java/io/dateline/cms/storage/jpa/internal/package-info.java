/**
 * The JPA store's entities, mapping and repositories. Internal: everything here may change at any
 * time, without notice; use {@link io.dateline.cms.storage.jpa.JpaStorage} instead.
 */
@NullMarked
package io.dateline.cms.storage.jpa.internal;

import org.jspecify.annotations.NullMarked;
