/** Article queries and the cursor-paged results they return. */
@NullMarked
package io.dateline.cms.query;

import org.jspecify.annotations.NullMarked;
