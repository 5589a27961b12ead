package cz.sazba.font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A TrueType font cut down to the glyphs a document can show, for embedding in an EPUB, where
 * the reading system shapes the text itself.
 *
 * <p>Glyph ids are kept: the outlines of glyphs the document cannot reach are emptied (zero-length
 * {@code glyf} entries, zero advance), nothing is renumbered, so the font's own GSUB, GPOS, GDEF
 * and {@code kern} tables stay valid byte for byte and ligatures, kerning, mark positioning and
 * small capitals work in a reading system exactly as in the whole font. The glyphs kept are the
 * closure of the document's characters: their cmap glyphs, everything the substitutions a reading
 * system applies by default (or for {@code font-variant: small-caps}) can turn them into, and the
 * components of composite glyphs.
 *
 * <p>The cmap is rebuilt for the document's characters only, {@code post} loses its glyph names
 * (format 3), and the naming table gets the given family name, since a subset is a Modified
 * Version under the SIL Open Font License and must not carry a Reserved Font Name; the copyright,
 * licence and trademark notices stay. Tables a reading system does not use (Graphite, {@code DSIG},
 * device metrics) are dropped.
 */
public final class FontSubset {
  /**
   * GSUB features a reading system applies to Latin text by default (HarfBuzz's and the OpenType
   * spec's default set) plus {@code smcp}, which the style sheet's {@code font-variant: small-caps}
   * turns on.
   */
  static final Set<String> FEATURES =
      Set.of("ccmp", "locl", "rlig", "liga", "clig", "calt", "rclt", "smcp", "kern", "mark", "mkmk");

  /** Tables copied unchanged; glyph ids do not change, so they stay valid. */
  private static final Set<String> COPIED =
      Set.of("OS/2", "hhea", "maxp", "cvt ", "fpgm", "prep", "gasp", "GDEF", "GPOS", "GSUB", "kern");

  /** The layout tables {@link CompactLayout} replaces. */
  private static final Set<String> LAYOUT = Set.of("GSUB", "GPOS", "kern");

  private static final int ARG_1_AND_2_ARE_WORDS = 0x0001;
  private static final int WE_HAVE_A_SCALE = 0x0008;
  private static final int MORE_COMPONENTS = 0x0020;
  private static final int WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
  private static final int WE_HAVE_A_TWO_BY_TWO = 0x0080;

  /**
   * The subset's bytes and what it kept.
   *
   * @param glyphsKept glyphs with outlines and advances (glyph 0 included)
   * @param glyphCount glyphs in the font, unchanged
   */
  public record Result(byte[] data, int glyphsKept, int glyphCount, SortedSet<Integer> codePoints) {}

  private FontSubset() {}

