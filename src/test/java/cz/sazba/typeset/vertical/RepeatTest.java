package cz.sazba.typeset.vertical;

import static cz.sazba.typeset.vertical.Material.LINE;
import static cz.sazba.typeset.vertical.Material.PAGE;
import static cz.sazba.typeset.vertical.Material.line;
import static cz.sazba.typeset.vertical.Material.names;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Material marked by {@link Repeat} opens every page its block continues on, and no other. */
class RepeatTest {
  private static List<String> expected(String... parts) {
    List<String> out = new ArrayList<>();
    for (String p : parts) {
      if (p.contains("..")) {
        String[] r = p.split("\\.\\.");
        String prefix = r[0].replaceAll("\\d+$", "");
        int from = Integer.parseInt(r[0].substring(prefix.length()));
        int to = Integer.parseInt(r[1].substring(prefix.length()));
        for (int i = from; i <= to; i++) out.add(prefix + i);
      } else {
        out.add(p);
      }
    }
    return out;
  }

  @Test
  void aRepeatedHeaderOpensEveryContinuedPageAndTakesItsRoom() {
    VerticalList l = new VerticalList();
    for (int i = 0; i < 4; i++) l.add(line("t", i, LINE), LINE, Penalty.ALLOW);
    l.add(line("h", 0, LINE), LINE, Penalty.ALLOW);
    l.add(line("h", 1, LINE), LINE, Penalty.FORBID);
    VerticalList header = new VerticalList();
    header.add(line("r", 0, LINE), LINE, Penalty.FORBID);
    header.add(line("r", 1, LINE), LINE, Penalty.FORBID);
    l.addItem(new Repeat(header.items()));
    for (int i = 10; i < 30; i++) l.add(line("t", i, LINE), LINE, i == 10 ? Penalty.FORBID : Penalty.ALLOW);
    l.addItem(Repeat.end());
    for (int i = 40; i < 45; i++) l.add(line("t", i, LINE), LINE, Penalty.ALLOW);

    List<PageCut> pages = PageBreaker.cut(l.items(), PAGE);
    assertEquals(expected("t0..t3", "h0", "h1", "t10..t13"), names(pages.get(0).body()));
    assertEquals(expected("r0", "r1", "t14..t21"), names(pages.get(1).body()));
    assertEquals(expected("r0", "r1", "t22..t29"), names(pages.get(2).body()));
    // The block ended on the page before: the next page opens with the text after it.
    assertEquals(expected("t40..t44"), names(pages.get(3).body()));
    assertEquals(4, pages.size());
  }

  @Test
  void aPageBreakRightAfterTheBlockRepeatsNothing() {
    VerticalList l = new VerticalList();
    l.add(line("h", 0, LINE), LINE, Penalty.ALLOW);
    VerticalList header = new VerticalList();
    header.add(line("r", 0, LINE), LINE, Penalty.FORBID);
    l.addItem(new Repeat(header.items()));
    for (int i = 1; i < 10; i++) l.add(line("t", i, LINE), LINE, i == 1 ? Penalty.FORBID : Penalty.ALLOW);
    l.addItem(Repeat.end());
    for (int i = 40; i < 43; i++) l.add(line("t", i, LINE), LINE, Penalty.ALLOW);
    List<PageCut> pages = PageBreaker.cut(l.items(), PAGE);
    assertEquals(expected("h0", "t1..t9"), names(pages.get(0).body()));
    assertEquals(expected("t40..t42"), names(pages.get(1).body()));
  }
}
