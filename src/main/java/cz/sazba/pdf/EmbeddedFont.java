package cz.sazba.pdf;

import cz.sazba.font.FontFace;
import cz.sazba.font.FontSubset;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;

/**
 * One face embedded as a subset: a Type0 font with Identity-H encoding over a CIDFontType2 whose
 * CIDs are the subset's own glyph ids (CIDToGIDMap /Identity).
 *
 * <p>We do not use PDFBox's {@code PDType0Font}: it subsets by code point and runs GSUB itself,
 * so a ligature we chose would lose its Unicode mapping, and we place every glyph ourselves.
 */
final class EmbeddedFont {
  private final String resourceName;
  /**
   * The CID of each original glyph id, -1 for a glyph not in the subset: an array, not a map,
   * because every glyph of every page is looked up here (twice, before it was an array).
   */
  private final int[] cidByGlyph;
  /** Advance of each CID in thousandths of glyph space units (1/1000 em). */
  private final long[] widthMilliByCid;
  private final COSDictionary type0;

  private EmbeddedFont(String resourceName, int[] cidByGlyph, long[] widthMilliByCid, COSDictionary type0) {
    this.resourceName = resourceName;
    this.cidByGlyph = cidByGlyph;
    this.widthMilliByCid = widthMilliByCid;
    this.type0 = type0;
  }

  /**
   * Subsets {@code face} to the glyphs in {@code textByGlyph} and builds the font objects. The
   * program keeps head, hhea, maxp, loca, glyf, hmtx and the hinting tables (cvt, fpgm, prep,
   * gasp); cmap, name, OS/2 and post are not used by a PDF's CIDFontType2 ({@link FontSubset#byGlyphs}).
   */
  static EmbeddedFont embed(COSDocument doc, String resourceName, FontFace face, SortedMap<Integer, String> textByGlyph)
      throws IOException {
    String tag = subsetTag(face.postScriptName(), textByGlyph.keySet());
    String baseFont = tag + "+" + face.postScriptName();

    FontSubset.ByGlyphs subset = subset(face, textByGlyph.keySet());

    int unitsPerEm = face.unitsPerEm();
    int count = subset.glyphCount();
    int maxGlyph = subset.old(count - 1);
    int[] cidByGlyph = new int[maxGlyph + 1];
    java.util.Arrays.fill(cidByGlyph, -1);
    // New ids run 0..n-1 in the order of the original ids, so the widths are indexed by CID and
    // one width list starting at CID 0 covers them all.
    long[] widths = new long[count];
    COSArray widthList = new COSArray();
    for (int cid = 0; cid < count; cid++) {
      int old = subset.old(cid);
      cidByGlyph[old] = cid;
      long width = PdfNumbers.glyphSpaceMilli(face.advance(old), unitsPerEm);
      widths[cid] = width;
      widthList.add(PdfNumbers.cosMilli(width));
    }
    COSArray w = new COSArray();
    w.add(COSInteger.ZERO);
    w.add(widthList);

    SortedMap<Integer, String> textByCid = new TreeMap<>();
    for (Map.Entry<Integer, String> e : textByGlyph.entrySet()) {
      textByCid.put(cidByGlyph[e.getKey()], e.getValue());
    }

    COSDictionary descriptor = descriptor(doc, face, baseFont, unitsPerEm, subset.program());

    COSDictionary systemInfo = new COSDictionary();
    systemInfo.setItem(COSName.REGISTRY, new COSString("Adobe"));
    systemInfo.setItem(COSName.ORDERING, new COSString("Identity"));
    systemInfo.setInt(COSName.SUPPLEMENT, 0);

    COSDictionary cidFont = new COSDictionary();
    cidFont.setItem(COSName.TYPE, COSName.FONT);
    cidFont.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE2);
    cidFont.setItem(COSName.BASE_FONT, COSName.getPDFName(baseFont));
    cidFont.setItem(COSName.CIDSYSTEMINFO, systemInfo);
    cidFont.setItem(COSName.FONT_DESC, descriptor);
    cidFont.setItem(COSName.W, w);
    cidFont.setItem(COSName.CID_TO_GID_MAP, COSName.IDENTITY);

    COSArray descendants = new COSArray();
    descendants.add(cidFont);
    COSDictionary type0 = new COSDictionary();
    type0.setItem(COSName.TYPE, COSName.FONT);
    type0.setItem(COSName.SUBTYPE, COSName.TYPE0);
    type0.setItem(COSName.BASE_FONT, COSName.getPDFName(baseFont));
    type0.setItem(COSName.ENCODING, COSName.IDENTITY_H);
    type0.setItem(COSName.DESCENDANT_FONTS, descendants);
    type0.setItem(COSName.TO_UNICODE, Streams.flate(doc, ToUnicodeCMap.write(textByCid)));

