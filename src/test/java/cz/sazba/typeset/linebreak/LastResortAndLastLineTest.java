package cz.sazba.typeset.linebreak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Breaks inside paths and identifiers are last resorts; short last lines cost extra. */
class LastResortAndLastLineTest {

  @Test
  void aLastResortBreakIsTakenOnlyWhenNothingElseFits() {
    // Word 300, then a path of 150 + 150 with a last-resort break, on a measure of 480: only the
    // break inside the path gives a tolerable first line (badness 100, which the first pass
    // would accept); neither the first nor the second pass may take it.
    List<Item> items = new Para().box(300).glue(20, 10, 5).box(150).lastResort(5000).box(150).end();
    LineBreaks breaks = KnuthPlass.breakLines(items, LineWidths.uniform(480), BreakParams.defaults());
    assertEquals(Pass.SEGMENTS, breaks.pass());
    assertEquals(3, breaks.lines().get(0).end());
    assertTrue(breaks.overfullLines().isEmpty());
  }

  @Test
  void aLastResortBreakLosesToAnyTolerableLine() {
    // The path (200 + 100) fits whole on the second line if the first line stays loose.
    List<Item> items = new Para().box(250).glue(20, 60, 5).box(200).lastResort(5000).box(100).end();
    LineBreaks breaks = KnuthPlass.breakLines(items, LineWidths.uniform(330),
        BreakParams.defaults().withPretolerance(-1).withTolerance(10000));
    assertEquals(1, breaks.lines().get(0).end(), "breaks at the space, not inside the path");
  }

  @Test
  void aShortLastLineAfterAHyphenIsAvoidedWhenAnotherWayExists() {
    // "aaaa bbbb cc-" / "ddd" would be the TeX optimum on a tight measure; with the rule, the
    // whole word goes to the last line.
    Para para = new Para().words(150, 15, 30, 300, 300).glue(30, 150, 15).box(250).hyphen(20, 50).box(60);
    List<Item> items = para.end();
    LineWidths widths = LineWidths.uniform(900);
    BreakParams plain = BreakParams.defaults().withPretolerance(-1).withTolerance(10000);
    LineBreaks tex = KnuthPlass.breakLines(items, widths, plain);
    assertTrue(tex.lines().get(0).hyphenated(), "plain TeX hyphenates: " + tex);
    LineBreaks ruled = KnuthPlass.breakLines(items, widths,
        plain.withLastLine(BreakParams.LastLine.of(150)));
    assertFalse(ruled.lines().get(0).hyphenated(), "with the rule: " + ruled);
    assertEquals(2, ruled.lines().size());
  }

  @Test
  void aOneLineParagraphPaysNothing() {
    List<Item> items = new Para().box(50).end();
    LineBreaks breaks = KnuthPlass.breakLines(items, LineWidths.uniform(900),
        BreakParams.defaults().withLastLine(BreakParams.LastLine.of(150)));
    assertEquals(1, breaks.lines().size());
    assertTrue(breaks.demerits() < 1000, "demerits " + breaks.demerits());
  }
}
