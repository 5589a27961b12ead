package cz.sazba.typeset.linebreak;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineBreakDumpTest {
  private static final long PT = 65536;

  @Test
  void printsOneRowPerLine() {
    List<Item> items = new Para().box(50 * PT).glue(10 * PT, 5 * PT, 3 * PT).box(35 * PT)
        .hyphen(5 * PT, 50).box(45 * PT).glue(10 * PT, 5 * PT, 3 * PT).box(30 * PT).end();
    LineBreaks breaks =
        KnuthPlass.breakLines(items, LineWidths.uniform(100 * PT), BreakParams.defaults());
    assertEquals("""
        pass SECOND
          1   0..3    r=+0.0000 natural=100.00pt hyphen
          2   4..8    r=+0.0000 natural=85.00pt
        """, LineBreakDump.describe(items, breaks));
  }
}
