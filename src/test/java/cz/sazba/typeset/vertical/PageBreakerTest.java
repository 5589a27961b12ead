package cz.sazba.typeset.vertical;

import static cz.sazba.typeset.vertical.Material.PAGE;
import static cz.sazba.typeset.vertical.Material.names;
import static cz.sazba.typeset.vertical.Material.range;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cz.sazba.model.Locator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The page breaker on synthetic material: ten lines of 10 to a page of 100. */
class PageBreakerTest {
  static List<PageCut> cut(Material m) {
    return PageBreaker.cut(m.items(), PAGE);
  }

  @Test
  void linesFillPagesOfTen() {
    List<PageCut> pages = cut(new Material().lines(0, 25, Penalty.ALLOW));
    assertEquals(3, pages.size());
    assertEquals(range("t", 0, 10), names(pages.get(0).body()));
    assertEquals(range("t", 10, 20), names(pages.get(1).body()));
    assertEquals(range("t", 20, 25), names(pages.get(2).body()));
    assertFalse(pages.get(0).forced());
  }

  @Test
  void aForbiddenBreakMovesLinesToTheNextPage() {
    // Line 10 does not fit; no break before line 9 or 10, so the page ends after line 7, two short.
    Material m = new Material().lines(0, 9, Penalty.ALLOW).line(9, Penalty.FORBID).line(10, Penalty.FORBID)
        .lines(11, 5, Penalty.ALLOW);
    List<PageCut> pages = cut(m);
    assertEquals(range("t", 0, 8), names(pages.get(0).body()));
    assertEquals(range("t", 8, 16), names(pages.get(1).body()));
  }

  @Test
  void aDiscouragedBreakGivesWayToTheAllowedOneAbove() {
    Material m = new Material().lines(0, 10, Penalty.ALLOW).line(10, 100).lines(11, 5, Penalty.ALLOW);
    assertEquals(range("t", 0, 9), names(cut(m).get(0).body()));
    // ... but not to a forbidden one: then the discouraged break is taken.
    Material n = new Material().lines(0, 9, Penalty.ALLOW).line(9, Penalty.FORBID).line(10, 100)
        .lines(11, 5, Penalty.ALLOW);
    assertEquals(range("t", 0, 10), names(cut(n).get(0).body()));
  }

  @Test
  void noAllowedBreakForcesOneWhereTheMaterialStopsFitting() {
    List<PageCut> pages = cut(new Material().lines(0, 15, Penalty.FORBID));
    assertEquals(range("t", 0, 10), names(pages.get(0).body()));
    assertTrue(pages.get(0).forced());
    assertEquals(range("t", 10, 15), names(pages.get(1).body()));
  }

  @Test
  void aNoteLandsOnThePageOfItsMarkAndTakesItsRoom() {
    // A two-line note (8 + 8 = 16) after line 5, below a skip of 10: the body keeps 74, so 7 lines.
    Material m = new Material().lines(0, 6, Penalty.ALLOW).note(5, 2).lines(6, 14, Penalty.ALLOW);
    List<PageCut> pages = cut(m);
    assertEquals(range("t", 0, 7), names(pages.get(0).body()));
    assertEquals(1, pages.get(0).inserts().size());
    assertEquals(range("n5.", 0, 2), names(pages.get(0).inserts().get(0)));
    assertTrue(pages.get(1).inserts().isEmpty());
  }

  @Test
  void aNoteThatDoesNotFitTakesItsMarkToTheNextPage() {
    // Line 8 ends at 90: no room for a skip of 10 and a note line of 8 below it.
    Material m = new Material().lines(0, 9, Penalty.ALLOW).note(8, 1).lines(9, 5, Penalty.ALLOW);
    List<PageCut> pages = cut(m);
    assertEquals(range("t", 0, 8), names(pages.get(0).body()));
    assertTrue(pages.get(0).inserts().isEmpty());
    assertEquals("t8", names(pages.get(1).body()).get(0));
    assertEquals(List.of("n8.0"), names(pages.get(1).inserts().get(0)));
  }

