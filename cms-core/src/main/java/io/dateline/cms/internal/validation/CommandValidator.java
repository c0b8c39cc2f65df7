package io.dateline.cms.internal.validation;

import io.dateline.cms.ValidationException;
import io.dateline.cms.Violation;
import io.dateline.cms.command.ArticleDraft;
import io.dateline.cms.validation.ContentBudget;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.ResourceBundle.Control;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.jspecify.annotations.Nullable;

/**
 * Validates commands with Hibernate Validator and turns violations into one {@link
 * ValidationException}. Messages come from Dateline's own bundle (English and Ukrainian) for its
 * constraints and from Hibernate Validator's bundles for the standard ones, in the configured
 * locale.
 *
 * <p>Two rules apply to every command without annotations: no text anywhere in it may hold a NUL
 * character or an unpaired surrogate (rule {@code WellFormedText}), and an article draft must fit
 * {@link ContentBudget#ARTICLE} (rules {@code ContentBudget.characters}, {@code .blocks}, {@code
 * .spansPerBlock}, {@code .nestingDepth}).
 *
 * @since 0.1.0
 */
public final class CommandValidator implements AutoCloseable {
  static final String BUNDLE = "io.dateline.cms.internal.validation.Messages";

  private final ValidatorFactory factory;
  private final Validator validator;
  private final Locale locale;
  private final boolean ownsFactory;

  /**
   * Creates a validator.
   *
   * @param clock the clock used by time constraints such as {@code @Future}
   * @param locale the language of messages
   */
  public CommandValidator(Clock clock, Locale locale) {
    this.locale = locale;
    this.factory =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .messageInterpolator(
                new ResourceBundleMessageInterpolator(
                    CommandValidator::bundle,
                    // A HashSet, not Set.of: the configured locale is usually one of the two
                    // bundled ones, and Set.of rejects duplicates.
                    new HashSet<>(List.of(Locale.ENGLISH, Locale.forLanguageTag("uk"), locale)),
                    locale,
                    context -> locale,
                    false))
            .clockProvider(() -> clock)
            .buildValidatorFactory();
    this.validator = factory.getValidator();
    this.ownsFactory = true;
  }

  private CommandValidator(CommandValidator base, Clock clock) {
    this.locale = base.locale;
    this.factory = base.factory;
    this.validator = base.factory.usingContext().clockProvider(() -> clock).getValidator();
    this.ownsFactory = false;
  }

  /**
   * A validator with the same messages whose time constraints read another clock. It shares this
   * validator's factory: closing it does nothing, and it stops working when this one is closed.
   *
   * @param clock the clock for time constraints such as {@code @Future}
   * @return the validator
   */
  public CommandValidator withClock(Clock clock) {
    return new CommandValidator(this, Objects.requireNonNull(clock, "clock"));
  }

  /**
   * Validates an object and collects its violations.
   *
   * @param value the object
   * @return the violations, possibly empty
   */
  public List<Violation> violations(Object value) {
    Set<ConstraintViolation<Object>> found = validator.validate(value);
    List<Violation> result = new ArrayList<>(found.size());
    for (ConstraintViolation<Object> v : found) {
      result.add(
          new Violation(
              pathOf(v.getPropertyPath()),
              v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(),
              v.getMessage()));
    }
    TextCheck.check(value, (path, rule) -> result.add(rule(path, rule, null)));
    if (value instanceof ArticleDraft draft) {
      BudgetCheck.check(
          draft.headline(),
          draft.lead(),
          draft.body(),
          ContentBudget.ARTICLE,
          (path, limit, max) -> result.add(limit(path, "ContentBudget." + limit, max)));
    }
    return result;
  }

  /**
   * Dateline's messages in a locale. Without the no-fallback control, {@link ResourceBundle} would
   * answer a request for English with the JVM default locale's bundle (English has no bundle of its
   * own; it is the base), so a server running in Ukrainian would send Ukrainian to English users.
   */
  private static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(
        BUNDLE, locale, Control.getNoFallbackControl(Control.FORMAT_PROPERTIES));
  }

  /**
   * Renders a property path as users read it: {@code authors[1]}, {@code body[2].items[0][1]}.
   * Hibernate Validator's own rendering adds a {@code <list element>} node for constraints on type
   * arguments ({@code List<@NotNull AuthorId>}), which no form field is called.
   */
  static String pathOf(Path path) {
    StringBuilder out = new StringBuilder();
    for (Path.Node node : path) {
      if (node.isInIterable()) {
        Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
        out.append('[').append(position == null ? "" : position).append(']');
      }
      if (node.getKind() == ElementKind.CONTAINER_ELEMENT
          || node.getName() == null
          || node.getName().isEmpty()) {
        continue;
      }
      if (out.length() > 0) {
        out.append('.');
      }
      out.append(node.getName());
    }
    return out.toString();
  }

  /**
   * Throws when there is any violation.
   *
   * @param subject what was validated
   * @param violations the violations
   * @throws ValidationException when {@code violations} is not empty
   */
  public static void throwIfAny(String subject, List<Violation> violations) {
    if (!violations.isEmpty()) {
      List<Violation> sorted = new ArrayList<>(violations);
      sorted.sort(Comparator.comparing(Violation::path).thenComparing(Violation::rule));
      throw new ValidationException(subject, sorted);
    }
  }

  /**
   * Validates and throws on the first problem found (reporting them all).
   *
   * @param subject what was validated
   * @param value the object
   * @throws ValidationException when invalid
   */
  public void check(String subject, Object value) {
    throwIfAny(subject, violations(value));
  }

  /**
   * A violation of one of Dateline's service-level rules, with its message in the configured
   * locale.
   *
   * @param path the property path
   * @param rule the rule name, also the message key {@code dateline.<rule>.message}
   * @param kind replaces {@code {kind}} in the message, or {@code null}
   * @return the violation
   */
  public Violation rule(String path, String rule, @Nullable String kind) {
    String message;
    try {
      message = bundle(locale).getString("dateline." + rule + ".message");
    } catch (MissingResourceException e) {
      message = rule;
    }
    return new Violation(path, rule, kind == null ? message : message.replace("{kind}", kind));
  }

  /**
   * A violation of a limit, with the limit in its message ({@code {limit}} in the bundle).
   *
   * @param path the property path
   * @param rule the rule name, also the message key {@code dateline.<rule>.message}
   * @param max the limit
   * @return the violation
   */
  public Violation limit(String path, String rule, long max) {
    Violation v = rule(path, rule, null);
    return new Violation(path, rule, v.message().replace("{limit}", Long.toString(max)));
  }

  @Override
  public void close() {
    if (ownsFactory) {
      factory.close();
    }
  }
}
