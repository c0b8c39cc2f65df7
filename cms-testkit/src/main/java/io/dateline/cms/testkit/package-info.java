/**
 * Tests that every storage backend runs to prove it keeps the storage SPI contract ({@link
 * io.dateline.cms.testkit.StorageCompatibilityKit}), and valid sample content for any module's
 * tests ({@link io.dateline.cms.testkit.SampleContent}).
 *
 * <p>This module is published with JUnit Jupiter's API and AssertJ as compile-scope dependencies: a
 * backend adds it in test scope and extends the kit in a few lines.
 */
@NullMarked
package io.dateline.cms.testkit;

import org.jspecify.annotations.NullMarked;
