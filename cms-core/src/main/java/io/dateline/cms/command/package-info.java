/**
 * Commands: the input of the services' create and update calls, validated with Jakarta Validation
 * before anything is stored.
 */
@NullMarked
package io.dateline.cms.command;

import org.jspecify.annotations.NullMarked;
