package io.dateline.cms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.assertj.core.groups.Tuple;

/** Catches the typed failures of commands so that tests can look at their details. */
public final class Failures {
  private Failures() {}

  /**
   * Runs a command that must be refused by validation.
   *
   * @param command the command
   * @return the exception it threw
   */
  public static ValidationException validationFailure(ThrowingCallable command) {
    return thrown(ValidationException.class, command);
  }

  /**
   * Runs a command that must fail with an exception of a type.
   *
   * @param type the exception's type
   * @param command the command
   * @param <E> the type
   * @return the exception it threw
   */
  public static <E extends Throwable> E thrown(Class<E> type, ThrowingCallable command) {
    Throwable thrown = catchThrowable(command);
    assertThat(thrown).isInstanceOf(type);
    return type.cast(thrown);
  }

  /**
   * The path and rule of each violation, in the exception's order.
   *
   * @param e the exception
   * @return (path, rule) tuples
   */
  public static List<Tuple> pathsAndRules(ValidationException e) {
    return e.violations().stream().map(v -> tuple(v.path(), v.rule())).toList();
  }
}
