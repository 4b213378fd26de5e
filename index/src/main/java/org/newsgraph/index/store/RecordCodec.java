package org.newsgraph.index.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes records to bytes and reads them back, component by component, so the index stores the
 * model's own records without a JSON library. Supports strings, {@code int}, {@code long}, {@code
 * double}, {@code boolean}, {@link Integer}, enums, lists and nested records; any of them may be
 * null except primitives. The layout follows the records' shapes, which {@link #shape} describes,
 * so a change of shape changes the index's schema version.
 */
public final class RecordCodec {

  private RecordCodec() {}

  /** The bytes of {@code value}. */
  public static byte[] encode(Record value) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      write(out, value, value.getClass());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** The record of type {@code type} that {@code bytes} hold. */
  public static <T extends Record> T decode(byte[] bytes, Class<T> type) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      return type.cast(read(in, type));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A description of a record type's layout: component names and types, nested records too. */
  public static String shape(Class<?> type) {
    StringBuilder out = new StringBuilder();
    describe(type, out, new ArrayList<>());
    return out.toString();
  }

  private static void describe(Type type, StringBuilder out, List<Class<?>> seen) {
    if (type instanceof ParameterizedType parameterized) {
      out.append("List<");
      describe(parameterized.getActualTypeArguments()[0], out, seen);
      out.append('>');
      return;
    }
    Class<?> raw = (Class<?>) type;
    out.append(raw.getSimpleName());
    if (raw.isEnum()) {
      out.append(List.of(raw.getEnumConstants()));
    } else if (raw.isRecord() && !seen.contains(raw)) {
      seen.add(raw);
      out.append('(');
      for (RecordComponent c : raw.getRecordComponents()) {
        out.append(c.getName()).append(':');
        describe(c.getGenericType(), out, seen);
        out.append(',');
      }
      out.append(')');
    }
  }

  private static void write(DataOutputStream out, Object value, Type type) throws IOException {
    Class<?> raw = rawClass(type);
    if (raw == int.class) {
      out.writeInt((Integer) value);
    } else if (raw == long.class) {
      out.writeLong((Long) value);
    } else if (raw == double.class) {
      out.writeDouble((Double) value);
    } else if (raw == boolean.class) {
      out.writeBoolean((Boolean) value);
    } else if (value == null) {
      out.writeBoolean(false);
    } else {
      out.writeBoolean(true);
      writePresent(out, value, type, raw);
    }
  }

  private static void writePresent(DataOutputStream out, Object value, Type type, Class<?> raw)
      throws IOException {
    if (raw == String.class) {
      byte[] utf8 = ((String) value).getBytes(StandardCharsets.UTF_8);
      out.writeInt(utf8.length);
      out.write(utf8);
    } else if (raw == Integer.class) {
      out.writeInt((Integer) value);
    } else if (raw.isEnum()) {
      out.writeInt(((Enum<?>) value).ordinal());
    } else if (raw == List.class) {
      Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
      List<?> list = (List<?>) value;
      out.writeInt(list.size());
      for (Object item : list) {
        write(out, item, element);
      }
    } else if (raw.isRecord()) {
      for (RecordComponent c : raw.getRecordComponents()) {
        write(out, component(c, value), c.getGenericType());
      }
    } else {
      throw new IllegalArgumentException("cannot encode " + raw.getName());
    }
  }

  private static Object read(DataInputStream in, Type type) throws IOException {
    Class<?> raw = rawClass(type);
    if (raw == int.class) {
      return in.readInt();
    } else if (raw == long.class) {
      return in.readLong();
    } else if (raw == double.class) {
      return in.readDouble();
    } else if (raw == boolean.class) {
      return in.readBoolean();
    }
    if (!in.readBoolean()) {
      return null;
    }
    if (raw == String.class) {
      return new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
    } else if (raw == Integer.class) {
      return in.readInt();
    } else if (raw.isEnum()) {
      return raw.getEnumConstants()[in.readInt()];
    } else if (raw == List.class) {
      Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
      int size = in.readInt();
      List<Object> list = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        list.add(read(in, element));
      }
      return list;
    }
    return readRecord(in, raw);
  }

  private static Object readRecord(DataInputStream in, Class<?> raw) throws IOException {
    RecordComponent[] components = raw.getRecordComponents();
    Object[] values = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      values[i] = read(in, components[i].getGenericType());
      types[i] = components[i].getType();
    }
    try {
      Constructor<?> constructor = raw.getDeclaredConstructor(types);
      return constructor.newInstance(values);
    } catch (NoSuchMethodException | InstantiationException | IllegalAccessException e) {
      throw new IllegalStateException("cannot build " + raw.getName(), e);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(
          "stored " + raw.getSimpleName() + " is invalid", e.getCause());
    }
  }

  private static Object component(RecordComponent c, Object record) {
    try {
      return c.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + c.getName(), e);
    }
  }

  private static Class<?> rawClass(Type type) {
    return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
  }
}
