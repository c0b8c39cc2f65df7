package io.dateline.cms.storage.jpa.internal;

import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.format.FormatMapper;

/**
 * The JSON format mapper of the entity manager factory the storage builds. Every JSON column of the
 * storage maps to a {@code String} attribute holding JSON that {@code ContentJson} wrote, so the
 * text only passes through.
 *
 * <p>Set so that Hibernate does not build a Jackson {@code ObjectMapper} of its own at every start,
 * which includes a class-path scan for Jackson modules, to serve columns that never need it. Not
 * part of {@code JpaStorage.recommendedProperties()}: an application's own entities may map JSON to
 * objects.
 *
 * @since 0.1.0
 */
public final class JsonTextFormatMapper implements FormatMapper {
  /** Creates the mapper. */
  public JsonTextFormatMapper() {}

  @Override
  public <T> T fromString(CharSequence text, JavaType<T> javaType, WrapperOptions options) {
    if (javaType.getJavaTypeClass() != String.class) {
      throw unsupported(javaType);
    }
    return javaType.getJavaTypeClass().cast(text.toString());
  }

  @Override
  public <T> String toString(T value, JavaType<T> javaType, WrapperOptions options) {
    if (value instanceof String json) {
      return json;
    }
    throw unsupported(javaType);
  }

  private static IllegalArgumentException unsupported(JavaType<?> javaType) {
    return new IllegalArgumentException(
        "Dateline's storage maps JSON columns to String attributes only, not to "
            + javaType.getJavaType().getTypeName());
  }
}
