package io.dateline.cms.internal.validation;

import io.dateline.cms.model.LocalizedText;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Finds text that no store can keep: a NUL character (PostgreSQL refuses it in text and JSON) or a
 * surrogate code unit without its partner (it has no UTF-8 encoding), rule {@code WellFormedText};
 * and language tags longer than the 35 characters RFC 5646 asks every implementation to support
 * (and Dateline's stores keep), rule {@code LanguageTag}. It walks a command's whole object graph
 * (records, Dateline's own value classes, lists, sets, maps, strings and URIs), so every text field
 * of every command and model is covered without an annotation on each, including fields added
 * later.
 *
 * <p>Written by hand: the JDK's {@code CharsetEncoder.canEncode} would find unpaired surrogates but
 * not NUL, and allocates an encoder per call; the loop below is a few lines.
 */
final class TextCheck {
  /** The rule's name in violations and its message key. */
  static final String RULE = "WellFormedText";

  /** The rule for over-long language tags. */
  static final String LANGUAGE_TAG_RULE = "LanguageTag";

  /** The longest language tag kept: RFC 5646, section 4.4.1. */
  static final int MAX_LANGUAGE_TAG = 35;

  private static final ClassValue<Accessor[]> ACCESSORS =
      new ClassValue<>() {
        @Override
        protected Accessor[] computeValue(Class<?> type) {
          if (!type.isRecord()) {
            return valueClassAccessors(type);
          }
          RecordComponent[] components = type.getRecordComponents();
          Accessor[] result = new Accessor[components.length];
          for (int i = 0; i < components.length; i++) {
            Method method = components[i].getAccessor();
            method.trySetAccessible();
            result[i] = new Accessor(components[i].getName(), method);
          }
          return result;
        }
      };

  /**
   * The accessors of one of Dateline's own immutable classes that are not records (such as {@code
   * Tenant}, a class with a builder so that fields can be added): for each instance field, the
   * public no-argument method of the same name, in field order. Fields without such a method are
   * private state and not walked.
   */
  private static Accessor[] valueClassAccessors(Class<?> type) {
    if (!type.getName().startsWith("io.dateline.") || type.isEnum()) {
      return new Accessor[0];
    }
    List<Accessor> result = new ArrayList<>();
    for (Field field : type.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers()) || field.isSynthetic()) {
        continue;
      }
      try {
        Method method = type.getMethod(field.getName());
        if (method.getReturnType() != void.class) {
          result.add(new Accessor(field.getName(), method));
        }
      } catch (NoSuchMethodException e) {
        // not exposed: not part of the value
      }
    }
    return result.toArray(new Accessor[0]);
  }

  private record Accessor(String name, Method method) {}

  private TextCheck() {}

  /**
   * Whether a string can be stored as it is.
   *
   * @param text the string
   * @return {@code false} when it holds NUL or an unpaired surrogate
   */
  static boolean isWellFormed(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c == '\u0000' || Character.isLowSurrogate(c)) {
        return false;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++; // a proper pair
        } else {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Reports the path of every ill-formed text in an object graph.
   *
   * @param value a command or model object; {@code null} has nothing to report
   * @param report receives the property path ({@code body[2].content[0].text}, {@code name[uk]})
   *     and the rule name
   */
  static void check(Object value, BiConsumer<String, String> report) {
    walk(value, "", report);
  }

  private static void walk(@Nullable Object value, String path, BiConsumer<String, String> report) {
    if (value == null) {
      return;
    }
    if (value instanceof String text) {
      if (!isWellFormed(text)) {
        report.accept(path, RULE);
      }
    } else if (value instanceof URI uri) {
      if (!isWellFormed(uri.toString())) {
        report.accept(path, RULE);
      }
    } else if (value instanceof Locale locale) {
      if (locale.toLanguageTag().length() > MAX_LANGUAGE_TAG) {
        report.accept(path, LANGUAGE_TAG_RULE);
      }
    } else if (value instanceof LocalizedText text) {
      // Shown as the field it belongs to, language in brackets: name[uk].
      walkMap(text.values(), path, report);
    } else if (value instanceof Map<?, ?> map) {
      walkMap(map, path, report);
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        walk(list.get(i), path + "[" + i + "]", report);
      }
    } else if (value instanceof Collection<?> collection) {
      for (Object element : collection) {
        walk(element, path + "[]", report);
      }
    } else {
      for (Accessor accessor : ACCESSORS.get(value.getClass())) {
        walk(
            read(accessor, value),
            path.isEmpty() ? accessor.name : path + "." + accessor.name,
            report);
      }
    }
    // Anything else (ids' UUIDs, numbers, enums, times, zones) has no accessors and holds no free
    // text.
  }

  private static void walkMap(Map<?, ?> map, String path, BiConsumer<String, String> report) {
    for (Map.Entry<?, ?> e : map.entrySet()) {
      String key = String.valueOf(e.getKey());
      if (e.getKey() instanceof String text && !isWellFormed(text)) {
        report.accept(path + "[]", RULE);
        continue; // the key cannot be shown in the path either
      }
      if (e.getKey() instanceof Locale locale
          && locale.toLanguageTag().length() > MAX_LANGUAGE_TAG) {
        report.accept(path + "[]", LANGUAGE_TAG_RULE);
        continue;
      }
      walk(e.getValue(), path + "[" + key + "]", report);
    }
  }

  private static @Nullable Object read(Accessor accessor, Object record) {
    try {
      return accessor.method.invoke(record);
    } catch (IllegalAccessException e) {
      return null; // a record the validator cannot read is not one of Dateline's commands
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("accessor " + accessor.name + " failed", e.getCause());
    }
  }
}