    return new EmbeddedFont(resourceName, cidByGlyph, widths, type0);
  }

  private record SubsetKey(FontFace face, List<Integer> glyphIds) {
    // equals and hashCode written out as a record's would be: see model.Lang.equals.
    @Override
    public boolean equals(Object o) {
      return o == this || o instanceof SubsetKey k && java.util.Objects.equals(face, k.face)
          && java.util.Objects.equals(glyphIds, k.glyphIds);
    }

    @Override
    public int hashCode() {
      return 31 * java.util.Objects.hashCode(face) + java.util.Objects.hashCode(glyphIds);
    }
  }

  /**
   * Recent subsets by face and glyph ids (the tag is a function of the two): a rebuild that uses
   * the same glyphs (watch mode, most edits) does not cut the font again. The program depends on
   * nothing else, so the cache cannot change a byte; the caller copies nothing out of it but into
   * a new stream.
   */
  private static final Map<SubsetKey, FontSubset.ByGlyphs> SUBSETS = java.util.Collections.synchronizedMap(
      new java.util.LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<SubsetKey, FontSubset.ByGlyphs> eldest) {
          return size() > 16;
        }
      });

  private static FontSubset.ByGlyphs subset(FontFace face, java.util.Set<Integer> glyphIds) throws IOException {
    SubsetKey key = new SubsetKey(face, List.copyOf(glyphIds));
    FontSubset.ByGlyphs cached = SUBSETS.get(key);
    if (cached != null) return cached;
    FontSubset.ByGlyphs made = face.subsetGlyphs(glyphIds);
    SUBSETS.put(key, made);
    return made;
  }

  private static COSDictionary descriptor(
      COSDocument doc, FontFace face, String baseFont, int unitsPerEm, byte[] program) throws IOException {
    COSStream file = Streams.flate(doc, program);
    file.setInt(COSName.LENGTH1, program.length);

    int[] box = face.boundingBox();
    COSArray bbox = new COSArray();
    for (int v : box) bbox.add(PdfNumbers.cosMilli(PdfNumbers.glyphSpaceMilli(v, unitsPerEm)));

    boolean italic = face.italicAngle() != 0;
    // Symbolic (4): the glyphs are addressed by CID, not by a standard encoding.
    int flags = 4 | (italic ? 64 : 0);

    COSDictionary d = new COSDictionary();
    d.setItem(COSName.TYPE, COSName.FONT_DESC);
    d.setItem(COSName.FONT_NAME, COSName.getPDFName(baseFont));
    d.setInt(COSName.FLAGS, flags);
    d.setItem(COSName.FONT_BBOX, bbox);
    d.setItem(COSName.ITALIC_ANGLE, PdfNumbers.cosMilli(Math.round(face.italicAngle() * 1000)));
    d.setItem(COSName.ASCENT, PdfNumbers.cosMilli(PdfNumbers.glyphSpaceMilli(face.ascender(), unitsPerEm)));
    d.setItem(COSName.DESCENT, PdfNumbers.cosMilli(PdfNumbers.glyphSpaceMilli(face.descender(), unitsPerEm)));
    d.setItem(COSName.CAP_HEIGHT, PdfNumbers.cosMilli(PdfNumbers.glyphSpaceMilli(face.capHeight(), unitsPerEm)));
    d.setItem(COSName.STEM_V, PdfNumbers.cosMilli(PdfNumbers.glyphSpaceMilli(face.stemV(), unitsPerEm)));
    d.setItem(COSName.FONT_FILE2, file);
    return d;
  }

  /**
   * Six capital letters from a hash of the face and its glyph set: a different subset of the
   * same face gets a different tag, the same subset always the same one.
   */
  static String subsetTag(String postScriptName, Iterable<Integer> glyphIds) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(postScriptName.getBytes(StandardCharsets.UTF_8));
      for (int id : glyphIds) {
        sha.update(new byte[] {0, (byte) (id >>> 16), (byte) (id >>> 8), (byte) id});
      }
      byte[] digest = sha.digest();
      StringBuilder tag = new StringBuilder();
      for (int i = 0; i < 6; i++) tag.append((char) ('A' + (digest[i] & 0xff) % 26));
      return tag.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  String resourceName() {
    return resourceName;
  }

  COSDictionary dictionary() {
    return type0;
  }

  /** The CID (subset glyph id) that shows original glyph {@code glyphId}. */
  int cid(int glyphId) {
    int cid = glyphId >= 0 && glyphId < cidByGlyph.length ? cidByGlyph[glyphId] : -1;
    if (cid < 0) throw new IllegalStateException("glyph " + glyphId + " is not in the subset");
    return cid;
  }

  /** Advance of a CID in thousandths of the 1000-unit glyph space, as written in /W. */
  long widthMilli(int cid) {
    return widthMilliByCid[cid];
  }

}
