package cz.sazba.font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * GSUB and GPOS tables written anew for a subset ({@link FontSubset}): exactly the shaping the
 * typesetter does for the PDF, restricted to the glyphs kept, so a reading system sets the same
 * ligatures ({@code liga}), small capitals ({@code smcp}) and pair kerning ({@code kern}) as the
 * print edition, in a fraction of the whole font's tables. Glyph ids are the font's own.
 *
 * <p>Every lookup is written as an Extension lookup, so no 16-bit offset can overflow however
 * many pairs a long book keeps; kerning subtables are split to stay well under 64 KB each.
 */
final class CompactLayout {
  private static final int PAIR_SET_BUDGET = 48_000;

  private final int[][][] ligatures; // per lookup, per first glyph (GsubLigatures' packing), or none
  private final int[] smallCaps; // glyph to glyph, or null
  private final PairKerning kerning;

  private CompactLayout(int[][][] ligatures, int[] smallCaps, PairKerning kerning) {
    this.ligatures = ligatures;
    this.smallCaps = smallCaps;
    this.kerning = kerning;
  }

  /** Reads what the typesetter would use from the font's own tables (any of them may be null). */
  static CompactLayout read(TableBytes gsub, TableBytes gpos, TableBytes kern, TableBytes gdef, int glyphCount)
      throws IOException {
    int[] classes = gdef == null ? new int[glyphCount] : LayoutTable.classDef(gdef, gdef.u16(4), glyphCount);
    GsubLigatures liga = gsub == null ? null : GsubLigatures.read(gsub, classes);
    int[] smcp = gsub == null ? null : GsubSingle.read(gsub, "smcp", glyphCount);
    PairKerning kerning = gpos == null ? null : GposKerning.read(gpos, classes);
    if (kerning == null && kern != null) kerning = KernTableKerning.read(kern);
    return new CompactLayout(liga == null ? new int[0][][] : liga.packedLookups(), smcp,
        kerning == null ? PairKerning.NONE : kerning);
  }

  /** Adds ligatures of kept components and small capitals of kept glyphs, until nothing new comes. */
  void close(BitSet kept) {
    boolean grew = true;
    while (grew) {
      int before = kept.cardinality();
      for (int g = kept.nextSetBit(0); g >= 0; g = kept.nextSetBit(g + 1)) {
        if (smallCaps != null && g < smallCaps.length) kept.set(smallCaps[g]);
        for (int[][] lookup : ligatures) {
          int[] candidates = g < lookup.length ? lookup[g] : null;
          if (candidates == null) continue;
          for (int at = 0; at < candidates.length; at += candidates[at + 1] + 1) {
            if (allKept(candidates, at, kept)) kept.set(candidates[at]);
          }
        }
      }
      grew = kept.cardinality() != before;
    }
  }

  private static boolean allKept(int[] candidates, int at, BitSet kept) {
    int components = candidates[at + 1];
    for (int c = 1; c < components; c++) if (!kept.get(candidates[at + 1 + c])) return false;
    return true;
  }

  /** A GSUB with {@code liga} and {@code smcp} for the kept glyphs, or null when neither has any. */
  byte[] gsub(BitSet kept) {
    List<Feature> features = new ArrayList<>();
    List<Lookup> lookups = new ArrayList<>();
    List<Integer> ligaLookups = new ArrayList<>();
    for (int[][] lookup : ligatures) {
      byte[] subtable = ligatureSubst(lookup, kept);
      if (subtable == null) continue;
      ligaLookups.add(lookups.size());
      lookups.add(new Lookup(4, List.of(subtable)));
    }
    if (!ligaLookups.isEmpty()) features.add(new Feature("liga", ligaLookups));
    byte[] single = smallCaps == null ? null : singleSubst(kept);
    if (single != null) {
      features.add(new Feature("smcp", List.of(lookups.size())));
      lookups.add(new Lookup(1, List.of(single)));
    }
    return features.isEmpty() ? null : table(features, lookups, 7);
  }

  /**
   * A GPOS with {@code kern} pairs among the kept glyphs, or null when none kern. The pairs come
   * from {@link PairKerning#among}, which asks only those a kept glyph may start (a few dozen of a
   * subset's hundreds of glyphs squared).
   */
  byte[] gpos(BitSet kept) {
    List<byte[]> subtables = new ArrayList<>();
    List<Integer> firsts = new ArrayList<>();
    List<int[]> sets = new ArrayList<>(); // per first: second, value, second, value...
    int size = 0;
    BitSet glyphs = (BitSet) kept.clone();
    glyphs.clear(0); // .notdef kerns with nothing
    PairKerning.Among among = kerning.among(glyphs);
    for (int left = glyphs.nextSetBit(0); left >= 0; left = glyphs.nextSetBit(left + 1)) {
      int[] set = among.pairs(left);
      if (set.length == 0) continue;
      if (size + 4 + 2 * set.length > PAIR_SET_BUDGET && !firsts.isEmpty()) {
        subtables.add(pairPos(firsts, sets));
        firsts = new ArrayList<>();
        sets = new ArrayList<>();
        size = 0;
      }
      firsts.add(left);
      sets.add(set);
      size += 4 + 2 * set.length;
    }
    if (!firsts.isEmpty()) subtables.add(pairPos(firsts, sets));
    if (subtables.isEmpty()) return null;
    return table(List.of(new Feature("kern", List.of(0))), List.of(new Lookup(2, subtables)), 9);
  }

