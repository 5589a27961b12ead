package cz.sazba.font;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The parts GPOS and GSUB share: ScriptList, FeatureList and LookupList. Picks the lookups of one
 * feature for Latin text (script {@code latn}, else {@code DFLT}; default language system) and
 * resolves Extension lookups to the subtables they wrap.
 */
final class LayoutTable {
  /** LookupFlag bits we honour (OpenType spec, "Lookup Table"). */
  static final int IGNORE_BASE_GLYPHS = 0x0002;

  static final int IGNORE_LIGATURES = 0x0004;
  static final int IGNORE_MARKS = 0x0008;
  private static final int USE_MARK_FILTERING_SET = 0x0010;

  /**
   * One lookup with Extension wrappers removed.
   *
   * @param type the real lookup type (never the Extension type)
   * @param flag the LookupFlag
   * @param subtables absolute offsets of the subtables within the table
   */
  record Lookup(int type, int flag, int[] subtables) {}

  private final TableBytes table;

  LayoutTable(TableBytes table) {
    this.table = table;
  }

  TableBytes bytes() {
    return table;
  }

  /**
   * Lookups of a feature in the order they apply (LookupList order), Extension lookups of type
   * {@code extensionType} unwrapped. Empty when the font lacks the feature for Latin.
   */
  List<Lookup> featureLookups(String featureTag, int extensionType) throws IOException {
    int scriptList = table.u16(4);
    int featureList = table.u16(6);
    int lookupList = table.u16(8);
    int langSys = defaultLangSys(scriptList, "latn");
    if (langSys < 0) langSys = defaultLangSys(scriptList, "DFLT");
    if (langSys < 0) return List.of();

    TreeSet<Integer> lookupIndices = new TreeSet<>();
    int featureCount = table.u16(featureList);
    int required = table.u16(langSys + 2);
    int indexCount = table.u16(langSys + 4);
    List<Integer> featureIndices = new ArrayList<>();
    if (required != 0xFFFF) featureIndices.add(required);
    for (int i = 0; i < indexCount; i++) featureIndices.add(table.u16(langSys + 6 + 2 * i));
    for (int featureIndex : featureIndices) {
      if (featureIndex >= featureCount) throw table.malformed("feature index " + featureIndex);
      int record = featureList + 2 + 6 * featureIndex;
      if (!featureTag.equals(table.tag4(record))) continue;
      int feature = featureList + table.u16(record + 4);
      int lookupCount = table.u16(feature + 2);
      for (int i = 0; i < lookupCount; i++) lookupIndices.add(table.u16(feature + 4 + 2 * i));
    }

    List<Lookup> lookups = new ArrayList<>();
    int lookupTotal = table.u16(lookupList);
    for (int index : lookupIndices) {
      if (index >= lookupTotal) throw table.malformed("lookup index " + index);
      lookups.add(lookup(lookupList + table.u16(lookupList + 2 + 2 * index), extensionType));
    }
    return lookups;
  }

  /** Offset of the default LangSys of a script, or -1 when the script or its default is absent. */
  private int defaultLangSys(int scriptList, String scriptTag) throws IOException {
    int count = table.u16(scriptList);
    for (int i = 0; i < count; i++) {
      int record = scriptList + 2 + 6 * i;
      if (!scriptTag.equals(table.tag4(record))) continue;
      int script = scriptList + table.u16(record + 4);
      int defaultOffset = table.u16(script);
      return defaultOffset == 0 ? -1 : script + defaultOffset;
    }
    return -1;
  }

  private Lookup lookup(int offset, int extensionType) throws IOException {
    int type = table.u16(offset);
    int flag = table.u16(offset + 2);
    int count = table.u16(offset + 4);
    int[] subtables = new int[count];
    int realType = type;
    for (int i = 0; i < count; i++) {
      int subtable = offset + table.u16(offset + 6 + 2 * i);
      if (type == extensionType) {
        // ExtensionFormat1: format, extensionLookupType, 32-bit offset from this subtable.
        if (table.u16(subtable) != 1) throw table.malformed("extension format " + table.u16(subtable));
        realType = table.u16(subtable + 2);
        subtable += table.u32(subtable + 4);
      }
      subtables[i] = subtable;
    }
    // The mark filtering set index follows the subtable offsets; we do not use it, since for
    // adjacent-pair Latin text a filtered mark is treated like any other mark (ignored or not).
    if ((flag & USE_MARK_FILTERING_SET) != 0) table.u16(offset + 6 + 2 * count);
    return new Lookup(realType, flag, subtables);
  }

  /**
   * A Coverage table as glyph id to coverage index, -1 for glyphs it does not cover. An array
   * per subtable costs a few KB and makes the per-glyph test a single read.
   */
  static int[] coverage(TableBytes table, int offset, int glyphCount) throws IOException {
    int[] index = new int[glyphCount];
    java.util.Arrays.fill(index, -1);
    int format = table.u16(offset);
    if (format == 1) {
      int count = table.u16(offset + 2);
      for (int i = 0; i < count; i++) {
        int glyph = table.u16(offset + 4 + 2 * i);
        if (glyph < glyphCount && index[glyph] < 0) index[glyph] = i;
      }
    } else if (format == 2) {
      int ranges = table.u16(offset + 2);
      for (int i = 0; i < ranges; i++) {
        int range = offset + 4 + 6 * i;
        int start = table.u16(range);
        int end = table.u16(range + 2);
        int startIndex = table.u16(range + 4);
        for (int glyph = start; glyph <= end && glyph < glyphCount; glyph++) {
          if (index[glyph] < 0) index[glyph] = startIndex + glyph - start;
        }
      }
    } else {
      throw table.malformed("coverage format " + format);
    }
    return index;
  }

  /** A ClassDef table as glyph id to class; glyphs it does not list are class 0. */
  static int[] classDef(TableBytes table, int offset, int glyphCount) throws IOException {
    int[] classes = new int[glyphCount];
    if (offset == 0) return classes;
    int format = table.u16(offset);
    if (format == 1) {
      int start = table.u16(offset + 2);
      int count = table.u16(offset + 4);
      for (int i = 0; i < count; i++) {
        int glyph = start + i;
        if (glyph < glyphCount) classes[glyph] = table.u16(offset + 6 + 2 * i);
      }
    } else if (format == 2) {
      int ranges = table.u16(offset + 2);
      for (int i = 0; i < ranges; i++) {
        int range = offset + 4 + 6 * i;
        int start = table.u16(range);
        int end = table.u16(range + 2);
        int value = table.u16(range + 4);
        for (int glyph = start; glyph <= end && glyph < glyphCount; glyph++) classes[glyph] = value;
      }
    } else {
      throw table.malformed("class definition format " + format);
    }
    return classes;
  }
}
