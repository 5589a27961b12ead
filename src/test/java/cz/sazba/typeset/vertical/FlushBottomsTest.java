package cz.sazba.typeset.vertical;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FlushBottomsTest {
  /** A paragraph's lines with widow and orphan control: no break after its first or before its last line. */
  private static List<VItem> paragraph(String name, int n) {
    VerticalList l = new VerticalList();
    for (int i = 0; i < n; i++) {
      boolean allowed = i == 0 || (i >= 2 && n - i >= 2);
      l.add(Material.line(name, i, Material.LINE), Material.LINE, allowed ? Penalty.ALLOW : Penalty.FORBID);
    }
    return l.items();
  }

  private static List<VItem> concat(List<List<VItem>> parts) {
    return parts.stream().flatMap(List::stream).toList();
  }

  // Failed once: the pass looked for paragraphs from the first line of the page before, and a
  // paragraph opening a page starts two items earlier (its penalty and glue), so it was never
  // tried. A paragraph is now a candidate when any of its items lies on the pages looked at.
  @Test
  void aParagraphSetALineShorterFillsThePageAWidowWouldLeaveShort() {
    // Ten lines a page: 8 of a, then b's three lines cannot be split 2 + 1 or 1 + 2.
    List<VItem> a = paragraph("a", 8);
    List<VItem> items = concat(List.of(a, paragraph("b", 3), paragraph("c", 6)));
    List<PageCut> plain = PageBreaker.cut(items, Material.PAGE);
    assertEquals(List.of(0), FlushBottoms.shortPages(plain, Material.PAGE, Material.LINE), "without looseness");

    FlushBottoms.Flexible flex = new FlushBottoms.Flexible(0, a.size(),
        Optional.of(new FlushBottoms.Variant(paragraph("a", 7), 50)),
        Optional.of(new FlushBottoms.Variant(paragraph("a", 9), 10)));
    List<VItem> shorter = concat(List.of(paragraph("a", 7), paragraph("b", 3), paragraph("c", 6)));
    assertEquals(List.of(), FlushBottoms.shortPages(PageBreaker.cut(shorter, Material.PAGE), Material.PAGE, Material.LINE));
    FlushBottoms.Result r = FlushBottoms.cut(items, List.of(flex), Material.PAGE, Material.LINE);
    assertEquals(List.of(), r.shortPages(), "the page is full");
    assertEquals(1, r.changed());
    // The longer setting is cheaper but leaves the page short too (b's first line alone at its
    // foot would be an orphan): the shorter one is taken.
    assertEquals(Material.range("a", 0, 7).size() + 3, Material.names(r.pages().get(0).body()).size());
    assertEquals("b2", Material.names(r.pages().get(0).body()).get(9));
  }

  @Test
  void withNothingToChangeThePageStaysShort() {
    List<VItem> items = concat(List.of(paragraph("a", 8), paragraph("b", 3), paragraph("c", 6)));
    FlushBottoms.Result r = FlushBottoms.cut(items, List.of(), Material.PAGE, Material.LINE);
    assertEquals(List.of(0), r.shortPages());
    assertEquals(0, r.changed());
  }
}
