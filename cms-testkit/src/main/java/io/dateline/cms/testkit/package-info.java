/**
 * Tests that every storage backend runs to prove it keeps the storage SPI contract: one JUnit 5
 * test interface per contract ({@link io.dateline.cms.testkit.TenantContract}, {@link
 * io.dateline.cms.testkit.ArticleContract}, {@link io.dateline.cms.testkit.ListingContract}, {@link
 * io.dateline.cms.testkit.ChangeFeedContract} ...) and {@link
 * io.dateline.cms.testkit.StorageCompatibilityKit}, which runs them all over one storage; and valid
 * sample content for any module's tests ({@link io.dateline.cms.testkit.SampleContent}).
 *
 * <p>This module is published with JUnit Jupiter's API and AssertJ as compile-scope dependencies: a
 * backend adds it in test scope and implements the kit in a few lines.
 */
@NullMarked
package io.dateline.cms.testkit;

import org.jspecify.annotations.NullMarked;
