package cz.sazba.typeset.linebreak;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BadnessTest {
  @Test
  void isHundredTimesTheCubedRatioRounded() {
    assertEquals(0, Badness.of(0, 0));
    assertEquals(100, Badness.of(1, 1));
    assertEquals(13, Badness.of(1, 2)); // 12.5 rounds up
    assertEquals(338, Badness.of(3, 2)); // 337.5
    assertEquals(800, Badness.of(2, 1));
    assertEquals(51, Badness.of(8, 10)); // 51.2
    assertEquals(6, Badness.of(4, 10)); // 6.4
  }

  @Test
  void isCappedAndInfiniteWithoutStretch() {
    assertEquals(10000, Badness.of(1, 0));
    assertEquals(10000, Badness.of(5, 1));
    assertEquals(1065, Badness.of(22, 10)); // 1064.8
    assertEquals(10000, Badness.of(47, 10)); // 10382.3
  }

  @Test
  void handlesFilAndHugeLengths() {
    assertEquals(0, Badness.of(1_000_000, Glue.FIL));
    assertEquals(100, Badness.of(1L << 50, 1L << 50));
    assertEquals(800, Badness.of(1L << 51, 1L << 50));
  }

  @Test
  void fitnessFollowsExactRatioThresholds() {
    assertEquals(Badness.VERY_LOOSE, Badness.stretchFitness(11, 10));
    assertEquals(Badness.VERY_LOOSE, Badness.stretchFitness(1, 0));
    assertEquals(Badness.LOOSE, Badness.stretchFitness(10, 10));
    assertEquals(Badness.LOOSE, Badness.stretchFitness(6, 10));
    assertEquals(Badness.DECENT, Badness.stretchFitness(5, 10));
    assertEquals(Badness.DECENT, Badness.shrinkFitness(5, 10));
    assertEquals(Badness.TIGHT, Badness.shrinkFitness(6, 10));
  }
}
