package cz.sazba.typeset.linebreak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Small paragraphs worked out by hand. Widths are in bare units: only ratios matter. The comment
 * over each case lists every feasible line so the expected breaks can be checked on paper.
 */
class KnuthPlassTest {
  private static final LineWidths WIDTH_100 = LineWidths.uniform(100);

  /**
   * Glue (4, +4, -2), measure 100. Items: A..E = 20 20 20 20 4 (indices 0..8), F..J = 20 20 10
   * 10 8 (10..18), K = 30 (20), fil 21, end 22.
   *
   * <p>Greedy fills line 1 exactly (A..E, badness 0) and leaves F..J at r = 16/16 = 1 (badness
   * 100): demerits 10² + 110² + 10² = 12300. Moving the short word E down makes line 1 loose
   * (r = 8/12, badness 30) but line 2 decent (r = 8/20, badness 6): 40² + 16² + 10² = 1956. The
   * only other route, A..D / E..I (r = 1.25, badness 195) / J K, needs tolerance 200 and costs
   * 40² + 205² + 10000 (very loose before the decent last line) + 10² = 53725.
   */
  @Test
  void optimalBeatsGreedy() {
    List<Item> items = new Para()
        .words(4, 2, 4, 20, 20, 20, 20, 4).glue(4, 4, 2)
        .words(4, 2, 4, 20, 20, 10, 10, 8).glue(4, 4, 2)
        .box(30).end();
    LineBreaks breaks = KnuthPlass.breakLines(items, WIDTH_100, BreakParams.defaults());

    assertEquals(Pass.FIRST, breaks.pass());
    assertEquals(List.of(7, 19, 22), Para.ends(breaks));
    assertEquals(List.of(0, 8, 20), Para.starts(breaks));
    assertEquals(8.0 / 12, breaks.lines().get(0).ratio(), 1e-12);
    assertEquals(8.0 / 20, breaks.lines().get(1).ratio(), 1e-12);

    ReferenceBreaker rules =
        new ReferenceBreaker(items, WIDTH_100, BreakParams.defaults(), 100, false, 0);
    assertEquals(1956L, rules.score(List.of(7, 19, 22)));
    assertEquals(12300L, rules.score(List.of(9, 19, 22)));
    assertNull(rules.score(List.of(7, 17, 22)));
    assertEquals(53725L, new ReferenceBreaker(items, WIDTH_100, BreakParams.defaults(), 200, true, 0)
        .score(List.of(7, 17, 22)));
  }

  /**
   * Letter-spacing sits in the boxes: A and B (40 each, stretch 5) with a rigid space of 10 make
   * a line of 90 that reaches 100 at r = 10/10 = 1, counting B's stretch although the glue after
   * B is discarded at the break. Without the boxes' stretch the line could not be filled.
   */
  @Test
  void aBoxsOwnStretchCountsUpToTheLineEnd() {
    List<Item> items = List.of(new Box(40, 5, 2, 0, 0), new Glue(10, 0, 0), new Box(40, 5, 2, 0, 0),
        new Glue(10, 0, 0), Box.of(40), new Glue(0, Glue.FIL, 0), Penalty.forced());
    LineBreaks breaks = KnuthPlass.breakLines(items, WIDTH_100, BreakParams.defaults());
    assertEquals(Pass.FIRST, breaks.pass());
    assertEquals(List.of(3, 6), Para.ends(breaks));
    assertEquals(1.0, breaks.lines().get(0).ratio(), 1e-12);
  }

  /** A forced break ends the line even when everything would fit on one. */
  @Test
  void forcedBreakIsAlwaysTaken() {
    List<Item> items = new Para()
        .words(10, 5, 10, 30, 30).fill().forced()
        .words(10, 5, 10, 30, 30).end();
    LineBreaks breaks = KnuthPlass.breakLines(items, LineWidths.uniform(300), BreakParams.defaults());

    assertEquals(Pass.FIRST, breaks.pass());
    assertEquals(List.of(4, 9), Para.ends(breaks));
    assertEquals(List.of(0, 5), Para.starts(breaks));
    assertTrue(breaks.lines().get(0).ratio() < 1e-6, "fil takes up the slack");
  }

