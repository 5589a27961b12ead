package cz.sazba.pdf;

import cz.sazba.font.FontFace;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
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
  /** The tables a PDF TrueType font program needs; cmap, name, OS/2 and post are not used. */
  private static final List<String> KEPT_TABLES =
      List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx", "fpgm", "gasp");

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

  /** Subsets {@code face} to the glyphs in {@code textByGlyph} and builds the font objects. */
  static EmbeddedFont embed(COSDocument doc, String resourceName, FontFace face, SortedMap<Integer, String> textByGlyph)
      throws IOException {
    // The face's own fontbox parse (made when the font was loaded), one PDF at a time.
    return face.withFontBox(ttf -> embed(doc, resourceName, face, textByGlyph, ttf));
  }

  private static EmbeddedFont embed(COSDocument doc, String resourceName, FontFace face,
      SortedMap<Integer, String> textByGlyph, TrueTypeFont ttf) throws IOException {
    String tag = subsetTag(face.postScriptName(), textByGlyph.keySet());
    String baseFont = tag + "+" + face.postScriptName();

    Subset subset = subset(face, ttf, tag, textByGlyph.keySet());
    Map<Integer, Integer> oldByNew = subset.oldByNew();

    int unitsPerEm = ttf.getUnitsPerEm();
    int maxGlyph = 0;
    for (int old : oldByNew.values()) maxGlyph = Math.max(maxGlyph, old);
    int[] cidByGlyph = new int[maxGlyph + 1];
    java.util.Arrays.fill(cidByGlyph, -1);
    // New ids run 0..n-1 without gaps (see below), so the widths are indexed by CID.
    long[] widths = new long[oldByNew.size()];
    COSArray widthList = new COSArray();
    for (Map.Entry<Integer, Integer> e : oldByNew.entrySet()) {
      if (e.getKey() != widthList.size()) throw new IllegalStateException("the subset's glyph ids have a gap");
      cidByGlyph[e.getValue()] = e.getKey();
      long width = PdfNumbers.glyphSpaceMilli(ttf.getAdvanceWidth(e.getValue()), unitsPerEm);
      widths[e.getKey()] = width;
      widthList.add(PdfNumbers.cosMilli(width));
    }
    // New ids run 0..n-1 without gaps, so one width list starting at CID 0 covers them all.
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

  /** A cut font program and its new glyph id → original glyph id (composite glyphs pull in their components). */
  private record Subset(byte[] program, Map<Integer, Integer> oldByNew) {}

  private record SubsetKey(FontFace face, List<Integer> glyphIds) {}

  /**
   * Recent subsets by face and glyph ids (the tag is a function of the two): a rebuild that uses
   * the same glyphs (watch mode, most edits) does not cut the font again. The program depends on
   * nothing else, so the cache cannot change a byte; the caller copies nothing out of it but into
   * a new stream.
   */
  private static final Map<SubsetKey, Subset> SUBSETS = java.util.Collections.synchronizedMap(
      new java.util.LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<SubsetKey, Subset> eldest) {
          return size() > 16;
        }
      });

  private static Subset subset(FontFace face, TrueTypeFont ttf, String tag, java.util.Set<Integer> glyphIds)
      throws IOException {
    SubsetKey key = new SubsetKey(face, List.copyOf(glyphIds));
    Subset cached = SUBSETS.get(key);
    if (cached != null) return cached;
    TTFSubsetter subsetter = new TTFSubsetter(ttf, KEPT_TABLES);
    subsetter.setPrefix(tag + "+");
    subsetter.addGlyphIds(glyphIds);
    Map<Integer, Integer> oldByNew = java.util.Collections.unmodifiableMap(new TreeMap<>(subsetter.getGIDMap()));
    ByteArrayOutputStream program = new ByteArrayOutputStream();
    subsetter.writeToStream(program);
    Subset made = new Subset(program.toByteArray(), oldByNew);
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
