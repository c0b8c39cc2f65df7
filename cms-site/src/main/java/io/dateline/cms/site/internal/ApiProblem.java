package io.dateline.cms.site.internal;

import org.jspecify.annotations.Nullable;

/**
 * A client error of the content API, answered as RFC 9457 problem details: what went wrong, and
 * which request parameter (query parameter or path variable) caused it.
 */
final class ApiProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The problem types; their URIs are documented in {@code docs/content-api.md}. */
  static final String INVALID_PARAMETER = "urn:dateline:problem:invalid-parameter";

  static final String NOT_FOUND = "urn:dateline:problem:not-found";
  static final String METHOD_NOT_ALLOWED = "urn:dateline:problem:method-not-allowed";

  private final int status;
  private final String type;
  private final String title;
  private final @Nullable String parameter;

  private ApiProblem(
      int status, String type, String title, String detail, @Nullable String parameter) {
    super(detail, null, false, false); // a client's mistake: no stack trace needed
    this.status = status;
    this.type = type;
    this.title = title;
    this.parameter = parameter;
  }

  /** A 400 for a parameter that breaks a rule. */
  static ApiProblem invalid(String parameter, String rule) {
    return new ApiProblem(
        400, INVALID_PARAMETER, "Invalid parameter", parameter + " " + rule, parameter);
  }

  /** A 404: nothing (published) here; {@code parameter} names the path variable, if one. */
  static ApiProblem notFound(@Nullable String parameter, String detail) {
    return new ApiProblem(404, NOT_FOUND, "Not found", detail, parameter);
  }

  /** A 405. */
  static ApiProblem methodNotAllowed(String method) {
    return new ApiProblem(
        405,
        METHOD_NOT_ALLOWED,
        "Method not allowed",
        "the content API is read-only: " + method + " is not allowed",
        null);
  }

  int status() {
    return status;
  }

  String type() {
    return type;
  }

  String title() {
    return title;
  }

  @Nullable String parameter() {
    return parameter;
  }
}
