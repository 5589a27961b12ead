package cz.sazba;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cz.sazba.font.FontSet;
import cz.sazba.font.FontStyle;
import cz.sazba.model.Lang;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The records whose {@code equals} and {@code hashCode} are written out by hand (to keep
 * {@code ObjectMethods}' method-handle spin-up out of a cold start, docs/performance.md) behave
 * as the generated ones: equal exactly when every component is equal, and the same hash
 * ({@code 31 * h + hash(component)} from 0, component by component). A component added to one
 * of them and not to its methods fails here.
 */
class HandWrittenRecordEqualityTest {
  @ParameterizedTest
  @ValueSource(strings = {
    "cz.sazba.model.Lang",
    "cz.sazba.typeset.Run",
    "cz.sazba.typeset.Run$Look",
    "cz.sazba.typeset.ShapedWords$Key",
    "cz.sazba.typeset.ParagraphsAhead$Setting",
    "cz.sazba.typeset.page.Tag",
    "cz.sazba.epub.Cover$Key",
    "cz.sazba.epub.FontSubsets$CacheKey",
    "cz.sazba.pdf.EmbeddedFont$SubsetKey",
  })
  void asTheGeneratedOnes(String name) throws Exception {
    Class<?> type = Class.forName(name);
    assertTrue(type.isRecord(), name);
    Method equals = type.getDeclaredMethod("equals", Object.class);
    Method hashCode = type.getDeclaredMethod("hashCode");
    assertEquals(type, equals.getDeclaringClass());
    assertEquals(type, hashCode.getDeclaringClass());

    RecordComponent[] components = type.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) types[i] = components[i].getType();
    Constructor<?> make = type.getDeclaredConstructor(types);
    make.setAccessible(true);

    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) values[i] = valueFor(type, components[i].getType(), 0);
    Object a = make.newInstance(values);
    Object b = make.newInstance(values.clone());
    assertEquals(a, b, name);
    assertEquals(generatedHash(a, components), a.hashCode(), name + ": hash as a record's");
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, null);
    assertNotEquals(a, "not a record of this kind");

    for (int i = 0; i < components.length; i++) {
      Object[] other = values.clone();
      other[i] = valueFor(type, components[i].getType(), 1);
      Object c = make.newInstance(other);
      assertNotEquals(a, c, name + " differing in " + components[i].getName());
      assertNotEquals(c, a, name + " differing in " + components[i].getName());
      assertEquals(generatedHash(c, components), c.hashCode(), name + ": hash as a record's");
    }
  }

  /** A language's one component is a tag, which it checks. */
  private static Object valueFor(Class<?> record, Class<?> type, int which) throws Exception {
    if (record == Lang.class) return which == 0 ? "en-US" : "cs";
    return value(type, which);
  }

  private static int generatedHash(Object record, RecordComponent[] components) throws Exception {
    int h = 0;
    for (RecordComponent c : components) {
      Method accessor = c.getAccessor();
      accessor.setAccessible(true);
      h = 31 * h + Objects.hashCode(accessor.invoke(record));
    }
    return h;
  }

  /** Two different values of each component type the records above have ({@code which} 0 or 1). */
  private static Object value(Class<?> type, int which) throws Exception {
    if (type == Lang.class) return new Lang(which == 0 ? "en-US" : "cs");
    return componentValue(type, which);
  }

  private static Object componentValue(Class<?> type, int which) throws Exception {
    if (type == int.class) return 7 + which;
    if (type == long.class) return 70L + which;
    if (type == boolean.class) return which == 1;
    if (type == String.class) return which == 0 ? "text" : "other";
    if (type == Optional.class) return which == 0 ? Optional.empty() : Optional.of(List.of("x"));
    if (type == Lang.class) return new Lang(which == 0 ? "en-US" : "cs");
    if (type == FontStyle.class) return which == 0 ? FontStyle.REGULAR : FontStyle.BOLD;
    if (type == List.class) return which == 0 ? List.of() : List.of("x");
    if (type == Set.class) return which == 0 ? Set.of(1) : Set.of(2);
    if (type == cz.sazba.font.FontFace.class) {
      return FontSet.bundled().face(which == 0 ? FontStyle.REGULAR : FontStyle.ITALIC);
    }
    if (type.isRecord()) {
      RecordComponent[] components = type.getRecordComponents();
      List<Object> values = new ArrayList<>();
      Class<?>[] types = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
        values.add(value(types[i], i == 0 ? which : 0));
      }
      Constructor<?> make = type.getDeclaredConstructor(types);
      make.setAccessible(true);
      return make.newInstance(values.toArray());
    }
    if (type.getSimpleName().equals("Content")) {
      Constructor<?> make = type.getDeclaredConstructor(byte[].class);
      make.setAccessible(true);
      return make.newInstance((Object) new byte[] {(byte) which});
    }
    throw new AssertionError("no test values for " + type);
  }
}