  /**
   * aa (30) LONG (120) bb (30), glue (10, +10, -5), measure 100. No pass finds feasible lines:
   * "aa" alone has no stretch, anything with LONG is overfull. The last resort accepts "aa"
   * alone however loose (TeX's \sloppy), sets LONG alone and says that line is overfull.
   */
  @Test
  void tooLongWordGivesAnOverfullLine() {
    List<Item> items = new Para().words(10, 5, 10, 30, 120, 30).end();
    LineBreaks breaks = KnuthPlass.breakLines(items, WIDTH_100, BreakParams.defaults());

    // The last resort takes any badness, so "aa" goes alone on a loose line and only LONG,
    // wider than the measure by itself, sticks out.
    assertEquals(Pass.OVERFULL, breaks.pass());
    assertEquals(List.of(1, 3, 6), Para.ends(breaks));
    assertEquals(List.of(1), breaks.overfullLines());
    assertTrue(breaks.lines().get(1).overfull());
    assertEquals(0.0, breaks.lines().get(1).ratio(), "nothing on the line can shrink");
    assertFalse(breaks.lines().get(0).overfull());
    assertFalse(breaks.lines().get(2).overfull());
  }

  /**
   * Same paragraph with emergency stretch 100: "aa" alone becomes feasible (r = 70/100), so when
   * LONG cannot fit anywhere the last resort breaks after "aa", the least overfull choice.
   */
  @Test
  void lastResortPicksTheLeastOverfullLine() {
    List<Item> items = new Para().words(10, 5, 10, 30, 120, 30).end();
    BreakParams params = BreakParams.defaults().withEmergencyStretch(100);
    LineBreaks breaks = KnuthPlass.breakLines(items, WIDTH_100, params);

    assertEquals(Pass.OVERFULL, breaks.pass());
    assertEquals(List.of(1, 3, 6), Para.ends(breaks));
    assertEquals(List.of(1), breaks.overfullLines());
  }

  /**
   * aa (30) bb (30) cc (80), glue (10, +10, -5), measure 100. "aa bb" needs r = 3 (badness 2700)
   * and "aa bb cc" is overfull, so only emergency stretch 30 helps: r = 30/40, badness 42. The
   * line's ratio stays the real one, 30/10, since emergency stretch is only for rating.
   */
  @Test
  void emergencyStretchRescuesALooseLine() {
    List<Item> items = new Para().words(10, 5, 10, 30, 30, 80).end();
    LineBreaks withoutIt = KnuthPlass.breakLines(items, WIDTH_100, BreakParams.defaults());
    LineBreaks withIt =
        KnuthPlass.breakLines(items, WIDTH_100, BreakParams.defaults().withEmergencyStretch(30));

    assertEquals(Pass.OVERFULL, withoutIt.pass());
    assertEquals(Pass.EMERGENCY, withIt.pass());
    assertEquals(List.of(3, 6), Para.ends(withIt));
    assertEquals(3.0, withIt.lines().get(0).ratio(), 1e-12);
    assertTrue(withIt.overfullLines().isEmpty());
  }

  /**
   * A (50), glue (10, +5, -3), B1 (35) hyphen (5, penalty 50) B2 (45), glue, C (30). At measure
   * 100 only "A B1-" fits (exactly), so the first pass fails and the second hyphenates. At 140
   * "A B1B2" fits exactly and the first pass, which ignores hyphens, succeeds.
   */
  @Test
  void passSelectionDependsOnHyphenation() {
    List<Item> items = new Para().box(50).glue(10, 5, 3).box(35).hyphen(5, 50).box(45)
        .glue(10, 5, 3).box(30).end();

    LineBreaks narrow = KnuthPlass.breakLines(items, WIDTH_100, BreakParams.defaults());
    assertEquals(Pass.SECOND, narrow.pass());
    assertEquals(List.of(3, 8), Para.ends(narrow));
    assertEquals(List.of(0, 4), Para.starts(narrow));
    assertTrue(narrow.lines().get(0).hyphenated());
    assertFalse(narrow.lines().get(1).hyphenated());
    assertEquals(0.0, narrow.lines().get(0).ratio());

    LineBreaks wide = KnuthPlass.breakLines(items, LineWidths.uniform(140), BreakParams.defaults());
    assertEquals(Pass.FIRST, wide.pass());
    assertEquals(List.of(5, 8), Para.ends(wide));
    assertFalse(wide.lines().get(0).hyphenated());
  }

