/**
 * Commands: the input of the services' create and update calls, validated with Jakarta Validation
 * before anything is stored.
 */
package io.dateline.cms.command;
