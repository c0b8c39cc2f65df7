/**
 * View counting: {@link io.dateline.cms.views.ViewCounter} records page views in memory without
 * touching the database, adds them to a shared {@link io.dateline.cms.spi.ViewCountStore} in
 * batches, and answers "how many views" and "most read" questions.
 */
@NullMarked
package io.dateline.cms.views;

import org.jspecify.annotations.NullMarked;
