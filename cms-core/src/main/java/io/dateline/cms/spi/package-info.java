/**
 * What a storage backend implements. Dateline ships an in-memory reference store ({@code
 * io.dateline.cms.memory}) and a JPA one ({@code cms-storage-jpa}); every backend proves it keeps
 * the contract by running {@code StorageCompatibilityKit} from {@code cms-testkit}.
 *
 * <p>Repositories are scoped to one tenant when they are obtained ({@link
 * io.dateline.cms.spi.ContentStorage#tenant}); no method can reach another tenant's rows. Services
 * validate commands before they call a repository, so repositories store what they are given,
 * enforcing only what needs the data: unique slugs, optimistic versions, atomic batches. A {@link
 * io.dateline.cms.DuplicateSlugException} names the kind as {@code article}, {@code author}, {@code
 * tag}, {@code location} or {@code section}.
 *
 * <p>New methods are added as default methods with an {@code @since} tag, so existing backends keep
 * compiling.
 */
@NullMarked
package io.dateline.cms.spi;

import org.jspecify.annotations.NullMarked;
