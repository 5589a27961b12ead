package cz.sazba.typeset.vertical;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A flush-bottom trial's spliced list finds its Repeat marks from its base's without reading
 * every item: the same positions, and the same items, as reading the list through.
 */
class SplicedMarksTest {
  private static final Repeat HEADER = new Repeat(List.of(new Glue(7)));

  private static List<VItem> randomItems(Random r, int n) {
    List<VItem> out = new ArrayList<>();
    for (int i = 0; i < n; i++) out.add(r.nextInt(6) == 0 ? HEADER : r.nextBoolean() ? new Glue(i) : new Penalty(i));
    return out;
  }

  private static int[] byReading(List<VItem> items) {
    List<Integer> marks = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) if (items.get(i) instanceof Repeat) marks.add(i);
    return marks.stream().mapToInt(Integer::intValue).toArray();
  }

  @Test
  void splicedMarksAreThoseOfTheListReadThrough() {
    Random r = new Random(7);
    for (int round = 0; round < 500; round++) {
      List<VItem> base = List.copyOf(randomItems(r, r.nextInt(60)));
      int splices = base.isEmpty() ? 0 : r.nextInt(5);
      List<Integer> at = new ArrayList<>();
      List<Integer> old = new ArrayList<>();
      List<List<VItem>> repl = new ArrayList<>();
      int from = 0;
      for (int k = 0; k < splices && from <= base.size(); k++) {
        int start = from + r.nextInt(Math.max(1, base.size() - from + 1));
        if (start > base.size()) break;
        int size = r.nextInt(Math.min(5, base.size() - start) + 1);
        at.add(start);
        old.add(size);
        repl.add(randomItems(r, r.nextInt(5)));
        from = start + size;
      }
      var spliced = new FlushBottoms.Spliced(base, at.stream().mapToInt(Integer::intValue).toArray(),
          old.stream().mapToInt(Integer::intValue).toArray(), repl);
      List<VItem> copy = new ArrayList<>(spliced);
      assertArrayEquals(byReading(copy), spliced.repeatMarks(), "round " + round);
      assertArrayEquals(byReading(copy), PageBreaker.repeatMarks(spliced), "round " + round);
      for (int i = 0; i <= copy.size(); i++) {
        assertEquals(PageBreaker.repeated(copy, i), PageBreaker.repeated(spliced, i), "round " + round + " at " + i);
      }
      // A range of either, as the page breaker takes a page's body, is the range read through.
      FlushBottoms.Copy whole = spliced.copy();
      for (int k = 0; k < 20; k++) {
        int a = r.nextInt(copy.size() + 1);
        int b = a + r.nextInt(copy.size() - a + 1);
        assertEquals(copy.subList(a, b), spliced.subList(a, b), "round " + round + " " + a + ".." + b);
        assertEquals(copy.subList(a, b), whole.subList(a, b), "round " + round + " " + a + ".." + b);
      }
      assertEquals(copy, spliced.subList(0, copy.size()), "round " + round);
      // The copy an applied option leaves keeps the view's items and marks, and so does a copy
      // spliced from it in turn (the next option's base).
      FlushBottoms.Copy copied = spliced.copy();
      assertEquals(copy, copied, "round " + round);
      assertArrayEquals(byReading(copy), PageBreaker.repeatMarks(copied), "round " + round);
      if (!copied.isEmpty()) {
        int start = r.nextInt(copied.size());
        int size = r.nextInt(Math.min(4, copied.size() - start) + 1);
        var again = new FlushBottoms.Spliced(copied, new int[] {start}, new int[] {size}, List.of(randomItems(r, r.nextInt(4))));
        List<VItem> read = new ArrayList<>(again);
        assertEquals(read, again.copy(), "round " + round);
        assertArrayEquals(byReading(read), PageBreaker.repeatMarks(again.copy()), "round " + round);
      }
    }
  }
}