  /**
   * A (50), glue (10, +10, -0), B (44), glue, C (60), measure 100: "A B" is 104 wide and cannot
   * shrink, "A" alone is far too loose. Letting 4 units hang into the margins makes it fit.
   */
  @Test
  void protrusionLetsALineFit() {
    LineBreaks plain = KnuthPlass.breakLines(
        new Para().box(50).glue(10, 10, 0).box(44).glue(10, 10, 0).box(60).end(),
        WIDTH_100, BreakParams.defaults());
    // Without protrusion only the last resort sets it: "A" alone, far too loose but not
    // sticking out (TeX's \sloppy), rather than "A B" overfull.
    assertEquals(Pass.OVERFULL, plain.pass());
    assertEquals(List.of(), plain.overfullLines());
    assertEquals(List.of(1, 3, 6), Para.ends(plain));

    LineBreaks right = KnuthPlass.breakLines(
        new Para().box(50).glue(10, 10, 0).box(44, 0, 4).glue(10, 10, 0).box(60).end(),
        WIDTH_100, BreakParams.defaults());
    assertEquals(Pass.FIRST, right.pass());
    assertEquals(List.of(3, 6), Para.ends(right));
    assertEquals(0.0, right.lines().get(0).ratio());

    LineBreaks both = KnuthPlass.breakLines(
        new Para().box(50, 2, 0).glue(10, 10, 0).box(44, 0, 2).glue(10, 10, 0).box(60).end(),
        WIDTH_100, BreakParams.defaults());
    assertEquals(Pass.FIRST, both.pass());
    assertEquals(List.of(3, 6), Para.ends(both));

    // A hyphen that hangs out: "A B1-" is 50 + 10 + 37 + 5 = 102, minus 2 of protrusion.
    List<Item> hyphen = new Para().box(50).glue(10, 5, 0).box(37).hyphen(5, 50, 2).box(45)
        .glue(10, 5, 0).box(30).end();
    LineBreaks hung = KnuthPlass.breakLines(hyphen, WIDTH_100, BreakParams.defaults());
    assertEquals(Pass.SECOND, hung.pass());
    assertEquals(List.of(3, 8), Para.ends(hung));
    assertEquals(0.0, hung.lines().get(0).ratio());
  }

  /**
   * Glue (10, +10, -5), measure 100, hyphen width 0 and penalty 0, no double or final hyphen
   * demerits. Lines 1 and 2 can only end at their hyphens (X1 H1- / T1 X2 H2-). Line 3 can end
   * at its hyphen (T2 X3 H3-, exact, 10²) or take the whole word and shrink (T2 X3 H3T3,
   * r = -0.5, badness 13, 23² = 529). Without a limit three hyphens in a row win (400 against
   * 829); a limit of two forbids that.
   */
  @Test
  void consecutiveHyphenLimitIsHard() {
    List<Item> items = new Para()
        .box(40).glue(10, 10, 5).box(50).hyphen(0, 0).box(20).glue(10, 10, 5)
        .box(30).glue(10, 10, 5).box(30).hyphen(0, 0).box(20).glue(10, 10, 5)
        .box(30).glue(10, 10, 5).box(30).hyphen(0, 0).box(5).glue(10, 10, 5)
        .box(30).end();
    BreakParams three = new BreakParams(100, 200, 0, 10, 10000, 0, 0, 3);
    BreakParams two = new BreakParams(100, 200, 0, 10, 10000, 0, 0, 2);

    LineBreaks unlimited = KnuthPlass.breakLines(items, WIDTH_100, three);
    assertEquals(List.of(3, 9, 15, 20), Para.ends(unlimited));
    assertEquals(List.of(true, true, true, false), hyphenated(unlimited));

    LineBreaks limited = KnuthPlass.breakLines(items, WIDTH_100, two);
    assertEquals(Pass.SECOND, limited.pass());
    assertEquals(List.of(3, 9, 17, 20), Para.ends(limited));
    assertEquals(List.of(true, true, false, false), hyphenated(limited));
    assertEquals(-0.5, limited.lines().get(2).ratio(), 1e-12);
    assertEquals(829L, new ReferenceBreaker(items, WIDTH_100, two, 200, true, 0)
        .score(List.of(3, 9, 17, 20)));
  }