  /** The kerning read, for tests. */
  PairKerning kerning() {
    return kerning;
  }

  /** This layout with another kerning: for tests that hold {@link #gpos} to a kerning asked pair by pair. */
  CompactLayout withKerning(PairKerning other) {
    return new CompactLayout(ligatures, smallCaps, other);
  }

  private byte[] ligatureSubst(int[][] lookup, BitSet kept) {
    List<Integer> firsts = new ArrayList<>();
    List<List<int[]>> sets = new ArrayList<>();
    for (int g = kept.nextSetBit(0); g >= 0 && g < lookup.length; g = kept.nextSetBit(g + 1)) {
      int[] candidates = lookup[g];
      if (candidates == null) continue;
      List<int[]> set = new ArrayList<>();
      for (int at = 0; at < candidates.length; at += candidates[at + 1] + 1) {
        if (!allKept(candidates, at, kept) || !kept.get(candidates[at])) continue;
        int[] ligature = new int[candidates[at + 1] + 1];
        System.arraycopy(candidates, at, ligature, 0, ligature.length);
        set.add(ligature);
      }
      if (set.isEmpty()) continue;
      firsts.add(g);
      sets.add(set);
    }
    if (firsts.isEmpty()) return null;
    // LigatureSubstFormat1: format, coverage, set count, set offsets; coverage; sets; ligatures.
    Bytes out = new Bytes();
    out.u16(1);
    int coverageAt = out.reserve();
    out.u16(firsts.size());
    int[] setAt = new int[firsts.size()];
    for (int i = 0; i < setAt.length; i++) setAt[i] = out.reserve();
    out.patch(coverageAt, out.size());
    coverage(out, firsts);
    for (int i = 0; i < setAt.length; i++) {
      int set = out.size();
      out.patch(setAt[i], set);
      List<int[]> ligs = sets.get(i);
      out.u16(ligs.size());
      int[] ligAt = new int[ligs.size()];
      for (int k = 0; k < ligAt.length; k++) ligAt[k] = out.reserve();
      for (int k = 0; k < ligAt.length; k++) {
        out.patch(ligAt[k], out.size() - set);
        int[] lig = ligs.get(k);
        out.u16(lig[0]);
        out.u16(lig[1]);
        for (int c = 2; c < lig.length; c++) out.u16(lig[c]);
      }
    }
    return out.toByteArray();
  }

  private byte[] singleSubst(BitSet kept) {
    List<Integer> from = new ArrayList<>();
    List<Integer> to = new ArrayList<>();
    for (int g = kept.nextSetBit(0); g >= 0 && g < smallCaps.length; g = kept.nextSetBit(g + 1)) {
      if (smallCaps[g] != g && kept.get(smallCaps[g])) {
        from.add(g);
        to.add(smallCaps[g]);
      }
    }
    if (from.isEmpty()) return null;
    Bytes out = new Bytes();
    out.u16(2);
    out.u16(6 + 2 * from.size());
    out.u16(from.size());
    for (int g : to) out.u16(g);
    coverage(out, from);
    return out.toByteArray();
  }

  private static byte[] pairPos(List<Integer> firsts, List<int[]> sets) {
    Bytes out = new Bytes();
    out.u16(1);
    int coverageAt = out.reserve();
    out.u16(0x0004); // valueFormat1: XAdvance of the first glyph
    out.u16(0); // valueFormat2: nothing
    out.u16(firsts.size());
    int[] setAt = new int[firsts.size()];
    for (int i = 0; i < setAt.length; i++) setAt[i] = out.reserve();
    out.patch(coverageAt, out.size());
    coverage(out, firsts);
    for (int i = 0; i < setAt.length; i++) {
      out.patch(setAt[i], out.size());
      int[] set = sets.get(i);
      out.u16(set.length / 2);
      for (int k = 0; k < set.length; k += 2) {
        out.u16(set[k]);
        out.u16(set[k + 1] & 0xFFFF);
      }
    }
    return out.toByteArray();
  }

  /** Coverage format 1: the glyphs, ascending (callers pass them ascending). */
  private static void coverage(Bytes out, List<Integer> glyphs) {
    out.u16(1);
    out.u16(glyphs.size());
    for (int g : glyphs) out.u16(g);
  }