  /**
   * Subsets a TrueType font to what {@code codePoints} can show. Code points the font lacks are
   * ignored (the reading system falls back to another font for them, as for the whole font).
   *
   * @param fileName the font's name, for messages
   * @param family the family name written into the naming table, e.g. {@code Sazba Text}
   * @throws IOException when the font's tables are malformed
   */
  public static Result subset(String fileName, byte[] font, Set<Integer> codePoints, String family)
      throws IOException {
    SfntFile file = SfntFile.read(font);
    for (String required : List.of("head", "hhea", "maxp", "loca", "glyf", "hmtx", "cmap")) {
      if (!file.has(required)) throw new IOException(fileName + ": font lacks the " + required + " table");
    }
    int glyphCount = file.table("maxp").u16(4);
    CodePointMap unicode = CmapReader.unicode(fileName, file.table("cmap"), glyphCount);
    Loca loca = new Loca(file, glyphCount);
    TableBytes glyf = file.table("glyf");

    TreeMap<Integer, Integer> cmap = new TreeMap<>();
    BitSet kept = new BitSet(glyphCount);
    kept.set(0);
    for (int cp : codePoints) {
      int glyph = unicode.glyphId(cp);
      if (glyph > 0 && glyph < glyphCount) {
        cmap.put(cp, glyph);
        kept.set(glyph);
      }
    }
    boolean compact = codePoints.stream().noneMatch(FontSubset::isMark);
    CompactLayout layout = null;
    if (compact) {
      layout = CompactLayout.read(file.table("GSUB"), file.table("GPOS"), file.table("kern"),
          file.table("GDEF"), glyphCount);
      layout.close(kept);
    } else if (file.has("GSUB")) {
      substitutionClosure(file.table("GSUB"), kept, glyphCount);
    }
    compositeClosure(glyf, loca, kept);

    Map<String, byte[]> out = new TreeMap<>();
    for (String tag : COPIED) {
      if (compact && LAYOUT.contains(tag)) continue;
      if (file.has(tag)) out.put(tag, file.copy(tag));
    }
    if (compact) {
      byte[] gsub = layout.gsub(kept);
      byte[] gpos = layout.gpos(kept);
      if (gsub != null) out.put("GSUB", gsub);
      if (gpos != null) out.put("GPOS", gpos);
    }
    // The kept glyphs' data, each padded to 4 bytes; a glyph not kept is empty (its loca entry
    // repeats the next one's start).
    int size = 0;
    for (int g = kept.nextSetBit(0); g >= 0 && g < glyphCount; g = kept.nextSetBit(g + 1)) {
      size += (loca.length(g) + 3) & ~3;
    }
    byte[] newGlyf = new byte[size];
    byte[] newLoca = new byte[4 * (glyphCount + 1)];
    int at = 0;
    int next = 0; // the first glyph whose loca entry is not written yet
    for (int g = kept.nextSetBit(0); g >= 0 && g < glyphCount; g = kept.nextSetBit(g + 1)) {
      for (; next <= g; next++) putU32(newLoca, 4 * next, at);
      int length = loca.length(g);
      glyf.copyTo(loca.start(g), length, newGlyf, at);
      at += (length + 3) & ~3;
    }
    for (; next <= glyphCount; next++) putU32(newLoca, 4 * next, at);
    out.put("glyf", newGlyf);
    out.put("loca", newLoca);
    byte[] newHead = file.copy("head");
    putU16(newHead, 50, 1); // long loca offsets
    putU32(newHead, 8, 0); // checkSumAdjustment, set once the file is assembled
    out.put("head", newHead);
    out.put("hmtx", hmtx(file.copy("hmtx"), file.table("hhea").u16(34), glyphCount, kept));
    out.put("cmap", cmap(cmap));
    if (file.has("post")) out.put("post", post(file.copy("post")));
    out.put("name", name(file.table("name"), family));
    return new Result(assemble(out), kept.cardinality(), glyphCount, new TreeSet<>(cmap.keySet()));
  }

  /**
   * A font program for a PDF: the glyphs {@code glyphIds}, glyph 0 and the components of
   * composite glyphs, renumbered 0..n-1 in the order of their original ids, with what a PDF
   * TrueType font program needs ({@link #PDF_TABLES}): no cmap, name, OS/2 or post, since the
   * PDF addresses glyphs by id and names the font itself.
   *
   * @param program the font file
   * @param oldByNew the original glyph id of each new one
   */
  public record ByGlyphs(byte[] program, int[] oldByNew) {
    public ByGlyphs {
      oldByNew = oldByNew.clone();
    }

    @Override
    public int[] oldByNew() {
      return oldByNew.clone();
    }

    public int glyphCount() {
      return oldByNew.length;
    }

    /** The original id of new glyph {@code id}. */
    public int old(int id) {
      return oldByNew[id];
    }
  }

  /** Tables a PDF's TrueType font program keeps, besides the rebuilt head, hhea, maxp, loca, glyf and hmtx. */
  private static final List<String> PDF_TABLES = List.of("cvt ", "prep", "fpgm", "gasp");

