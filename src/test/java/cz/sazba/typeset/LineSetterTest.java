package cz.sazba.typeset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cz.sazba.font.FontSet;
import cz.sazba.font.FontStyle;
import cz.sazba.model.Lang;
import cz.sazba.typeset.ParagraphBuilder.Alignment;
import cz.sazba.typeset.ParagraphItems.BreakContent;
import cz.sazba.typeset.linebreak.Glue;
import cz.sazba.typeset.linebreak.Item;
import cz.sazba.typeset.linebreak.Line;
import cz.sazba.typeset.linebreak.LineBreaks;
import cz.sazba.typeset.linebreak.LineWidths;
import cz.sazba.typeset.linebreak.Pass;
import cz.sazba.typeset.linebreak.Penalty;
import cz.sazba.typeset.page.GlyphRun;
import cz.sazba.typeset.page.Sp;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the line setter draws at chosen breaks: hyphens, repeated hyphens, ActualText. */
class LineSetterTest {
  private static final long SIZE = Sp.of(10.5);

  private static ParagraphItems items(String text, String lang) {
    Run run = new Run(text, FontStyle.REGULAR, new Lang(lang), 1, false, 0, Optional.empty());
    return ParagraphBuilder.build(List.of(run), FontSet.bundled(), SIZE, 0, true, Alignment.JUSTIFIED, 8);
  }

  /** Breaks the paragraph at its first in-word break of the given kind, and at its end. */
  private static List<SetLine> breakAt(ParagraphItems p, BreakKind kind) {
    int at = -1;
    for (int i = 0; i < p.items().size() && at < 0; i++) {
      if (p.contents().get(i) instanceof BreakContent b && b.kind() == kind) at = i;
    }
    assertTrue(at > 0, "no " + kind + " break in the paragraph");
    int next = at + 1;
    int end = p.items().size() - 1;
    LineBreaks breaks = new LineBreaks(List.of(new Line(0, at, 0, true, false), new Line(next, end, 0, false, false)),
        Pass.SECOND);
    return LineSetter.set(p, breaks, LineWidths.uniform(Sp.of(400)), LineSetter.Placement.JUSTIFIED, 8);
  }

  @Test
  void aHyphenatedWordReadsWholeFromItsFirstPiece() {
    List<SetLine> lines = breakAt(items("motto Sovětským svazem", "cs"), BreakKind.HYPHENATION);
    GlyphRun head = lines.get(0).runs().get(lines.get(0).runs().size() - 1);
    assertTrue(head.text().endsWith("-"), head.text());
    assertEquals(Optional.of("Sovětským"), head.actualText());
    GlyphRun tail = lines.get(1).runs().get(0);
    assertEquals(Optional.of(""), tail.actualText(), "the piece after the break reads as nothing");
  }

  @Test
  void czechRepeatsAWrittenHyphenOnTheNextLine() {
    List<SetLine> lines = breakAt(items("byl to česko-slovenský spor", "cs"), BreakKind.HARD_HYPHEN);
    GlyphRun first = lines.get(1).runs().get(0);
    assertEquals("-", first.glyphs().get(0).text(), "the hyphen opens the next line");
    assertEquals(Optional.of(""), first.actualText(), "the repeated hyphen is not text");
    assertEquals(Optional.of("česko-slovenský"), lines.get(0).runs().get(lines.get(0).runs().size() - 1).actualText());
  }

  @Test
  void englishDoesNotRepeatIt() {
    List<SetLine> lines = breakAt(items("the pro-German state", "en-US"), BreakKind.HARD_HYPHEN);
    assertEquals("G", lines.get(1).runs().get(0).glyphs().get(0).text());
  }

  @Test
  void aLoneDashCannotStartALine() {
    ParagraphItems p = items("a common border - for the first time", "en-US");
    // The space before the dash is glue preceded by an infinite penalty: no legal break there.
    List<Item> items = p.items();
    for (int i = 1; i < items.size(); i++) {
      if (items.get(i) instanceof Glue && i + 1 < items.size() && p.contents().get(i + 1) instanceof ParagraphItems.BoxContent b
          && b.slices().get(0).piece().shaped().text().equals("-")) {
        assertTrue(items.get(i - 1) instanceof Penalty pen && pen.penalty() >= Penalty.INFINITY, "space before the dash");
        return;
      }
    }
    throw new AssertionError("no dash found");
  }

  /** A struck-out passage gets its rule and a link its area, on the line they are on; plain lines neither. */
  @Test
  void struckOutTextHasItsRuleAndALinkItsArea() {
    cz.sazba.source.Span g = cz.sazba.source.Span.GENERATED;
    TextSetter setter = new TextSetter(FontSet.bundled(), PageDesign.of(cz.sazba.model.Layout.defaults()),
        new cz.sazba.source.Diagnostics());
    List<cz.sazba.model.Inline> content = List.of(
        new cz.sazba.model.Text("Plain words that fill a first line and then go on for some time before ", g),
        new cz.sazba.model.Strikeout(List.of(new cz.sazba.model.Text("struck words", g)), g),
        new cz.sazba.model.Text(" and ", g),
        new cz.sazba.model.Link("https://example.org", List.of(new cz.sazba.model.Text("a link", g)), g),
        new cz.sazba.model.Text(".", g));
    List<SetLine> lines = setter.setText(ParagraphBuilderTest.runs(content), SIZE, Sp.of(200), 0,
        Alignment.JUSTIFIED, LineSetter.Placement.JUSTIFIED, true);
    assertTrue(lines.size() > 1, lines::toString);
    assertTrue(lines.get(0).rules().isEmpty() && lines.get(0).links().isEmpty());
    long rules = lines.stream().mapToLong(l -> l.rules().size()).sum();
    long links = lines.stream().mapToLong(l -> l.links().size()).sum();
    assertTrue(rules >= 1, "the strikeout's rule");
    assertTrue(links >= 1, "the link's area");
  }
}
