/**
 * Implementation details of the site engine. Not API: it may change in any release without notice.
 */
@NullMarked
package io.dateline.cms.site.internal;

import org.jspecify.annotations.NullMarked;
