/**
 * URL slugs for articles, sections and authors: {@link io.dateline.cms.slug.SlugGenerator} turns
 * Ukrainian, Russian and Latin-script text into stable, readable ASCII slugs.
 */
@NullMarked
package io.dateline.cms.slug;

import org.jspecify.annotations.NullMarked;
