package cz.sazba.font;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link PairKerning#among}, which asks only the pairs a glyph may start, finds exactly the pairs
 * that asking every pair of a set finds (the way {@link CompactLayout#gpos} found them before),
 * so a subset's GPOS is the same bytes: on the bundled faces with random sets of glyphs, and on a
 * {@code kern} table.
 */
class KerningPairsTest {
  /** The kerning asked of every pair: {@link PairKerning}'s own {@code among}. */
  private static PairKerning everyPair(PairKerning k) {
    return new PairKerning() {
      @Override
      int get(int left, int right) {
        return k.get(left, right);
      }
    };
  }

  /** A font's tables by tag, from its table directory. */
  private static Map<String, TableBytes> tables(byte[] font) throws Exception {
    TableBytes file = new TableBytes("directory", font);
    Map<String, TableBytes> tables = new HashMap<>();
    for (int i = 0; i < file.u16(4); i++) {
      int record = 12 + 16 * i;
      int offset = file.u32(record + 8);
      int length = file.u32(record + 12);
      byte[] table = new byte[length];
      System.arraycopy(font, offset, table, 0, length);
      tables.put(file.tag4(record), new TableBytes(file.tag4(record), table));
    }
    return tables;
  }

  /** Random glyph sets: the glyphs of random characters of the faces' range, and some random glyph ids. */
  private static List<BitSet> randomSets(FontFace face, int glyphCount, long seed) {
    Random random = new Random(seed);
    List<BitSet> sets = new ArrayList<>();
    for (int round = 0; round < 40; round++) {
      BitSet kept = new BitSet();
      kept.set(0);
      int characters = random.nextInt(400);
      for (int i = 0; i < characters; i++) {
        int cp = random.nextInt(4) == 0 ? 0x20 + random.nextInt(0x5E) : 0x20 + random.nextInt(0x2100);
        int glyph = face.glyphId(cp);
        if (glyph > 0 && glyph < glyphCount) kept.set(glyph);
      }
      int ids = random.nextInt(60);
      for (int i = 0; i < ids; i++) kept.set(random.nextInt(glyphCount));
      if (round == 0) kept.set(0, glyphCount); // every glyph
      sets.add(kept);
    }
    return sets;
  }

  @Test
  void aSubsetsKerningIsTheSameAsAskingEveryPair() throws Exception {
    List<FontFace> faces = new ArrayList<>();
    for (FontStyle style : FontStyle.values()) faces.add(FontSet.bundled().face(style));
    faces.add(FontSet.bundledFallback());
    long seed = 1;
    for (FontFace face : faces) {
      Map<String, TableBytes> t = tables(face.data());
      int glyphCount = t.get("maxp").u16(4);
      CompactLayout layout = CompactLayout.read(t.get("GSUB"), t.get("GPOS"), t.get("kern"), t.get("GDEF"), glyphCount);
      assertTrue(layout.kerning() != PairKerning.NONE, face.name() + " kerns");
      CompactLayout reference = layout.withKerning(everyPair(layout.kerning()));
      int kerned = 0;
      for (BitSet kept : randomSets(face, glyphCount, seed++)) {
        byte[] expected = reference.gpos(kept);
        assertArrayEquals(expected, layout.gpos(kept), face.name() + " " + kept.cardinality() + " glyphs");
        if (expected != null) kerned++;
      }
      assertTrue(kerned > 30, face.name() + ": " + kerned + " sets kern");
    }
  }

  @Test
  void aKernTableGivesThePairsAskingEveryPairGives() throws Exception {
    Random random = new Random(5);
    int glyphCount = 700;
    // A Microsoft kern table, version 0, one horizontal format 0 subtable, pairs sorted by key.
    java.util.TreeMap<Integer, Integer> pairs = new java.util.TreeMap<>();
    for (int i = 0; i < 3000; i++) {
      pairs.put(random.nextInt(glyphCount) << 16 | random.nextInt(glyphCount), random.nextInt(5) == 0 ? 0 : random.nextInt(401) - 200);
    }
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    u16(b, 0);
    u16(b, 1);
    u16(b, 0);
    u16(b, (14 + 6 * pairs.size()) & 0xFFFF);
    u16(b, 0x0001);
    u16(b, pairs.size());
    u16(b, 0);
    u16(b, 0);
    u16(b, 0);
    pairs.forEach((key, value) -> {
      u16(b, key >>> 16);
      u16(b, key & 0xFFFF);
      u16(b, value);
    });
    PairKerning kern = KernTableKerning.read(new TableBytes("kern", b.toByteArray()));
    assertNotNull(kern);
    for (int round = 0; round < 30; round++) {
      BitSet set = new BitSet();
      int n = random.nextInt(glyphCount);
      for (int i = 0; i < n; i++) set.set(random.nextInt(glyphCount));
      PairKerning.Among fast = kern.among(set);
      PairKerning.Among every = everyPair(kern).among(set);
      for (int left = 0; left < glyphCount; left++) {
        assertArrayEquals(every.pairs(left), fast.pairs(left), "glyph " + left);
      }
    }
  }

  private static void u16(ByteArrayOutputStream b, int v) {
    b.write(v >>> 8);
    b.write(v);
  }
}