  @Test
  void aLongNoteSplitsAndGoesOnAtTheFootOfTheNextPage() {
    // Ten note lines (80) after line 2; notes may take 50 of a page: skip 10 and 5 lines (40) here.
    Material m = new Material().lines(0, 3, Penalty.ALLOW).note(2, 10).note(3, 1).lines(3, 20, Penalty.ALLOW);
    List<PageCut> pages = cut(m);
    assertEquals(range("n2.", 0, 5), names(pages.get(0).inserts().get(0)));
    assertEquals(1, pages.get(0).inserts().size(), "the later note waits behind the split one");
    assertEquals(range("t", 0, 5), names(pages.get(0).body()), "the body keeps the other 50");
    // The rest (40) and its skip fill the second page's 50 for notes; the body keeps 50 again.
    assertEquals(List.of(range("n2.", 5, 10)), List.of(names(pages.get(1).inserts().get(0))));
    assertEquals(1, pages.get(1).inserts().size());
    assertEquals(range("t", 5, 10), names(pages.get(1).body()));
    assertEquals(List.of("n3.0"), names(pages.get(2).inserts().get(0)), "the later note, in order, a page on");
  }

  @Test
  void aLaterMarkGoesWithItsNoteRatherThanLeaveItBehindASplitOne() {
    // As above, but the second mark is on the next line: its note could not start on page 1
    // behind the split note, so its line starts page 2, where the note is set with it.
    Material m = new Material().lines(0, 3, Penalty.ALLOW).note(2, 10).line(3, Penalty.ALLOW).note(3, 1)
        .lines(4, 20, Penalty.ALLOW);
    List<PageCut> pages = cut(m);
    assertEquals(range("t", 0, 3), names(pages.get(0).body()));
    assertEquals(1, pages.get(0).inserts().size());
    assertEquals("t3", names(pages.get(1).body()).get(0));
    assertEquals(range("n2.", 5, 10), names(pages.get(1).inserts().get(0)));
    assertEquals(List.of("n3.0"), names(pages.get(1).inserts().get(1)), "the later note on its mark's page");
  }

  @Test
  void aFloatThatFitsGoesToTheTopOfItsOwnPage() {
    // A float of three lines (8 + 16 = 24) and its skip of 5 leave the body 71: seven lines.
    Material m = new Material().lines(0, 4, Penalty.ALLOW).floating(1, 3).lines(4, 16, Penalty.ALLOW);
    List<PageCut> pages = cut(m);
    assertEquals(1, pages.get(0).floats().size());
    assertEquals(range("f1.", 0, 3), names(pages.get(0).floats().get(0)));
    assertEquals(range("t", 0, 7), names(pages.get(0).body()));
  }

  @Test
  void aFloatThatDoesNotFitGoesToTheNextPageTopAndTheTextGoesOn() {
    Material m = new Material().lines(0, 8, Penalty.ALLOW).floating(1, 3).lines(8, 20, Penalty.ALLOW);
    List<PageCut> pages = cut(m);
    assertTrue(pages.get(0).floats().isEmpty());
    assertEquals(range("t", 0, 10), names(pages.get(0).body()), "the text after the float's place goes on");
    assertEquals(range("f1.", 0, 3), names(pages.get(1).floats().get(0)));
    assertEquals(range("t", 10, 17), names(pages.get(1).body()));
  }

  @Test
  void floatsKeepTheirOrder() {
    // The first float does not fit on page 1; the second, small one would, but waits behind it.
    Material m = new Material().lines(0, 8, Penalty.ALLOW).floating(1, 3).floating(2, 1).lines(8, 20, Penalty.ALLOW);
    List<PageCut> pages = cut(m);
    assertTrue(pages.get(0).floats().isEmpty());
    assertEquals(2, pages.get(1).floats().size());
    assertEquals(List.of("f2.0"), names(pages.get(1).floats().get(1)));
  }

  @Test
  void floatsAndNotesLeftAtTheEndGetPagesOfTheirOwn() {
    Material m = new Material().lines(0, 10, Penalty.ALLOW).floating(9, 3);
    List<PageCut> pages = cut(m);
    assertEquals(2, pages.size());
    assertTrue(pages.get(1).body().isEmpty() || names(pages.get(1).body()).isEmpty());
    assertEquals(1, pages.get(1).floats().size());
    assertEquals(Locator.block("t", 9), pages.get(1).textSoFar().orElseThrow(), "where the text had got to");
  }

  @Test
  void aBreakBeforeTheMarkLeavesTheNoteForTheNextPage() {
    // Line 9 does not fit with its note; the break before it is forbidden, so the page ends after line 7.
    Material m = new Material().lines(0, 9, Penalty.ALLOW).line(9, Penalty.FORBID).note(9, 2)
        .lines(10, 5, Penalty.ALLOW);
    List<PageCut> pages = cut(m);
    assertEquals(range("t", 0, 8), names(pages.get(0).body()));
    assertTrue(pages.get(0).inserts().isEmpty());
    assertEquals(range("n9.", 0, 2), names(pages.get(1).inserts().get(0)));
  }
}
