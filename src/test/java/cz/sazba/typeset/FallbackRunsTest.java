package cz.sazba.typeset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import cz.sazba.font.FontFace;
import cz.sazba.font.FontSet;
import cz.sazba.font.FontStyle;
import cz.sazba.model.Layout;
import cz.sazba.model.Text;
import cz.sazba.source.Diagnostics;
import cz.sazba.typeset.LineSetter.Placement;
import cz.sazba.typeset.ParagraphBuilder.Alignment;
import cz.sazba.typeset.linebreak.Box;
import cz.sazba.typeset.page.GlyphRun;
import cz.sazba.typeset.page.Sp;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A word with a character the text face lacks: measured and set in runs of the face that has
 * each character, at the same size and on the same baseline, kerned only within a run.
 */
class FallbackRunsTest {
  private static final FontSet FONTS = FontSet.bundled();
  private static final FontFace GENTIUM = FONTS.face(FontStyle.REGULAR);
  private static final FontFace DEJAVU = FontSet.bundledFallback();
  private static final long SIZE = Sp.of(10.5);

  private static long width(FontFace face, String text) {
    return Sp.scale(face.shape(text, true).totalAdvance(), SIZE, face.unitsPerEm());
  }

  @Test
  void theBreakerMeasuresTheFallbackPieceWithItsOwnFacesMetrics() {
    ParagraphItems items = ParagraphBuilder.build(ParagraphBuilderTest.runs(List.of(new Text("To\u2610Vo", ParagraphBuilderTest.G))),
        FONTS, SIZE, 0, false, Alignment.RAGGED, 0);
    Box box = (Box) items.items().get(0);
    // "To" and "Vo" each kerned in Gentium; nothing kerns across the box from DejaVu Sans.
    assertEquals(width(GENTIUM, "To") + width(DEJAVU, "\u2610") + width(GENTIUM, "Vo"), box.width());
  }

  @Test
  void theLineHoldsARunPerFaceOnOneBaseline() {
    TextSetter setter = new TextSetter(FONTS, PageDesign.of(Layout.defaults()), new Diagnostics());
    List<SetLine> lines = setter.setText(ParagraphBuilderTest.runs(List.of(new Text("a \u2610 done", ParagraphBuilderTest.G))),
        SIZE, Sp.of(323), 0, Alignment.RAGGED, Placement.LEFT, false);
    assertEquals(1, lines.size());
    List<GlyphRun> runs = lines.get(0).runs();
    assertEquals(List.of("a ", "\u2610", " done"), runs.stream().map(GlyphRun::text).toList());
    assertSame(GENTIUM, runs.get(0).face());
    assertSame(DEJAVU, runs.get(1).face());
    assertSame(GENTIUM, runs.get(2).face());
    for (GlyphRun r : runs) {
      assertEquals(SIZE, r.size());
      assertEquals(runs.get(0).baseline(), r.baseline());
    }
    // The space after the box starts where DejaVu Sans's advance of the box ends.
    long boxX = runs.get(1).glyphs().get(0).x();
    assertEquals(boxX + width(DEJAVU, "\u2610"), runs.get(2).glyphs().get(0).x());
  }

  @Test
  void aSingleLineOfGeneratedTextFallsBackToo() {
    TextSetter setter = new TextSetter(FONTS, PageDesign.of(Layout.defaults()), new Diagnostics());
    SetLine line = setter.singleLine("\u2605 1", FontStyle.BOLD, SIZE, cz.sazba.typeset.page.Tag.artifact(
        cz.sazba.typeset.page.Artifact.LAYOUT));
    assertEquals(List.of(DEJAVU, FONTS.face(FontStyle.BOLD)), line.runs().stream().map(GlyphRun::face).toList());
    assertEquals(width(DEJAVU, "\u2605") + width(FONTS.face(FontStyle.BOLD), " 1"), TextSetter.width(line));
  }
}
