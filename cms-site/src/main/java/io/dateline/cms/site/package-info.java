/**
 * The public site of every tenant behind one method, free of any web framework: requests,
 * responses, pages and URL parsing.
 */
@NullMarked
package io.dateline.cms.site;

import org.jspecify.annotations.NullMarked;
