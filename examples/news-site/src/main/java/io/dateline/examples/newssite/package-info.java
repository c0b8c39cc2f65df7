/** The news-site example: a runnable multi-tenant site with sample content. */
@NullMarked
package io.dateline.examples.newssite;

import org.jspecify.annotations.NullMarked;
