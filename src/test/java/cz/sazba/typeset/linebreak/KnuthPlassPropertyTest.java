package cz.sazba.typeset.linebreak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The breaker against a brute-force enumeration of every break sequence, on random paragraphs. */
class KnuthPlassPropertyTest {
  private static final int PARAGRAPHS = 1000;

  @Test
  void everyPassFindsTheBruteForceMinimum() {
    Random random = new Random(20240611L);
    int feasiblePasses = 0;
    int infeasiblePasses = 0;
    int hyphenatedLines = 0;
    for (int p = 0; p < PARAGRAPHS; p++) {
      List<Item> items = randomParagraph(random);
      LineWidths widths = randomWidths(random);
      BreakParams params = randomParams(random);
      String where = "paragraph " + p + ": " + items + " widths " + widths + " " + params;
      for (BreakPass.Settings settings : List.of(
          new BreakPass.Settings(params.pretolerance(), false, false, 0, false, false),
          new BreakPass.Settings(params.tolerance(), true, false, 0, false, false),
          new BreakPass.Settings(params.tolerance(), true, true, 0, false, false),
          new BreakPass.Settings(params.tolerance(), true, true, params.emergencyStretch(), false, false))) {
        ReferenceBreaker reference = new ReferenceBreaker(items, widths, params,
            settings.threshold(), settings.hyphenate(), settings.segments(), settings.emergencyStretch());
        Long expected = reference.minimum();
        BreakPass.Node end = KnuthPlass.runPass(items, widths, params, settings);
        if (expected == null) {
          assertNull(end, where + " " + settings);
          infeasiblePasses++;
          continue;
        }
        assertNotNull(end, where + " " + settings);
        assertEquals(expected, end.totalDemerits, where + " " + settings);
        // The chosen breaks, rescored independently, must be legal and cost what was claimed.
        assertEquals(expected, reference.score(ends(end)), where + " " + settings);
        feasiblePasses++;
      }
      hyphenatedLines += checkWholeParagraph(items, widths, params, where);
    }
    // The generator must exercise both outcomes and hyphenation, or the test proves little.
    assertTrue(feasiblePasses > 700, "feasible passes: " + feasiblePasses);
    assertTrue(infeasiblePasses > 300, "infeasible passes: " + infeasiblePasses);
    assertTrue(hyphenatedLines > 250, "hyphenated lines: " + hyphenatedLines);
  }

  /** breakLines picks the first pass that succeeds and returns its optimum as lines. */
  private static int checkWholeParagraph(List<Item> items, LineWidths widths, BreakParams params,
      String where) {
    LineBreaks breaks = KnuthPlass.breakLines(items, widths, params);
    // The variants find the same optimum in their own runs (the pass, and what it costs; a tie
    // may be broken the other way).
    LineBreaks withVariants = KnuthPlass.variants(items, widths, params, 2).get(2).orElseThrow();
    assertEquals(breaks.pass(), withVariants.pass(), where);
    assertEquals(breaks.demerits(), withVariants.demerits(), where);
    ReferenceBreaker first = new ReferenceBreaker(items, widths, params,
        params.pretolerance(), false, 0);
    ReferenceBreaker second = new ReferenceBreaker(items, widths, params,
        params.tolerance(), true, 0);
    boolean hasSegments = items.stream().anyMatch(i -> i instanceof Penalty p && p.lastResort());
    ReferenceBreaker segments = new ReferenceBreaker(items, widths, params,
        params.tolerance(), true, true, 0);
    ReferenceBreaker emergency = new ReferenceBreaker(items, widths, params,
        params.tolerance(), true, hasSegments, params.emergencyStretch());
    Pass expectedPass;
    Long expected;
    ReferenceBreaker used;
    if (params.pretolerance() >= 0 && first.minimum() != null) {
      expectedPass = Pass.FIRST;
      used = first;
    } else if (second.minimum() != null) {
      expectedPass = Pass.SECOND;
      used = second;
    } else if (hasSegments && segments.minimum() != null) {
      expectedPass = Pass.SEGMENTS;
      used = segments;
    } else if (params.emergencyStretch() > 0 && emergency.minimum() != null) {
      expectedPass = Pass.EMERGENCY;
      used = emergency;
    } else {
      expectedPass = Pass.OVERFULL;
      used = null;
    }
    assertEquals(expectedPass, breaks.pass(), where);
    List<Integer> ends = Para.ends(breaks);
    assertEquals(items.size() - 1, (int) ends.get(ends.size() - 1), where);
    int hyphenated = 0;
    int previous = -1;
    for (Line line : breaks.lines()) {
      assertTrue(line.end() > previous, where);
      assertEquals(items.get(line.end()) instanceof Penalty penalty && penalty.flagged(),
          line.hyphenated(), where);
      assertTrue(line.ratio() >= -1, where);
      if (line.hyphenated()) {
        hyphenated++;
      }
      previous = line.end();
    }
    if (used != null) {
      expected = used.minimum();
      assertEquals(expected, used.score(ends), where);
      assertTrue(breaks.overfullLines().isEmpty(), where);
      for (int i = 0; i < breaks.lines().size(); i++) {
        int previousEnd = i == 0 ? -1 : ends.get(i - 1);
        assertEquals(Math.min(used.lineStart(previousEnd), ends.get(i)), breaks.lines().get(i).start(), where);
      }
    }
    return hyphenated;
  }