  private record Feature(String tag, List<Integer> lookups) {}

  private record Lookup(int type, List<byte[]> subtables) {}

  /**
   * A GSUB or GPOS table: scripts DFLT and latn with one default language system naming every
   * feature (tags ascending), the features, and the lookups, each as an Extension lookup of
   * {@code extensionType} wrapping its subtables.
   */
  private static byte[] table(List<Feature> features, List<Lookup> lookups, int extensionType) {
    Bytes out = new Bytes();
    out.u16(1);
    out.u16(0);
    int scriptListAt = out.reserve();
    int featureListAt = out.reserve();
    int lookupListAt = out.reserve();

    int scriptList = out.size();
    out.patch(scriptListAt, scriptList);
    out.u16(2);
    int[] scriptAt = new int[2];
    for (int i = 0; i < 2; i++) {
      out.tag(i == 0 ? "DFLT" : "latn");
      scriptAt[i] = out.reserve();
    }
    for (int i = 0; i < 2; i++) {
      int script = out.size();
      out.patch(scriptAt[i], script - scriptList);
      out.u16(4); // default LangSys right after this Script table (4 bytes)
      out.u16(0);
      out.u16(0); // lookupOrderOffset
      out.u16(0xFFFF); // no required feature
      out.u16(features.size());
      for (int f = 0; f < features.size(); f++) out.u16(f);
    }

    int featureList = out.size();
    out.patch(featureListAt, featureList);
    out.u16(features.size());
    int[] featureAt = new int[features.size()];
    for (int f = 0; f < features.size(); f++) {
      out.tag(features.get(f).tag());
      featureAt[f] = out.reserve();
    }
    for (int f = 0; f < features.size(); f++) {
      out.patch(featureAt[f], out.size() - featureList);
      out.u16(0);
      out.u16(features.get(f).lookups().size());
      for (int index : features.get(f).lookups()) out.u16(index);
    }

    int lookupList = out.size();
    out.patch(lookupListAt, lookupList);
    out.u16(lookups.size());
    int[] lookupAt = new int[lookups.size()];
    for (int i = 0; i < lookupAt.length; i++) lookupAt[i] = out.reserve();
    List<int[]> extensions = new ArrayList<>(); // {offset of the 32-bit field, extension start}
    List<byte[]> bodies = new ArrayList<>();
    for (int i = 0; i < lookups.size(); i++) {
      int lookup = out.size();
      out.patch(lookupAt[i], lookup - lookupList);
      List<byte[]> subtables = lookups.get(i).subtables();
      out.u16(extensionType);
      out.u16(0); // flag: adjacent glyphs only, as the typesetter shapes
      out.u16(subtables.size());
      int[] subAt = new int[subtables.size()];
      for (int k = 0; k < subAt.length; k++) subAt[k] = out.reserve();
      int realType = lookups.get(i).type();
      for (int k = 0; k < subAt.length; k++) {
        int extension = out.size();
        out.patch(subAt[k], extension - lookup);
        out.u16(1);
        out.u16(realType);
        extensions.add(new int[] {out.size(), extension});
        out.u16(0);
        out.u16(0);
        bodies.add(subtables.get(k));
      }
    }
    for (int i = 0; i < bodies.size(); i++) {
      int[] ext = extensions.get(i);
      out.patch32(ext[0], out.size() - ext[1]);
      out.write(bodies.get(i));
      out.align();
    }
    return out.toByteArray();
  }

  /** A growing big-endian buffer with 16-bit slots to fill in later. */
  private static final class Bytes {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    int size() {
      return out.size();
    }

    void u16(int v) {
      out.write(v >>> 8);
      out.write(v);
    }

    void tag(String tag) {
      for (int i = 0; i < 4; i++) out.write(tag.charAt(i));
    }

    void write(byte[] b) {
      out.writeBytes(b);
    }

    void align() {
      while (out.size() % 2 != 0) out.write(0);
    }

    int reserve() {
      int at = out.size();
      u16(0);
      return at;
    }

    private final List<int[]> patches = new ArrayList<>(); // {at, value, width}

    void patch(int at, int value) {
      if (value > 0xFFFF) throw new IllegalStateException("16-bit offset overflow: " + value);
      patches.add(new int[] {at, value, 2});
    }

    void patch32(int at, int value) {
      patches.add(new int[] {at, value, 4});
    }

    byte[] toByteArray() {
      byte[] patched = out.toByteArray();
      for (int[] p : patches) {
        if (p[2] == 2) {
          patched[p[0]] = (byte) (p[1] >>> 8);
          patched[p[0] + 1] = (byte) p[1];
        } else {
          for (int k = 0; k < 4; k++) patched[p[0] + k] = (byte) (p[1] >>> (24 - 8 * k));
        }
      }
      return patched;
    }
  }
}
