package cz.sazba.typeset.vertical;

import static cz.sazba.typeset.vertical.Material.PAGE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random material, seeded: whatever the mix of keeps, notes and floats, every line, note line and
 * float is set exactly once and in order, each note starts on the page of its mark (or later,
 * never earlier), no page overflows unless the breaker says it was forced, and the breaker ends.
 */
class PageBreakerPropertyTest {
  @Test
  void everythingOnceInOrderAndWithinThePage() {
    Random random = new Random(7);
    for (int round = 0; round < 300; round++) {
      Material m = new Material();
      List<String> notes = new ArrayList<>();
      List<String> floats = new ArrayList<>();
      int lines = 1 + random.nextInt(80);
      for (int i = 0; i < lines; i++) {
        int r = random.nextInt(10);
        m.line(i, r < 3 ? Penalty.FORBID : r < 4 ? 100 : Penalty.ALLOW);
        if (random.nextInt(8) == 0) {
          int n = 1 + random.nextInt(12);
          m.note(i, n);
          for (int k = 0; k < n; k++) notes.add("n" + i + "." + k);
        }
        if (random.nextInt(10) == 0) {
          m.floating(i, 1 + random.nextInt(6));
          floats.add("f" + i + ".0");
        }
      }
      List<PageCut> pages = PageBreaker.cut(m.items(), PAGE);
      List<String> body = new ArrayList<>();
      List<String> noteLines = new ArrayList<>();
      List<String> floatFirsts = new ArrayList<>();
      int linesBefore = 0;
      for (PageCut p : pages) {
        List<String> here = Material.names(p.body());
        body.addAll(here);
        long floatsHeight = 0;
        for (List<VItem> f : p.floats()) {
          floatFirsts.add(Material.names(f).get(0));
          floatsHeight += VerticalList.height(f) + PAGE.floatSkip();
        }
        long notesHeight = 0;
        for (int k = 0; k < p.inserts().size(); k++) {
          List<String> part = Material.names(p.inserts().get(k));
          noteLines.addAll(part);
          notesHeight += (k == 0 ? PAGE.insertSkip() : PAGE.insertGap()) + VerticalList.height(p.inserts().get(k));
          // A note's mark is on this page or an earlier one.
          int mark = Integer.parseInt(part.get(0).substring(1, part.get(0).indexOf('.')));
          assertTrue(mark < linesBefore + here.size(), "round " + round + ": note " + part.get(0) + " before its mark");
        }
        long total = floatsHeight + VerticalList.height(p.body()) + notesHeight;
        boolean crowded = here.size() <= 1 || p.floats().size() == 1 && here.isEmpty() || p.inserts().size() == 1;
        assertTrue(total <= PAGE.textHeight() || p.forced() || crowded,
            "round " + round + ": page of " + total + " " + here);
        linesBefore += here.size();
      }
      assertEquals(Material.range("t", 0, lines), body, "round " + round);
      assertEquals(notes, noteLines, "round " + round);
      assertEquals(floats, floatFirsts, "round " + round);
      assertTrue(pages.size() < 3 * lines + notes.size() + floats.size() + 2, "round " + round);
    }
  }

  @Test
  void cuttingTwiceGivesEqualPages() {
    // The breaker is a pure function of the material: cutting twice gives equal pages.
    Material m = new Material().lines(0, 30, Penalty.ALLOW).note(3, 4).floating(5, 2).lines(30, 30, Penalty.ALLOW);
    assertEquals(PageBreaker.cut(m.items(), PAGE), PageBreaker.cut(m.items(), PAGE));
  }
}