  private static List<Integer> ends(BreakPass.Node end) {
    List<Integer> ends = new ArrayList<>();
    for (BreakPass.Node node = end; node.previous != null; node = node.previous) {
      ends.add(0, node.position);
    }
    return ends;
  }

  /**
   * Up to 12 boxes; words of one to three pieces joined by hyphen penalties; glue between words;
   * now and then a plain or forced penalty. Short lines, so a paragraph has several lines and
   * many ways to reach the same break (which is where the search's states matter).
   */
  static List<Item> randomParagraph(Random random) {
    Para para = new Para();
    int boxes = 1 + random.nextInt(12);
    int placed = 0;
    while (placed < boxes) {
      if (placed > 0) {
        if (random.nextInt(12) == 0) {
          para.penalty(random.nextInt(3) == 0 ? -Penalty.INFINITY : random.nextInt(201) - 100);
        }
        if (random.nextInt(25) == 0) {
          para.fill().forced();
        }
        para.glue(100 + random.nextInt(200), random.nextInt(300), random.nextInt(120));
      }
      para.box(200 + random.nextInt(1000), random.nextInt(3) == 0 ? random.nextInt(60) : 0,
          random.nextInt(3) == 0 ? random.nextInt(60) : 0);
      placed++;
      while (placed < boxes && random.nextInt(2) == 0) {
        if (random.nextInt(4) == 0) {
          para.lastResort(random.nextInt(3) == 0 ? 5000 : random.nextInt(101));
        } else {
          para.hyphen(random.nextInt(150), random.nextInt(3) == 0 ? 0 : random.nextInt(101),
              random.nextInt(3) == 0 ? random.nextInt(80) : 0);
        }
        para.box(100 + random.nextInt(500));
        placed++;
      }
    }
    return para.end();
  }

  static LineWidths randomWidths(Random random) {
    long width = 1200 + random.nextInt(2500);
    if (random.nextInt(3) == 0) {
      return LineWidths.uniform(width);
    }
    List<Long> first = new ArrayList<>();
    int special = 1 + random.nextInt(3);
    for (int i = 0; i < special; i++) {
      first.add(width / 2 + random.nextInt((int) width));
    }
    return LineWidths.of(first, width);
  }

  static BreakParams randomParams(Random random) {
    BreakParams params = plainParams(random);
    if (random.nextBoolean()) {
      // Wide enough to catch many last lines of these short test lines, and one word of them.
      params = params.withLastLine(new BreakParams.LastLine(200 + random.nextInt(600),
          random.nextInt(20000), random.nextBoolean() ? 10_000_000 : random.nextInt(50000)));
    }
    return params;
  }

  private static BreakParams plainParams(Random random) {
    int[] tolerances = {50, 100, 200, 500, 1000, 10000};
    return new BreakParams(
        random.nextInt(5) == 0 ? -1 : tolerances[random.nextInt(3)],
        tolerances[1 + random.nextInt(tolerances.length - 1)],
        random.nextBoolean() ? 0 : 200 + random.nextInt(800),
        random.nextInt(3) == 0 ? 0 : 10,
        random.nextBoolean() ? 10000 : random.nextInt(3000),
        random.nextBoolean() ? 0 : random.nextInt(3000),
        random.nextBoolean() ? 5000 : random.nextInt(3000),
        random.nextInt(4));
  }
}
