package cz.sazba.typeset.linebreak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * TeX's {@code \looseness} as a pure function: the best breaks with exactly one line more or
 * fewer than the optimum, checked by hand and against the brute-force enumeration.
 */
class LoosenessTest {

  /** Twelve words of 100 with glue 20 (stretch 10, shrink 5) on a measure of 500. */
  private static List<Item> twelveWords() {
    return new Para().words(10, 5, 20,
        100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100).end();
  }

  @Test
  void oneLineMoreAndOneFewerWhenTheMeasureAllowsIt() {
    List<Item> items = twelveWords();
    LineWidths widths = LineWidths.uniform(500);
    BreakParams params = BreakParams.defaults().withTolerance(10000);
    LineBreaks optimum = KnuthPlass.breakLines(items, widths, params);
    // Four words (480) a line fit best: three lines.
    assertEquals(3, optimum.lines().size());
    Optional<LineBreaks> longer = KnuthPlass.breakLines(items, widths, params, +1);
    Optional<LineBreaks> shorter = KnuthPlass.breakLines(items, widths, params, -1);
    assertTrue(longer.isPresent());
    assertEquals(4, longer.get().lines().size());
    assertTrue(longer.get().demerits() > optimum.demerits());
    // Two lines would need six words (620) on 500: no glue shrinks that far.
    assertFalse(shorter.isPresent());
    ParagraphVariants variants = KnuthPlass.variants(items, widths, params);
    assertEquals(optimum, variants.optimum());
    assertEquals(longer, variants.longer());
    assertEquals(shorter, variants.shorter());
    assertEquals(longer.get().demerits() - optimum.demerits(), variants.longerCost().getAsLong());
    assertTrue(variants.shorterCost().isEmpty());
    for (Line line : longer.get().lines()) {
      assertFalse(line.overfull());
    }
  }

  @Test
  void zeroLoosenessIsTheOptimum() {
    List<Item> items = twelveWords();
    LineWidths widths = LineWidths.uniform(500);
    assertEquals(KnuthPlass.breakLines(items, widths, BreakParams.defaults()),
        KnuthPlass.breakLines(items, widths, BreakParams.defaults(), 0).orElseThrow());
  }

  @Test
  void aParagraphOfOneLineCannotLoseOne() {
    List<Item> items = new Para().words(10, 5, 20, 100, 100).end();
    assertTrue(KnuthPlass.breakLines(items, LineWidths.uniform(500), BreakParams.defaults(), -1).isEmpty());
  }

  @Test
  void aLongerSettingIsNeverMadeOfOverfullLines() {
    // Two words that just fit one line; two lines would leave one word alone on an unfillable
    // line, infeasible, so there is no longer setting even in the emergency pass.
    List<Item> items = new Para().words(0, 0, 20, 240, 240).end();
    BreakParams params = BreakParams.defaults().withEmergencyStretch(0);
    assertTrue(KnuthPlass.breakLines(items, LineWidths.uniform(500), params, +1).isEmpty());
  }

  @Test
  void matchesTheBruteForceMinimumOfEachLineCount() {
    Random random = new Random(20261201L);
    int found = 0;
    int missing = 0;
    for (int p = 0; p < 600; p++) {
      List<Item> items = KnuthPlassPropertyTest.randomParagraph(random);
      LineWidths widths = KnuthPlassPropertyTest.randomWidths(random);
      BreakParams params = KnuthPlassPropertyTest.randomParams(random);
      String where = "paragraph " + p + ": " + items + " widths " + widths + " " + params;
      int count = KnuthPlass.breakLines(items, widths, params).lines().size();
      for (int looseness : new int[] {-1, +1, +2}) {
        Optional<LineBreaks> got = KnuthPlass.breakLines(items, widths, params, looseness);
        Long expected = null;
        Pass expectedPass = null;
        ReferenceBreaker used = null;
        for (Object[] pass : passes(params, items)) {
          ReferenceBreaker reference = new ReferenceBreaker(items, widths, params,
              (int) pass[1], (boolean) pass[2], (boolean) pass[4], (long) pass[3]);
          expected = reference.minimumWithLines(count + looseness);
          if (expected != null) {
            expectedPass = (Pass) pass[0];
            used = reference;
            break;
          }
        }
        if (expected == null || count + looseness < 1) {
          assertTrue(got.isEmpty(), where + " looseness " + looseness);
          missing++;
          continue;
        }
        assertTrue(got.isPresent(), where + " looseness " + looseness);
        LineBreaks breaks = got.get();
        assertEquals(count + looseness, breaks.lines().size(), where);
        assertEquals(expectedPass, breaks.pass(), where);
        assertEquals(expected, breaks.demerits(), where);
        assertEquals(expected, used.score(Para.ends(breaks)), where);
        found++;
      }
    }
    assertTrue(found > 200, "settings found: " + found);
    assertTrue(missing > 300, "settings impossible: " + missing);
  }

  @Test
  void everyLoosenessAtOnceIsEachAskedAlone() {
    // variants(..., range) runs each pass once for all line counts: it must give exactly what
    // breakLines gives for each looseness, with the last-line rule on (random paragraphs end in
    // short words and hyphens often enough for it to matter).
    Random random = new Random(20261202L);
    int present = 0;
    for (int p = 0; p < 300; p++) {
      List<Item> items = KnuthPlassPropertyTest.randomParagraph(random);
      LineWidths widths = KnuthPlassPropertyTest.randomWidths(random);
      BreakParams params = KnuthPlassPropertyTest.randomParams(random);
      if (p % 2 == 0) params = params.withLastLine(BreakParams.LastLine.of(30));
      List<Optional<LineBreaks>> all = KnuthPlass.variants(items, widths, params, 2);
      assertEquals(5, all.size());
      for (int d = -2; d <= 2; d++) {
        Optional<LineBreaks> alone = KnuthPlass.breakLines(items, widths, params, d);
        assertEquals(alone, all.get(d + 2), "paragraph " + p + " looseness " + d + ": " + items + " " + params);
        if (d != 0 && alone.isPresent()) present++;
      }
    }
    assertTrue(present > 50, "variants found: " + present);
  }

  /**
   * The passes breakLines tries, in order: pass, threshold, hyphenate, emergency stretch,
   * last-resort breaks.
   */
  private static List<Object[]> passes(BreakParams params, List<Item> items) {
    boolean segments = items.stream().anyMatch(i -> i instanceof Penalty p && p.lastResort());
    List<Object[]> passes = new ArrayList<>();
    if (params.pretolerance() >= 0) {
      passes.add(new Object[] {Pass.FIRST, params.pretolerance(), false, 0L, false});
    }
    passes.add(new Object[] {Pass.SECOND, params.tolerance(), true, 0L, false});
    if (segments) {
      passes.add(new Object[] {Pass.SEGMENTS, params.tolerance(), true, 0L, true});
    }
    if (params.emergencyStretch() > 0) {
      passes.add(new Object[] {Pass.EMERGENCY, params.tolerance(), true, params.emergencyStretch(), segments});
    }
    return passes;
  }
}
