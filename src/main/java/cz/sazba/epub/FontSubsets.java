package cz.sazba.epub;

import cz.sazba.font.FontStyle;
import cz.sazba.font.FontSubset;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The EPUB's fonts as subsets ({@link FontSubset}) of the characters the book's documents hold,
 * renamed: a subset is a Modified Version under the SIL Open Font License, which may not carry a
 * Reserved Font Name (docs/epub.md, "Fonts").
 */
final class FontSubsets {
  /** The family every subset text face is declared under, in the font and in the style sheet. */
  static final String FAMILY = "Sazba Text";

  /**
   * Characters a reading system may set although no document holds them: printable ASCII (list
   * numbers, generated content, the markup of the documents itself), the no-break space, the
   * soft and hard hyphens it inserts when it hyphenates, the em space and asterisks of the scene
   * break the style sheet draws, quotes, dashes and the ellipsis.
   */
  private static final String EXTRA = "\u00A0\u00AD\u2010\u2011\u2003\u2013\u2014\u2018\u2019\u201C\u201D\u2026\u2022";

  private FontSubsets() {}

  /** Every code point of the documents' texts, plus {@link #EXTRA} and printable ASCII. */
  static Set<Integer> codePoints(List<String> texts) {
    // A plain loop into bits: a book's documents are megabytes of characters but a few hundred
    // distinct ones, and boxing each into a sorted set was half of a long book's EPUB time. The
    // characters are copied out in blocks and their bits set inline: a cold start runs this in
    // the interpreter, where a charAt and a BitSet.set a character cost several calls each.
    long[] bmp = new long[1 << 10]; // the basic plane, a bit a character
    java.util.BitSet supplementary = null;
    for (int c = 0x20; c < 0x7F; c++) bmp[c >>> 6] |= 1L << c;
    for (int i = 0; i < EXTRA.length(); i++) bmp[EXTRA.charAt(i) >>> 6] |= 1L << EXTRA.charAt(i);
    char[] block = new char[8192];
    for (String text : texts) {
      int n = text.length();
      for (int start = 0; start < n; ) {
        int end = Math.min(n, start + block.length);
        // A block never ends between the halves of a pair: one ending in a high surrogate leaves it to the next.
        if (end < n && Character.isHighSurrogate(text.charAt(end - 1))) end--;
        text.getChars(start, end, block, 0);
        int length = end - start;
        for (int i = 0; i < length; i++) {
          char c = block[i];
          if (c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE) {
            if (c >= 0x20) bmp[c >>> 6] |= 1L << c;
          } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(block[i + 1])) {
            if (supplementary == null) supplementary = new java.util.BitSet();
            supplementary.set(Character.toCodePoint(c, block[++i]));
          } else {
            bmp[c >>> 6] |= 1L << c; // a surrogate on its own, as the text has it
          }
        }
        start = end;
      }
    }
    Set<Integer> cps = new TreeSet<>();
    for (int word = 0; word < bmp.length; word++) {
      for (long bits = bmp[word]; bits != 0; bits &= bits - 1) cps.add((word << 6) + Long.numberOfTrailingZeros(bits));
    }
    if (supplementary != null) {
      for (int c = supplementary.nextSetBit(0); c >= 0; c = supplementary.nextSetBit(c + 1)) cps.add(c);
    }
    return cps;
  }

  /**
   * Recent subsets by font bytes and characters: a rebuild (watch mode, a batch of books in one
   * face) whose text uses the same characters gets the same bytes without cutting them again. The
   * result depends on nothing else, so the cache cannot change what is written.
   */
  private static final Map<CacheKey, Cut> CACHE = java.util.Collections.synchronizedMap(
      new java.util.LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<CacheKey, Cut> eldest) {
          return size() > 16;
        }
      });

  /** A font by its bytes ({@link EpubFont#content()}), the family and the characters. */
  private record CacheKey(EpubFont.Content font, String family, Set<Integer> codePoints) {
    CacheKey {
      codePoints = Set.copyOf(codePoints);
    }

    // equals and hashCode written out as a record's would be: see model.Lang.equals.
    @Override
    public boolean equals(Object o) {
      return o == this
          || o instanceof CacheKey k && java.util.Objects.equals(font, k.font) && java.util.Objects.equals(family, k.family)
              && java.util.Objects.equals(codePoints, k.codePoints);
    }

    @Override
    public int hashCode() {
      int h = java.util.Objects.hashCode(font);
      h = 31 * h + java.util.Objects.hashCode(family);
      return 31 * h + java.util.Objects.hashCode(codePoints);
    }
  }

  /** The family the fallback subset is declared under: a renamed subset, as the Vera licence asks. */
  static final String FALLBACK_FAMILY = "Sazba Fallback";

  /** The file name of the fallback subset inside the EPUB's {@code fonts/} folder. */
  static final String FALLBACK_FILE = "fallback.ttf";

  /** A subset's bytes and the code points it has glyphs for. */
  private record Cut(byte[] data, Set<Integer> codePoints) {}

  /** What the EPUB embeds: the text faces' subsets, in the order given, and the fallback's if any. */
  record Embedded(List<EpubFont> text, java.util.Optional<EpubFont> fallback) {}

  /**
   * The text faces cut to {@code codePoints}, and the fallback face cut to those of them that
   * some text face lacks (the reading system then looks for them in the next family of the
   * body's chain); no fallback when every text face has them all or the fallback has none of
   * them, so a book that needs no fallback embeds none.
   */
  static Embedded subset(List<EpubFont> fonts, java.util.function.Supplier<java.util.Optional<EpubFont>> fallbackFont,
      Set<Integer> codePoints) {
    List<EpubFont> out = new ArrayList<>();
    Set<Integer> missing = new TreeSet<>();
    for (EpubFont f : fonts) {
      String style = styleName(f.style());
      Cut cut = cut(f, codePoints, FAMILY);
      out.add(EpubFont.owning(FAMILY, f.style(), "text-" + style + ".ttf", cut.data()));
      if (cut.codePoints().size() < codePoints.size()) {
        for (int cp : codePoints) if (!cut.codePoints().contains(cp)) missing.add(cp);
      }
    }
    // With no text face embedded the reading system's own fonts serve, and no fallback is needed.
    if (missing.isEmpty()) return new Embedded(out, java.util.Optional.empty());
    java.util.Optional<EpubFont> fallback = fallbackFont.get();
    if (fallback.isEmpty()) return new Embedded(out, java.util.Optional.empty());
    Cut cut = cut(fallback.get(), missing, FALLBACK_FAMILY);
    if (cut.codePoints().isEmpty()) return new Embedded(out, java.util.Optional.empty());
    return new Embedded(out,
        java.util.Optional.of(EpubFont.owning(FALLBACK_FAMILY, FontStyle.REGULAR, FALLBACK_FILE, cut.data())));
  }

  private static Cut cut(EpubFont f, Set<Integer> codePoints, String family) {
    try {
      CacheKey key = new CacheKey(f.content(), family, codePoints);
      Cut subset = CACHE.get(key);
      if (subset == null) {
        FontSubset.Result r = FontSubset.subset(f.fileName(), f.bytes(), codePoints, family);
        subset = new Cut(r.data(), java.util.Collections.unmodifiableSet(r.codePoints()));
        CACHE.put(key, subset);
      }
      return subset;
    } catch (IOException e) {
      // The typesetter loaded the same bytes already, so a font that fails here is a bug.
      throw new UncheckedIOException("cannot subset " + f.fileName() + ": " + e.getMessage(), e);
    }
  }

  private static String styleName(FontStyle style) {
    return style.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
