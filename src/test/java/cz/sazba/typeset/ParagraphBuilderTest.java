package cz.sazba.typeset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cz.sazba.font.FontSet;
import cz.sazba.font.FontStyle;
import cz.sazba.model.Foreign;
import cz.sazba.model.Inline;
import cz.sazba.model.Lang;
import cz.sazba.model.Layout;
import cz.sazba.model.LineBreak;
import cz.sazba.model.Text;
import cz.sazba.source.Diagnostics;
import cz.sazba.source.Span;
import cz.sazba.typeset.LineSetter.Placement;
import cz.sazba.typeset.ParagraphBuilder.Alignment;
import cz.sazba.typeset.ParagraphItems.BoxContent;
import cz.sazba.typeset.ParagraphItems.BreakContent;
import cz.sazba.typeset.page.GlyphRun;
import cz.sazba.typeset.page.Sp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Words, pieces and breaks of a paragraph, seen through the lines they make. */
class ParagraphBuilderTest {
  static final Span G = Span.GENERATED;
  static final Lang EN = new Lang("en-US");

  static List<Run> runs(List<Inline> content) {
    return InlineFlattener.flatten(content, FontStyle.REGULAR, EN, 0, new StructureTree());
  }

  /** The paragraph's lines as text, set justified on a 323 pt measure. */
  static List<String> lines(Inline... content) {
    TextSetter layout = new TextSetter(FontSet.bundled(), PageDesign.of(Layout.defaults()), new Diagnostics());
    List<String> out = new ArrayList<>();
    for (SetLine l : layout.setText(runs(List.of(content)), Sp.of(10.5), Sp.of(323), 0, Alignment.JUSTIFIED,
        Placement.JUSTIFIED, true)) {
      StringBuilder s = new StringBuilder();
      for (GlyphRun r : l.runs()) s.append(r.text());
      out.add(s.toString());
    }
    return out;
  }

  @Test
  void aLineBreakAtTheStartOrEndMakesNoEmptyLine() {
    assertEquals(List.of("Hello world."), lines(new LineBreak(G), new Text("Hello world.", G)));
    assertEquals(List.of("Hello world."), lines(new Text("Hello world.", G), new LineBreak(G)));
  }

  @Test
  void spacesBeforeALineBreakGo() {
    assertEquals(List.of("Hello world.", "Next line"),
        lines(new Text("Hello world. ", G), new LineBreak(G), new Text(" Next line", G)));
  }

  /** The boxes of the paragraph as text, a "|" after each one that may break. */
  static List<String> boxes(Inline... content) {
    ParagraphItems p = ParagraphBuilder.build(runs(List.of(content)), FontSet.bundled(), Sp.of(10.5), 0, true,
        Alignment.JUSTIFIED, 8);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < p.items().size(); i++) {
      if (p.contents().get(i) instanceof BoxContent b) {
        StringBuilder s = new StringBuilder();
        for (ParagraphItems.Slice sl : b.slices()) {
          for (int g = sl.from(); g < sl.to(); g++) s.append(sl.piece().shaped().clusterText(g));
        }
        out.add(s.toString());
      } else if (p.contents().get(i) instanceof BreakContent) {
        out.set(out.size() - 1, out.get(out.size() - 1) + "|");
      }
    }
    return out;
  }

  /** Quotation marks outside a Czech passage do not make its first word English. */
  @Test
  void aWordTakesTheLanguageOfItsFirstLetter() {
    assertEquals(List.of("\u201CSo|", "vět|", "ským\u201D"),
        boxes(new Text("\u201C", G), new Foreign(new Lang("cs"), List.of(new Text("Sovětským", G)), G), new Text("\u201D", G)));
  }
}
