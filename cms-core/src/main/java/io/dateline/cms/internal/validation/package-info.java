/**
 * Bean Validation constraint validators and checks behind the API's validation annotations. Not
 * API: it may change in any release without notice.
 */
@NullMarked
package io.dateline.cms.internal.validation;

import org.jspecify.annotations.NullMarked;
