/**
 * The domain model: tenants, articles and their blocks, sections, tags, authors, locations and
 * their identifiers.
 */
@NullMarked
package io.dateline.cms.model;

import org.jspecify.annotations.NullMarked;
