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

  /** Lines kept together (a heading with its lines): a page may end before them, not inside. */
  private static List<VItem> kept(String name, int n) {
    VerticalList l = new VerticalList();
    for (int i = 0; i < n; i++) l.add(Material.line(name, i, Material.LINE), Material.LINE, i == 0 ? Penalty.ALLOW : Penalty.FORBID);
    return l.items();
  }

  @Test
  void twoParagraphsALineLongerEachFillAPageNeitherFillsAlone() {
    // a (6) + b (2) leave two lines, and k's three lines do not fit: the page is two lines short.
    List<VItem> a = paragraph("a", 6);
    List<VItem> b = paragraph("b", 2);
    List<VItem> items = concat(List.of(a, b, kept("k", 3), paragraph("c", 6)));
    assertEquals(List.of(0), FlushBottoms.shortPages(PageBreaker.cut(items, Material.PAGE), Material.PAGE, Material.LINE));
    FlushBottoms.Flexible fa = new FlushBottoms.Flexible(0, a.size(), Optional.empty(),
        Optional.of(new FlushBottoms.Variant(paragraph("a", 7), 10)));
    FlushBottoms.Flexible fb = new FlushBottoms.Flexible(a.size(), a.size() + b.size(), Optional.empty(),
        Optional.of(new FlushBottoms.Variant(paragraph("b", 3), 20)));
    FlushBottoms.Result r = FlushBottoms.cut(items, List.of(fa, fb), Material.PAGE, Material.LINE);
    assertEquals(List.of(), r.shortPages());
    assertEquals(2, r.changed());
    assertEquals(List.of("a0", "a1", "a2", "a3", "a4", "a5", "a6", "b0", "b1", "b2"), Material.names(r.pages().get(0).body()));
  }

  /** Lines that may break anywhere; line {@code broken} ends in a hyphenated word. */
  private static List<VItem> withBrokenLine(String name, int n, int broken) {
    VerticalList l = new VerticalList();
    for (int i = 0; i < n; i++) {
      Line plain = Material.line(name, i, Material.LINE);
      Line line = new Line(plain.elements(), plain.left(), plain.ascent(), plain.topSkip(), plain.anchors(),
          plain.section(), plain.locator(), i == broken);
      l.add(line, Material.LINE, i > 0 && i - 1 == broken ? 5000 : Penalty.ALLOW);
    }
    return l.items();
  }

  @Test
  void aPageEndsInAHyphenatedWordOnlyWhenNothingElseFillsIt() {
    List<VItem> items = withBrokenLine("t", 14, 9);
    // The page breaker alone ends the page a line early rather than in the hyphenated word.
    assertEquals(List.of(0), FlushBottoms.shortPages(PageBreaker.cut(items, Material.PAGE), Material.PAGE, Material.LINE));
    FlushBottoms.Result r = FlushBottoms.cut(items, List.of(), Material.PAGE, Material.LINE);
    assertEquals(List.of(), r.shortPages(), "full, ending in the hyphenated word");
    assertEquals("t9", Material.names(r.pages().get(0).body()).get(9));

    // With a paragraph before it that can take a line more, that is cheaper than the hyphen.
    List<VItem> a = paragraph("a", 4);
    List<VItem> more = concat(List.of(a, withBrokenLine("t", 14, 5)));
    FlushBottoms.Flexible fa = new FlushBottoms.Flexible(0, a.size(), Optional.empty(),
        Optional.of(new FlushBottoms.Variant(paragraph("a", 5), 10)));
    FlushBottoms.Result r2 = FlushBottoms.cut(more, List.of(fa), Material.PAGE, Material.LINE);
    assertEquals(List.of(), r2.shortPages());
    assertEquals(1, r2.changed());
    List<String> page = Material.names(r2.pages().get(0).body());
    assertEquals("t4", page.get(page.size() - 1), "ends before the hyphenated line: " + page);
  }

  @Test
  void aWordOverTheLeafCostsMoreThanOneOnTheSpread() {
    // Page 0 ends in a hyphenated word unless paragraph a is set a line longer, at a cost between
    // what a hyphen on the spread and one over the leaf cost.
    List<VItem> a = paragraph("a", 4);
    List<VItem> items = concat(List.of(a, withBrokenLine("t", 14, 5)));
    FlushBottoms.Flexible fa = new FlushBottoms.Flexible(0, a.size(), Optional.empty(),
        Optional.of(new FlushBottoms.Variant(paragraph("a", 5), FlushBottoms.BROKEN_PAGE_END * 2)));
    // First page a verso: the hyphen stays on the spread, cheaper than the change.
    FlushBottoms.Result verso = FlushBottoms.cut(items, List.of(fa), Material.PAGE, Material.LINE, Optional.of(false));
    assertEquals(0, verso.changed());
    assertEquals(List.of(), verso.shortPages());
    // First page a recto: the word would go on over the leaf; the change is cheaper.
    FlushBottoms.Result recto = FlushBottoms.cut(items, List.of(fa), Material.PAGE, Material.LINE, Optional.of(true));
    assertEquals(1, recto.changed());
    assertEquals(List.of(), recto.shortPages());
  }

  @Test
  void aPageThatStaysShortIsMatchedByThePageFacingIt() {
    // Page 0 must stay two lines short (b's three lines cannot be split); nothing can change.
    List<VItem> items = concat(List.of(paragraph("a", 8), paragraph("b", 3), paragraph("c", 20)));
    FlushBottoms.Result alone = FlushBottoms.cut(items, List.of(), Material.PAGE, Material.LINE, Optional.of(true));
    assertEquals(List.of(0), alone.shortPages(), "a recto facing the page before the division: left alone");
    assertEquals(10, Material.names(alone.pages().get(1).body()).size());
    // On a verso, the recto beside it is cut to end on the same line.
    FlushBottoms.Result spread = FlushBottoms.cut(items, List.of(), Material.PAGE, Material.LINE, Optional.of(false));
    assertEquals(List.of(0, 1), spread.shortPages());
    assertEquals(8, Material.names(spread.pages().get(0).body()).size());
    assertEquals(List.of("b0", "b1", "b2", "c0", "c1", "c2", "c3", "c4"), Material.names(spread.pages().get(1).body()));
  }
}
