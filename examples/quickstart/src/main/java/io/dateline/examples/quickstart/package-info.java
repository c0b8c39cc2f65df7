/** The quickstart example: a tenant, an article and a rendered page in one program. */
@NullMarked
package io.dateline.examples.quickstart;

import org.jspecify.annotations.NullMarked;
