package cz.sazba.typeset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cz.sazba.font.FontSet;
import cz.sazba.font.FontStyle;
import cz.sazba.model.Lang;
import cz.sazba.typeset.ParagraphBuilder.Alignment;
import cz.sazba.typeset.linebreak.BreakParams;
import cz.sazba.typeset.linebreak.KnuthPlass;
import cz.sazba.typeset.linebreak.LineBreaks;
import cz.sazba.typeset.linebreak.LineWidths;
import cz.sazba.typeset.page.Glyph;
import cz.sazba.typeset.page.GlyphRun;
import cz.sazba.typeset.page.Sp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Where the setter puts a justified line's last mark must be where the breaker counted on: on
 * the right edge, less exactly what that mark may hang out. Checked to 64 sp (0.001 pt, the
 * rounding of letter-spacing), far tighter than the eye, so any disagreement between the
 * paragraph builder's widths and the setter's positions shows. Lines the breaker itself had to
 * accept as overfull or underfull are not held to it.
 */
class LineEdgeTest {
  static final long SIZE = Sp.of(10.5);
  static final int TRACKING = 8;

  /** A paragraph set as BlockLayout sets body text; returns its lines and the measure. */
  static List<SetLine> set(List<Run> runs, long width) {
    ParagraphItems items = ParagraphBuilder.build(runs, FontSet.bundled(), SIZE, 0, true, Alignment.JUSTIFIED, TRACKING);
    BreakParams params = BreakParams.defaults().withEmergencyStretch(Math.round(SIZE * 1.5));
    LineBreaks breaks = KnuthPlass.breakLines(items.items(), LineWidths.uniform(width), params);
    List<SetLine> lines = LineSetter.set(items, breaks, LineWidths.uniform(width), LineSetter.Placement.JUSTIFIED, TRACKING);
    // Only lines the breaker found good enough can be held to the edge: drop the rest.
    List<SetLine> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      var l = breaks.lines().get(i);
      boolean feasible = !l.overfull() && (l.ratio() <= 0 || breaks.pass() != cz.sazba.typeset.linebreak.Pass.OVERFULL);
      out.add(feasible || i == lines.size() - 1 ? lines.get(i) : null);
    }
    return out;
  }

  static Run run(String text, String lang) {
    return new Run(text, FontStyle.REGULAR, new Lang(lang), 1, false, 0, Optional.empty());
  }

  /** How far the line's last visible glyph ends from {@code width}, less its protrusion. */
  static long rightError(SetLine line, long width) {
    GlyphRun lastRun = null;
    Glyph last = null;
    for (GlyphRun r : line.runs()) {
      for (Glyph g : r.glyphs()) {
        if (!g.text().isBlank()) {
          lastRun = r;
          last = g;
        }
      }
    }
    long advance = Sp.scale(lastRun.face().advance(last.glyphId()), lastRun.size(), lastRun.face().unitsPerEm());
    int cp = last.text().codePointBefore(last.text().length());
    long hang = advance * Protrusion.right(cp) / 1000;
    return last.x() + advance - hang - width;
  }

  static String text(SetLine line) {
    StringBuilder s = new StringBuilder();
    for (GlyphRun r : line.runs()) s.append(r.text());
    return s.toString();
  }

  /** Every line but the last meets the edge; returns the worst error in sp. */
  static long worstError(List<SetLine> lines, long width, List<String> report) {
    long worst = 0;
    for (int i = 0; i < lines.size() - 1; i++) {
      if (lines.get(i) == null) continue;
      long e = rightError(lines.get(i), width);
      // A line with no word space (a piece of a URL) may fall short: only tracking could fill it.
      boolean canFill = text(lines.get(i)).contains(" ");
      if (e > 64 || e < -64 && canFill) report.add(String.format(java.util.Locale.ROOT, "%+.3f pt @%.0f: %s", Sp.toPoints(e), Sp.toPoints(width),
          text(lines.get(i))));
      worst = Math.max(worst, Math.abs(e));
    }
    return worst;
  }

  @Test
  void englishArticleLinesMeetTheEdge() throws Exception {
    List<String> report = new ArrayList<>();
    for (long width : new long[] {Sp.of(323), Sp.of(250), Sp.of(180)}) {
      for (String p : TestBooks.articleParagraphs()) worstError(set(List.of(run(p, "en-US")), width), width, report);
    }
    assertEquals(List.of(), report);
  }

  static final String CZECH = "Československo-sovětské vztahy byly rusko-německé i česko-slovenské; "
      + "politicko-hospodářská smlouva a vojensko-politická spolupráce, severo-jižní osa a sociálně-demokratická "
      + "strana, středo-evropská krize v letech 1938–1948 a pro-sovětská vláda, anglo-americká pomoc, "
      + "západo-evropské státy a východo-evropský blok, rusko-japonská válka a rakousko-uherská monarchie.";

  static final String MIXED = "See http://www.example.com/very/long/path/to/some/document-name_with~parts.html?query=value&other=thing "
      + "and https://cs.wikipedia.org/wiki/%C4%8Ceskoslovensko%E2%80%93sov%C4%9Btsk%C3%A9_vztahy for more, "
      + "a pro-Soviet and anti-German state, the east–west border, the 1945–1948 years; well-known long-standing "
      + "Soviet-backed post-war self-governing Czechoslovak-Soviet relations during 1918–1992.";

  /** The hyphen Czech repeats at a line's start widens that line: the breaker must count it. */
  @Test
  void czechLinesOpeningWithARepeatedHyphenMeetTheEdge() {
    List<String> report = new ArrayList<>();
    for (long width = Sp.of(120); width <= Sp.of(330); width += Sp.of(7)) {
      worstError(set(List.of(run(CZECH, "cs")), width), width, report);
    }
    assertEquals(List.of(), report);
  }

  /**
   * A long URL broken over lines: the letter-spacing the breaker counts on for a line must be
   * that of the glyphs on it, not the whole word's (which once made such lines stick out).
   */
  @Test
  void linesWithPiecesOfLongWordsMeetTheEdge() {
    List<String> report = new ArrayList<>();
    for (long width = Sp.of(120); width <= Sp.of(330); width += Sp.of(7)) {
      worstError(set(List.of(run(MIXED, "en-US")), width), width, report);
    }
    assertEquals(List.of(), report);
  }
}