  /**
   * Subsets by glyph id for embedding in a PDF (see {@link ByGlyphs}). Ids outside the font are
   * ignored.
   *
   * @param fileName the font's name, for messages
   * @throws IOException when the font's tables are malformed
   */
  public static ByGlyphs byGlyphs(String fileName, byte[] font, java.util.Collection<Integer> glyphIds)
      throws IOException {
    SfntFile file = SfntFile.read(font);
    for (String required : List.of("head", "hhea", "maxp", "loca", "glyf", "hmtx")) {
      if (!file.has(required)) throw new IOException(fileName + ": font lacks the " + required + " table");
    }
    TableBytes maxp = file.table("maxp");
    TableBytes hhea = file.table("hhea");
    TableBytes hmtx = file.table("hmtx");
    int glyphCount = maxp.u16(4);
    Loca loca = new Loca(file, glyphCount);
    TableBytes glyf = file.table("glyf");
    BitSet kept = new BitSet(glyphCount);
    kept.set(0);
    for (int g : glyphIds) {
      if (g >= 0 && g < glyphCount) kept.set(g);
    }
    compositeClosure(glyf, loca, kept);
    int n = kept.cardinality();
    int[] oldByNew = new int[n];
    int[] newByOld = new int[glyphCount];
    int size = 0;
    for (int g = kept.nextSetBit(0), i = 0; g >= 0; g = kept.nextSetBit(g + 1), i++) {
      oldByNew[i] = g;
      newByOld[g] = i;
      size += (loca.length(g) + 3) & ~3;
    }

    byte[] newGlyf = new byte[size];
    byte[] newLoca = new byte[4 * (n + 1)];
    int at = 0;
    for (int i = 0; i < n; i++) {
      int g = oldByNew[i];
      putU32(newLoca, 4 * i, at);
      int start = loca.start(g);
      int length = loca.length(g);
      glyf.copyTo(start, length, newGlyf, at);
      if (length >= 10 && glyf.s16(start) < 0) renumberComponents(newGlyf, at, length, newByOld);
      at += (length + 3) & ~3;
    }
    putU32(newLoca, 4 * n, at);

    // Long metrics (advance and side bearing) for the glyphs below the font's own count of them;
    // past it, side bearings alone, the last long metric's advance applying to them. When the
    // font's last long metric is not in the subset, the first glyph past it carries its
    // advance. The widths in the PDF's W array are checked against exactly these advances.
    int longMetrics = hhea.u16(34);
    int newLongMetrics = 0;
    while (newLongMetrics < n && oldByNew[newLongMetrics] < longMetrics) newLongMetrics++;
    if (newLongMetrics < n && (longMetrics == 0 || !kept.get(longMetrics - 1))) newLongMetrics++;
    byte[] newHmtx = new byte[4 * newLongMetrics + 2 * (n - newLongMetrics)];
    for (int i = 0; i < n; i++) {
      int g = oldByNew[i];
      int lsbAt = g < longMetrics ? 4 * g + 2 : 4 * longMetrics + 2 * (g - longMetrics);
      int lsb = lsbAt + 2 <= hmtx.length() ? hmtx.u16(lsbAt) : 0;
      if (i < newLongMetrics) {
        // The advance as FontReader.advances reads it.
        int advance = longMetrics == 0 ? 250 : hmtx.u16(4 * Math.min(g, longMetrics - 1));
        putU16(newHmtx, 4 * i, advance);
        putU16(newHmtx, 4 * i + 2, lsb);
      } else {
        putU16(newHmtx, 4 * newLongMetrics + 2 * (i - newLongMetrics), lsb);
      }
    }

    Map<String, byte[]> out = new TreeMap<>();
    for (String tag : PDF_TABLES) {
      if (file.has(tag)) out.put(tag, file.copy(tag));
    }
    byte[] newHead = file.copy("head");
    putU16(newHead, 50, 1); // long loca offsets
    putU32(newHead, 8, 0); // checkSumAdjustment, set once the file is assembled
    out.put("head", newHead);
    byte[] newHhea = file.copy("hhea");
    putU16(newHhea, 34, newLongMetrics);
    out.put("hhea", newHhea);
    byte[] newMaxp = file.copy("maxp");
    putU16(newMaxp, 4, n);
    out.put("maxp", newMaxp);
    out.put("glyf", newGlyf);
    out.put("loca", newLoca);
    out.put("hmtx", newHmtx);
    return new ByGlyphs(assemble(out), oldByNew);
  }