  /**
   * Glue (10, +10, -10), measure 100: W1 (42) W2 (40) W3a (8) [penalty 90] W3b (30) W4 (28)
   * W5 (30) W6 (50). Two routes: P breaks after W2 (loose, r = 0.8, badness 51) and after W5
   * (tight, r = -0.8, badness 51): 61² + 61² + 10² = 7542. Q breaks at the penalty (r = -0.5,
   * badness 13, plus 90²) and after W5 (r = -0.4, badness 6): 23² + 8100 + 16² + 10² = 8985. A
   * loose line next to a tight one costs adjDemerits, which decides between them.
   */
  @Test
  void adjDemeritsAvoidLooseNextToTight() {
    List<Item> items = new Para()
        .box(42).glue(10, 10, 10).box(40).glue(10, 10, 10).box(8).penalty(90).box(30)
        .glue(10, 10, 10).box(28).glue(10, 10, 10).box(30).glue(10, 10, 10).box(50).end();
    BreakParams free = BreakParams.defaults().withAdjDemerits(0);
    BreakParams strict = BreakParams.defaults();

    assertEquals(List.of(3, 11, 14), Para.ends(KnuthPlass.breakLines(items, WIDTH_100, free)));
    assertEquals(List.of(5, 11, 14), Para.ends(KnuthPlass.breakLines(items, WIDTH_100, strict)));

    ReferenceBreaker freeRules = new ReferenceBreaker(items, WIDTH_100, free, 100, false, 0);
    ReferenceBreaker strictRules = new ReferenceBreaker(items, WIDTH_100, strict, 100, false, 0);
    assertEquals(7542L, freeRules.score(List.of(3, 11, 14)));
    assertEquals(17542L, strictRules.score(List.of(3, 11, 14)));
    assertEquals(8985L, strictRules.score(List.of(5, 11, 14)));
  }

  /** A narrower first line (a hanging indent) moves the first break earlier. */
  @Test
  void lineWidthsMayDifferPerLine() {
    List<Item> items = new Para().words(10, 5, 10, 40, 40, 40, 40).end();
    // 100 wide: "40 40" (90) is loose; 130 wide: "40 40 40" is exactly 140 - 10 of shrink.
    LineBreaks uniform = KnuthPlass.breakLines(items, LineWidths.uniform(130), BreakParams.defaults());
    LineBreaks shaped = KnuthPlass.breakLines(
        items, LineWidths.of(List.of(90L), 130), BreakParams.defaults());
    assertEquals(List.of(5, 8), Para.ends(uniform));
    assertEquals(List.of(3, 8), Para.ends(shaped));
    assertEquals(0.0, shaped.lines().get(0).ratio());
  }

  @Test
  void paragraphMustEndWithFilAndForcedBreak() {
    BreakParams params = BreakParams.defaults();
    assertThrows(IllegalArgumentException.class,
        () -> KnuthPlass.breakLines(List.of(Box.of(10)), WIDTH_100, params));
    assertThrows(IllegalArgumentException.class, () -> KnuthPlass.breakLines(
        List.of(Box.of(10), new Glue(0, Glue.FIL, 0), new Penalty(0, 0, false, 0)),
        WIDTH_100, params));
    assertThrows(IllegalArgumentException.class, () -> KnuthPlass.breakLines(
        List.of(Box.of(10), new Glue(0, 100, 0), Penalty.forced()), WIDTH_100, params));
    assertThrows(IllegalArgumentException.class, () -> KnuthPlass.breakLines(
        new Para().box(10).glue(5, -1, 0).box(10).end(), WIDTH_100, params));
  }

  @Test
  void paramsAreValidated() {
    BreakParams defaults = BreakParams.defaults();
    assertEquals(new BreakParams(100, 200, 0, 10, 10000, 10000, 5000, 2), defaults);
    assertThrows(IllegalArgumentException.class, () -> defaults.withTolerance(-1));
    assertThrows(IllegalArgumentException.class, () -> defaults.withEmergencyStretch(-1));
    assertThrows(IllegalArgumentException.class, () -> defaults.withAdjDemerits(-1));
    assertThrows(IllegalArgumentException.class, () -> defaults.withMaxConsecutiveHyphens(-1));
    assertThrows(IllegalArgumentException.class,
        () -> new BreakParams(100, 200, 0, 10001, 10000, 10000, 5000, 2));
    assertEquals(-1, defaults.withPretolerance(-1).pretolerance());
  }

  private static List<Boolean> hyphenated(LineBreaks breaks) {
    return breaks.lines().stream().map(Line::hyphenated).toList();
  }
}
