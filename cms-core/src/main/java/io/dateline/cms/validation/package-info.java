/**
 * Dateline's own Jakarta Validation constraints, used on the model and commands and available to
 * applications for their own forms.
 */
@NullMarked
package io.dateline.cms.validation;

import org.jspecify.annotations.NullMarked;