  /** Rewrites the component glyph ids of the composite glyph at {@code at} of {@code glyf} to new ids. */
  private static void renumberComponents(byte[] glyf, int at, int length, int[] newByOld) throws IOException {
    TableBytes glyph = new TableBytes("glyf", glyf, at, length);
    int p = 10;
    int flags;
    do {
      flags = glyph.u16(p);
      int component = glyph.u16(p + 2);
      // Components outside the font are not in the subset either; they stay as they were.
      if (component < newByOld.length) putU16(glyf, at + p + 2, newByOld[component]);
      p += componentLength(flags);
    } while ((flags & MORE_COMPONENTS) != 0);
  }

  /** The length of a component record with these flags. */
  private static int componentLength(int flags) {
    int length = 4 + ((flags & ARG_1_AND_2_ARE_WORDS) != 0 ? 4 : 2);
    if ((flags & WE_HAVE_A_SCALE) != 0) length += 2;
    else if ((flags & WE_HAVE_AN_X_AND_Y_SCALE) != 0) length += 4;
    else if ((flags & WE_HAVE_A_TWO_BY_TWO) != 0) length += 8;
    return length;
  }

  /**
   * loca read where needed, not into an array for every glyph: a subset uses a few hundred of
   * thousands.
   */
  private static final class Loca {
    private final TableBytes loca;
    private final boolean longOffsets;
    private final int glyphCount;

    Loca(SfntFile file, int glyphCount) throws IOException {
      this.loca = file.table("loca");
      this.longOffsets = file.table("head").s16(50) != 0;
      this.glyphCount = glyphCount;
      if (loca.length() < (longOffsets ? 4 : 2) * (glyphCount + 1)) {
        throw loca.malformed("shorter than " + (glyphCount + 1) + " entries");
      }
    }

    int start(int glyph) throws IOException {
      return longOffsets ? loca.u32(4 * glyph) : 2 * loca.u16(2 * glyph);
    }

    /** The length of a glyph's data, checked to end after it starts. */
    int length(int glyph) throws IOException {
      int length = start(glyph + 1) - start(glyph);
      if (length < 0) throw loca.malformed("glyph " + glyph + " ends before it starts");
      return length;
    }

    boolean has(int glyph) {
      return glyph >= 0 && glyph < glyphCount;
    }
  }

