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
    Set<Integer> cps = new TreeSet<>();
    for (int c = 0x20; c < 0x7F; c++) cps.add(c);
    EXTRA.codePoints().forEach(cps::add);
    for (String text : texts) text.codePoints().filter(c -> c >= 0x20).forEach(cps::add);
    return cps;
  }

  /**
   * Recent subsets by font bytes and characters: a rebuild (watch mode, a batch of books in one
   * face) whose text uses the same characters gets the same bytes without cutting them again. The
   * result depends on nothing else, so the cache cannot change what is written.
   */
  private static final Map<CacheKey, EpubFont> CACHE = java.util.Collections.synchronizedMap(
      new java.util.LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<CacheKey, EpubFont> eldest) {
          return size() > 16;
        }
      });

  /** A font by its bytes' SHA-256 (computed once per font, see {@link EpubFont#sha256()}), and the characters. */
  private record CacheKey(String fontSha256, FontStyle style, Set<Integer> codePoints) {
    CacheKey {
      codePoints = Set.copyOf(codePoints);
    }
  }

  static List<EpubFont> subset(List<EpubFont> fonts, Set<Integer> codePoints) {
    List<EpubFont> out = new ArrayList<>();
    for (EpubFont f : fonts) {
      String style = styleName(f.style());
      try {
        CacheKey key = new CacheKey(f.sha256(), f.style(), codePoints);
        EpubFont subset = CACHE.get(key);
        if (subset == null) {
          subset = EpubFont.owning(FAMILY, f.style(), "text-" + style + ".ttf",
              FontSubset.subset(f.fileName(), f.bytes(), codePoints, FAMILY).data());
          CACHE.put(key, subset);
        }
        out.add(subset);
      } catch (IOException e) {
        // The typesetter loaded the same bytes already, so a font that fails here is a bug.
        throw new UncheckedIOException("cannot subset " + f.fileName() + ": " + e.getMessage(), e);
      }
    }
    return out;
  }

  private static String styleName(FontStyle style) {
    return style.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
