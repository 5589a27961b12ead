package cz.sazba.font;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Standard ligatures from the GSUB {@code liga} feature: LigatureSubst lookups (type 4, also
 * wrapped in Extension type 7). Lookups apply one after another over the whole run, as the
 * OpenType model says; within a lookup the longest ligature starting at a glyph wins.
 *
 * <p>Only adjacent glyphs form a ligature: a glyph the lookup would skip (a mark under
 * IgnoreMarks) blocks it, which is the safe choice without a full shaping engine.
 */
final class GsubLigatures extends Ligatures {
  private static final int LIGATURE_SUBSTITUTION = 4;
  private static final int EXTENSION = 7;

  /**
   * Per lookup, per first glyph, the candidate ligatures packed as
   * {@code [ligature glyph, component count, component 2, ..., component n, ...]}, longest first;
   * null for glyphs that start none.
   */
  private final int[][][] lookups;

  private GsubLigatures(int[][][] lookups) {
    this.lookups = lookups;
  }

  /** Ligatures from a GSUB table, or null when it has no {@code liga} for Latin. */
  static GsubLigatures read(TableBytes gsub, int[] glyphClasses) throws IOException {
    int glyphCount = glyphClasses.length;
    List<int[][]> lookups = new ArrayList<>();
    for (LayoutTable.Lookup lookup : new LayoutTable(gsub).featureLookups("liga", EXTENSION)) {
      if (lookup.type() != LIGATURE_SUBSTITUTION) continue;
      // Filled by copying an array of nulls, not by an add a glyph (thousands, interpreted).
      List<List<int[]>> byFirst = new ArrayList<>(java.util.Collections.nCopies(glyphCount, null));
      for (int offset : lookup.subtables()) {
        readSubtable(gsub, offset, glyphCount, byFirst);
      }
      lookups.add(pack(byFirst, skippedGlyphs(lookup.flag(), glyphClasses)));
    }
    return lookups.isEmpty() ? null : new GsubLigatures(lookups.toArray(new int[0][][]));
  }

  /** Adds each ligature of a LigatureSubstFormat1 subtable as {ligature, first, rest...}. */
  private static void readSubtable(TableBytes gsub, int offset, int glyphCount, List<List<int[]>> byFirst)
      throws IOException {
    int format = gsub.u16(offset);
    if (format != 1) throw gsub.malformed("LigatureSubst format " + format);
    int[] coverage = LayoutTable.coverage(gsub, offset + gsub.u16(offset + 2), glyphCount);
    int setCount = gsub.u16(offset + 4);
    for (int first = 0; first < glyphCount; first++) {
      int index = coverage[first];
      if (index < 0 || index >= setCount) continue;
      int set = offset + gsub.u16(offset + 6 + 2 * index);
      int ligatureCount = gsub.u16(set);
      for (int i = 0; i < ligatureCount; i++) {
        int ligature = set + gsub.u16(set + 2 + 2 * i);
        int glyph = gsub.u16(ligature);
        int components = gsub.u16(ligature + 2);
        if (components < 1 || glyph >= glyphCount) continue;
        int[] entry = new int[components + 1];
        entry[0] = glyph;
        entry[1] = components;
        boolean valid = true;
        for (int c = 1; c < components; c++) {
          entry[c + 1] = gsub.u16(ligature + 4 + 2 * (c - 1));
          valid &= entry[c + 1] < glyphCount;
        }
        if (!valid) continue;
        if (byFirst.get(first) == null) byFirst.set(first, new ArrayList<>());
        byFirst.get(first).add(entry);
      }
    }
  }

  private static int[][] pack(List<List<int[]>> byFirst, boolean[] skipped) {
    int[][] packed = new int[byFirst.size()][];
    for (int first = 0; first < packed.length; first++) {
      List<int[]> entries = byFirst.get(first);
      if (entries == null || (skipped != null && skipped[first])) continue;
      List<int[]> usable = new ArrayList<>();
      for (int[] entry : entries) {
        boolean blocked = false;
        for (int c = 2; c < entry.length && skipped != null; c++) blocked |= skipped[entry[c]];
        // A component the lookup skips can never be matched adjacently.
        if (!blocked) usable.add(entry);
      }
      // Stable: among equally long ligatures the font's order (subtable, then set) stays.
      usable.sort((a, b) -> Integer.compare(b[1], a[1]));
      int size = 0;
      for (int[] entry : usable) size += entry.length;
      if (size == 0) continue;
      int[] flat = new int[size];
      int at = 0;
      for (int[] entry : usable) {
        System.arraycopy(entry, 0, flat, at, entry.length);
        at += entry.length;
      }
      packed[first] = flat;
    }
    return packed;
  }

  private static boolean[] skippedGlyphs(int flag, int[] glyphClasses) {
    // A flag that skips no class skips no glyph: no pass over every glyph (thousands, interpreted).
    if ((flag & (LayoutTable.IGNORE_BASE_GLYPHS | LayoutTable.IGNORE_LIGATURES | LayoutTable.IGNORE_MARKS)) == 0) {
      return null;
    }
    boolean any = false;
    boolean[] skipped = new boolean[glyphClasses.length];
    for (int glyph = 0; glyph < glyphClasses.length; glyph++) {
      int glyphClass = glyphClasses[glyph];
      skipped[glyph] =
          (glyphClass == 1 && (flag & LayoutTable.IGNORE_BASE_GLYPHS) != 0)
              || (glyphClass == 2 && (flag & LayoutTable.IGNORE_LIGATURES) != 0)
              || (glyphClass == 3 && (flag & LayoutTable.IGNORE_MARKS) != 0);
      any |= skipped[glyph];
    }
    return any ? skipped : null;
  }

  /**
   * Per lookup, per first glyph, the candidate ligatures packed as {@code [ligature, component
   * count, component 2, ..., component n, ...]}, longest first, null where none starts; the
   * arrays themselves, not copies (for {@link FontSubset}, which only reads them).
   */
  int[][][] packedLookups() {
    return lookups;
  }

  @Override
  int apply(int[] glyphs, int[] clusters, int count) {
    for (int[][] byFirst : lookups) {
      int write = 0;
      int read = 0;
      while (read < count) {
        int glyph = glyphs[read];
        int[] candidates = glyph < byFirst.length ? byFirst[glyph] : null;
        int matched = 0;
        if (candidates != null) {
          for (int at = 0; at < candidates.length; at += candidates[at + 1] + 1) {
            int components = candidates[at + 1];
            if (read + components > count) continue;
            boolean match = true;
            for (int c = 1; c < components && match; c++) {
              match = glyphs[read + c] == candidates[at + 1 + c];
            }
            if (match) {
              glyphs[write] = candidates[at];
              matched = components;
              break;
            }
          }
        }
        clusters[write] = clusters[read];
        if (matched == 0) {
          glyphs[write] = glyph;
          matched = 1;
        }
        write++;
        read += matched;
      }
      count = write;
    }
    return count;
  }
}