  /** Combining marks need the font's mark positioning, which only its own GPOS has. */
  static boolean isMark(int codePoint) {
    int type = Character.getType(codePoint);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  /** The table directory's tables by tag, each its own copy. */
  static Map<String, byte[]> tables(byte[] font) throws IOException {
    SfntFile file = SfntFile.read(font);
    Map<String, byte[]> tables = new TreeMap<>();
    for (int i = 0; i < file.tableCount(); i++) tables.put(file.tag(i), file.copy(file.tag(i)));
    return tables;
  }

  /**
   * Adds every glyph the lookups of {@link #FEATURES}, and the lookups no feature names (those
   * only contextual lookups call), can substitute for kept glyphs, until nothing new comes.
   * Context is ignored, which can only keep more than needed, never less.
   */
  static void substitutionClosure(TableBytes gsub, BitSet kept, int glyphCount) throws IOException {
    int featureList = gsub.u16(6);
    int lookupList = gsub.u16(8);
    int lookupCount = gsub.u16(lookupList);
    BitSet chosen = new BitSet(lookupCount);
    BitSet named = new BitSet(lookupCount);
    int features = gsub.u16(featureList);
    for (int i = 0; i < features; i++) {
      int record = featureList + 2 + 6 * i;
      boolean wanted = FEATURES.contains(gsub.tag4(record));
      int feature = featureList + gsub.u16(record + 4);
      int count = gsub.u16(feature + 2);
      for (int k = 0; k < count; k++) {
        int index = gsub.u16(feature + 4 + 2 * k);
        if (index >= lookupCount) throw gsub.malformed("lookup index " + index);
        named.set(index);
        if (wanted) chosen.set(index);
      }
    }
    BitSet unnamed = (BitSet) named.clone();
    unnamed.flip(0, lookupCount);
    chosen.or(unnamed);

    List<int[]> subtables = new ArrayList<>(); // {type, offset}
    for (int index = chosen.nextSetBit(0); index >= 0; index = chosen.nextSetBit(index + 1)) {
      int lookup = lookupList + gsub.u16(lookupList + 2 + 2 * index);
      int type = gsub.u16(lookup);
      int count = gsub.u16(lookup + 4);
      for (int k = 0; k < count; k++) {
        int subtable = lookup + gsub.u16(lookup + 6 + 2 * k);
        int realType = type;
        if (type == 7) {
          realType = gsub.u16(subtable + 2);
          subtable += gsub.u32(subtable + 4);
        }
        subtables.add(new int[] {realType, subtable});
      }
    }
    boolean grew = true;
    while (grew) {
      int before = kept.cardinality();
      for (int[] s : subtables) apply(gsub, s[0], s[1], kept, glyphCount);
      grew = kept.cardinality() != before;
    }
  }

  private static void apply(TableBytes gsub, int type, int at, BitSet kept, int glyphCount) throws IOException {
    if (type < 1 || type > 4) {
      if (type == 8) reverseChaining(gsub, at, kept, glyphCount);
      return; // contextual lookups (5, 6) substitute only through lookups already in the closure
    }
    int format = gsub.u16(at);
    int[] coverage = LayoutTable.coverage(gsub, at + gsub.u16(at + 2), glyphCount);
    for (int g = kept.nextSetBit(0); g >= 0 && g < glyphCount; g = kept.nextSetBit(g + 1)) {
      int index = coverage[g];
      if (index < 0) continue;
      if (type == 1 && format == 1) {
        add(kept, (g + gsub.s16(at + 4)) & 0xFFFF, glyphCount);
      } else if (type == 1) {
        if (index < gsub.u16(at + 4)) add(kept, gsub.u16(at + 6 + 2 * index), glyphCount);
      } else if (index < gsub.u16(at + 4)) {
        int set = at + gsub.u16(at + 6 + 2 * index);
        int count = gsub.u16(set);
        for (int i = 0; i < count; i++) {
          if (type == 4) {
            int ligature = set + gsub.u16(set + 2 + 2 * i);
            int components = gsub.u16(ligature + 2);
            boolean all = true;
            for (int c = 1; c < components; c++) all &= kept.get(gsub.u16(ligature + 4 + 2 * (c - 1)));
            if (all) add(kept, gsub.u16(ligature), glyphCount);
          } else {
            add(kept, gsub.u16(set + 2 + 2 * i), glyphCount); // multiple (2) and alternate (3) substitution
          }
        }
      }
    }
  }

  private static void reverseChaining(TableBytes gsub, int at, BitSet kept, int glyphCount) throws IOException {
    int[] coverage = LayoutTable.coverage(gsub, at + gsub.u16(at + 2), glyphCount);
    int backtrack = gsub.u16(at + 4);
    int lookahead = gsub.u16(at + 6 + 2 * backtrack);
    int substitutes = at + 8 + 2 * backtrack + 2 * lookahead;
    int count = gsub.u16(substitutes);
    for (int g = kept.nextSetBit(0); g >= 0 && g < glyphCount; g = kept.nextSetBit(g + 1)) {
      int index = coverage[g];
      if (index >= 0 && index < count) add(kept, gsub.u16(substitutes + 2 + 2 * index), glyphCount);
    }
  }

  private static void add(BitSet kept, int glyph, int glyphCount) {
    if (glyph < glyphCount) kept.set(glyph);
  }

  /** Adds the components of kept composite glyphs, and theirs, until nothing new comes. */
  private static void compositeClosure(TableBytes glyf, Loca loca, BitSet kept) throws IOException {
    int[] work = new int[Math.max(16, kept.cardinality())];
    int pending = 0;
    for (int g = kept.nextSetBit(0); g >= 0; g = kept.nextSetBit(g + 1)) {
      if (pending == work.length) work = java.util.Arrays.copyOf(work, 2 * pending);
      work[pending++] = g;
    }
    while (pending > 0) {
      int g = work[--pending];
      if (!loca.has(g)) continue;
      int start = loca.start(g);
      if (loca.length(g) < 10 || glyf.s16(start) >= 0) continue;
      int at = start + 10;
      int flags;
      do {
        flags = glyf.u16(at);
        int component = glyf.u16(at + 2);
        if (loca.has(component) && !kept.get(component)) {
          kept.set(component);
          if (pending == work.length) work = java.util.Arrays.copyOf(work, 2 * pending);
          work[pending++] = component;
        }
        at += componentLength(flags);
      } while ((flags & MORE_COMPONENTS) != 0);
    }
  }

  /**
   * Advances and side bearings of glyphs not kept set to zero; the layout stays the same. A run
   * of glyphs not kept is one stretch of the table (long metrics, then bearings alone), so it is
   * zeroed at once; an entry the table is too short for is left alone.
   */
  private static byte[] hmtx(byte[] hmtx, int longMetrics, int glyphCount, BitSet kept) {
    byte[] out = hmtx;
    // The end of the last whole entry in the table.
    int limit = out.length <= 4 * longMetrics ? out.length & ~3 : 4 * longMetrics + ((out.length - 4 * longMetrics) & ~1);
    for (int g = kept.nextClearBit(0); g < glyphCount; ) {
      int end = Math.min(kept.nextSetBit(g) < 0 ? glyphCount : kept.nextSetBit(g), glyphCount);
      int from = entry(g, longMetrics);
      int to = Math.min(entry(end, longMetrics), limit);
      if (from < to) java.util.Arrays.fill(out, from, to, (byte) 0);
      g = kept.nextClearBit(end);
    }
    return out;
  }

  /** Where glyph {@code g}'s entry starts in hmtx. */
  private static int entry(int g, int longMetrics) {
    return g <= longMetrics ? 4 * g : 4 * longMetrics + 2 * (g - longMetrics);
  }

  /**
   * A cmap of the kept characters: format 4 for the BMP (Windows Unicode BMP and Unicode 2.0
   * BMP), and format 12 (Windows Unicode full) when a character lies beyond it.
   */
  static byte[] cmap(TreeMap<Integer, Integer> glyphs) {
    byte[] bmp = format4(glyphs.headMap(0x10000));
    boolean full = !glyphs.tailMap(0x10000).isEmpty();
    byte[] all = full ? format12(glyphs) : null;
    int records = full ? 3 : 2;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int offset = 4 + 8 * records;
    u16(out, 0);
    u16(out, records);
    u16(out, 0); // Unicode
    u16(out, 3); // Unicode 2.0 BMP
    u32(out, offset);
    u16(out, 3); // Windows
    u16(out, 1); // Unicode BMP
    u32(out, offset);
    if (full) {
      u16(out, 3);
      u16(out, 10); // Unicode full repertoire
      u32(out, offset + bmp.length);
    }
    out.writeBytes(bmp);
    if (full) out.writeBytes(all);
    return out.toByteArray();
  }

  private static byte[] format4(Map<Integer, Integer> glyphs) {
    // Segments of consecutive code points with consecutive glyphs, each with an idDelta.
    List<int[]> segments = new ArrayList<>(); // {start, end, delta}
    for (Map.Entry<Integer, Integer> e : glyphs.entrySet()) {
      int cp = e.getKey();
      int delta = (e.getValue() - cp) & 0xFFFF;
      int[] last = segments.isEmpty() ? null : segments.get(segments.size() - 1);
      if (last != null && last[1] == cp - 1 && last[2] == delta) last[1] = cp;
      else segments.add(new int[] {cp, cp, delta});
    }
    segments.add(new int[] {0xFFFF, 0xFFFF, 1});
    int n = segments.size();
    int searchRange = 2 * Integer.highestOneBit(n);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    u16(out, 4);
    u16(out, 16 + 8 * n);
    u16(out, 0);
    u16(out, 2 * n);
    u16(out, searchRange);
    u16(out, Integer.numberOfTrailingZeros(searchRange / 2));
    u16(out, 2 * n - searchRange);
    for (int[] s : segments) u16(out, s[1]);
    u16(out, 0);
    for (int[] s : segments) u16(out, s[0]);
    for (int[] s : segments) u16(out, s[2]);
    for (int i = 0; i < n; i++) u16(out, 0);
    return out.toByteArray();
  }

  private static byte[] format12(Map<Integer, Integer> glyphs) {
    List<int[]> groups = new ArrayList<>(); // {start, end, startGlyph}
    for (Map.Entry<Integer, Integer> e : glyphs.entrySet()) {
      int[] last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
      int cp = e.getKey();
      if (last != null && last[1] == cp - 1 && last[2] + (cp - last[0]) == e.getValue()) last[1] = cp;
      else groups.add(new int[] {cp, cp, e.getValue()});
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    u16(out, 12);
    u16(out, 0);
    u32(out, 16 + 12 * groups.size());
    u32(out, 0);
    u32(out, groups.size());
    for (int[] g : groups) {
      u32(out, g[0]);
      u32(out, g[1]);
      u32(out, g[2]);
    }
    return out.toByteArray();
  }

  /** {@code post} format 3: the same metrics, no glyph names. */
  private static byte[] post(byte[] post) {
    byte[] out = new byte[32];
    System.arraycopy(post, 0, out, 0, Math.min(16, post.length));
    putU32(out, 0, 0x00030000);
    return out;
  }

  /**
   * The naming table with the family, full, PostScript and unique names made from {@code family}
   * and the font's own subfamily; the typographic and WWS names that repeat the family are left
   * out; every other record (copyright, licence, trademark, designer, version) kept. Windows
   * Unicode records only, which is what reading systems read.
   */
  private static byte[] name(TableBytes name, String family) throws IOException {
    // Kept records stay as stored (UTF-16BE bytes); only the two subfamily names are decoded.
    TreeMap<Integer, byte[]> raw = new TreeMap<>();
    if (name != null) {
      int count = name.u16(2);
      int strings = name.u16(4);
      for (int i = 0; i < count; i++) {
        int r = 6 + 12 * i;
        if (name.u16(r) != 3 || name.u16(r + 2) != 1 || name.u16(r + 4) != 0x409) continue;
        raw.put(name.u16(r + 6), name.copy(strings + name.u16(r + 10), name.u16(r + 8)));
      }
    }
    TreeMap<Integer, String> records = new TreeMap<>();
    for (int id : List.of(2, 17)) {
      if (raw.containsKey(id)) records.put(id, new String(raw.get(id), StandardCharsets.UTF_16BE));
    }
    String subfamily = records.getOrDefault(17, records.getOrDefault(2, "Regular"));
    String style = records.getOrDefault(2, "Regular");
    for (int id : List.of(16, 17, 18, 20, 21, 22, 25)) raw.remove(id);
    raw.put(1, utf16(family));
    raw.put(2, utf16(style));
    raw.put(4, utf16(family + " " + subfamily));
    String postScript = (family + "-" + subfamily).replaceAll("[^A-Za-z0-9-]", "");
    raw.put(6, utf16(postScript));
    raw.put(3, utf16(postScript + "; a subset made by Sazba"));
    ByteArrayOutputStream strings = new ByteArrayOutputStream();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    u16(out, 0);
    u16(out, raw.size());
    u16(out, 6 + 12 * raw.size());
    for (Map.Entry<Integer, byte[]> e : raw.entrySet()) {
      byte[] text = e.getValue();
      u16(out, 3);
      u16(out, 1);
      u16(out, 0x409);
      u16(out, e.getKey());
      u16(out, text.length);
      u16(out, strings.size());
      strings.writeBytes(text);
    }
    out.writeBytes(strings.toByteArray());
    return out.toByteArray();
  }

  private static byte[] utf16(String s) {
    return s.getBytes(StandardCharsets.UTF_16BE);
  }

  /**
   * A font file from tables: directory sorted by tag, tables 4-byte aligned, checksums set. The
   * file's checksum (for head's checkSumAdjustment) is the header and directory's plus every
   * table's: each table starts on a word and is padded with zeros, so its words are the file's.
   */
  private static byte[] assemble(Map<String, byte[]> tables) {
    int n = tables.size();
    int searchRange = 16 * Integer.highestOneBit(n);
    int size = 12 + 16 * n;
    for (byte[] data : tables.values()) size += (data.length + 3) & ~3;
    byte[] file = new byte[size];
    putU32(file, 0, 0x00010000);
    putU16(file, 4, n);
    putU16(file, 6, searchRange);
    putU16(file, 8, Integer.numberOfTrailingZeros(Integer.highestOneBit(n)));
    putU16(file, 10, 16 * n - searchRange);
    int offset = 12 + 16 * n;
    int record = 12;
    int headOffset = -1;
    long sum = 0;
    for (Map.Entry<String, byte[]> e : tables.entrySet()) {
      byte[] data = e.getValue();
      String tag = e.getKey();
      for (int i = 0; i < 4; i++) file[record + i] = (byte) tag.charAt(i);
      long tableSum = checksum(data);
      sum += tableSum;
      putU32(file, record + 4, (int) tableSum);
      putU32(file, record + 8, offset);
      putU32(file, record + 12, data.length);
      System.arraycopy(data, 0, file, offset, data.length);
      if (tag.equals("head")) headOffset = offset;
      offset += (data.length + 3) & ~3;
      record += 16;
    }
    sum += checksum(java.util.Arrays.copyOf(file, 12 + 16 * n));
    if (headOffset >= 0) putU32(file, headOffset + 8, (int) ((0xB1B0AFBAL - sum) & 0xFFFFFFFFL));
    return file;
  }

  private static long checksum(byte[] data) {
    // Whole big-endian words, the last one padded with zeros. This runs over every table, mostly
    // before the compiler has got to it, so the words are taken out in one bulk copy (a native
    // byte swap) and the interpreted loop only adds.
    int sum = 0;
    int whole = data.length & ~3;
    int[] words = new int[whole >>> 2];
    java.nio.ByteBuffer.wrap(data, 0, whole).asIntBuffer().get(words);
    for (int word : words) sum += word;
    if (whole < data.length) {
      int word = 0;
      for (int k = 0; k < 4; k++) word = word << 8 | (whole + k < data.length ? data[whole + k] & 0xFF : 0);
      sum += word;
    }
    return sum & 0xFFFFFFFFL;
  }

  private static void u16(ByteArrayOutputStream out, int v) {
    out.write(v >>> 8);
    out.write(v);
  }

  private static void u32(ByteArrayOutputStream out, int v) {
    u16(out, v >>> 16);
    u16(out, v & 0xFFFF);
  }

  private static void putU16(byte[] b, int at, int v) {
    b[at] = (byte) (v >>> 8);
    b[at + 1] = (byte) v;
  }

  private static void putU32(byte[] b, int at, int v) {
    putU16(b, at, v >>> 16);
    putU16(b, at + 2, v & 0xFFFF);
  }
}
