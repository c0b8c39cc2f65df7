/**
 * Dateline's own Jakarta Validation constraints, used on the model and commands and available to
 * applications for their own forms.
 */
package io.dateline.cms.validation;
