package cz.sazba.typeset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cz.sazba.font.FontSet;
import cz.sazba.model.Layout;
import cz.sazba.model.Text;
import cz.sazba.source.Span;
import cz.sazba.typeset.LineSetter.Placement;
import cz.sazba.typeset.ParagraphBuilder.Alignment;
import cz.sazba.typeset.linebreak.BreakParams;
import cz.sazba.typeset.linebreak.KnuthPlass;
import cz.sazba.typeset.linebreak.LineBreaks;
import cz.sazba.typeset.linebreak.LineWidths;
import cz.sazba.typeset.linebreak.Pass;
import cz.sazba.typeset.page.GlyphRun;
import cz.sazba.typeset.page.Sp;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A path too long for its line breaks between segments, with nothing added, and reads back whole. */
class TokenLinesTest {
  private static final String PATH = "/usr/share/texlive/texmf-dist/tex/latex/microtype/microtype-xetex.def";

  @Test
  void aPathWiderThanTheLineBreaksBetweenItsSegments() {
    String text = "The file " + PATH + " holds the settings.";
    List<Run> runs = ParagraphBuilderTest.runs(List.of(new Text(text, Span.GENERATED)));
    long size = Sp.of(10.5);
    long width = Sp.of(160);
    PageDesign style = PageDesign.of(Layout.defaults());
    ParagraphItems items = ParagraphBuilder.build(runs, FontSet.bundled(), size, 0, true, Alignment.JUSTIFIED, 8);
    LineBreaks breaks = KnuthPlass.breakLines(items.items(), LineWidths.uniform(width),
        ParagraphBuilder.breakParams(style, size, Alignment.JUSTIFIED));
    assertTrue(breaks.overfullLines().isEmpty(), breaks.toString());
    assertTrue(breaks.pass().compareTo(Pass.SEGMENTS) >= 0, "only once the paragraph needs it: " + breaks.pass());
    List<SetLine> lines = LineSetter.set(items, breaks, LineWidths.uniform(width), Placement.JUSTIFIED, 8);
    StringBuilder all = new StringBuilder();
    boolean sawWhole = false;
    for (SetLine line : lines) {
      StringBuilder s = new StringBuilder();
      for (GlyphRun r : line.runs()) {
        s.append(r.text());
        if (r.actualText().isPresent() && r.actualText().get().equals(PATH)) sawWhole = true;
      }
      String t = s.toString().strip();
      String last = t.substring(t.lastIndexOf(' ') + 1);
      if (last.startsWith("/")) {
        assertTrue(PATH.contains(last) && !last.endsWith("-"), "a piece of the path, no hyphen added: " + t);
      }
      all.append(t);
    }
    // Nothing added or lost: the lines hold the path exactly, and its first piece reads as all of it.
    assertTrue(all.toString().contains(PATH), all.toString());
    assertTrue(sawWhole, "ActualText of the broken path is the whole path");
  }

  @Test
  void aPathThatFitsIsNotBroken() {
    String text = "Keys live in /usr/share/keyrings/ and nowhere else, which is why an administrator "
        + "who adds a key by hand puts it in another directory of its own.";
    for (String line : ParagraphBuilderTest.lines(new Text(text, Span.GENERATED))) {
      assertFalse(line.strip().endsWith("/usr") || line.strip().endsWith("/share"), line);
    }
  }

  @Test
  void defaultsWithoutTheLastLineRuleAreTexs() {
    assertEquals(BreakParams.LastLine.NONE, BreakParams.defaults().lastLine());
  }
}
