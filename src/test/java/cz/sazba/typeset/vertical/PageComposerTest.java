package cz.sazba.typeset.vertical;

import static cz.sazba.typeset.vertical.Material.PAGE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cz.sazba.model.Locator;
import cz.sazba.typeset.page.Frame;
import cz.sazba.typeset.page.FrameKind;
import cz.sazba.typeset.page.Rule;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A cut placed as a tree of frames: floats at the top, the body below them, notes at the foot. */
class PageComposerTest {
  static final PageComposer.Separator RULE = new PageComposer.Separator(30, 1, 5);

  @Test
  void floatsBodyAndNotesAreFramesInReadingOrder() {
    Material m = new Material().lines(0, 2, Penalty.ALLOW).floating(1, 2).note(1, 2).lines(2, 3, Penalty.ALLOW);
    PageCut cut = PageBreaker.cut(m.items(), PAGE).get(0);
    // The text block's top at 500, its bottom at 400.
    PageComposer.Composed c = PageComposer.compose(cut, 20, 500, 200, PAGE, RULE);
    assertEquals(List.of(FrameKind.FLOATS, FrameKind.BODY, FrameKind.INSERTS), c.frames().stream().map(Frame::kind).toList());

    Frame floats = c.frames().get(0);
    Frame firstFloatLine = floats.children().get(0).children().get(0);
    assertEquals(500 - 8, firstFloatLine.bottom(), "the float's first baseline a top skip below the block's top");
    // The float is 8 + 8 = 16 high, with 5 below it: the body's first baseline is 10 below 479.
    Frame body = c.frames().get(1);
    assertEquals(FrameKind.LINE, body.children().get(0).kind());
    assertEquals(479 - 10, body.children().get(0).bottom());
    assertEquals(479 - 10 - 10, body.children().get(1).bottom());
    assertEquals(Locator.block("t", 0), c.start().orElseThrow());

    // Notes: skip 10, then 16 of note; the area reaches from 400 to 426, the rule 5 below its top.
    Frame notes = c.frames().get(2);
    assertEquals(400, notes.bottom());
    assertEquals(26, notes.height());
    Frame separator = notes.children().get(0);
    assertEquals(FrameKind.SEPARATOR, separator.kind());
    assertTrue(separator.elements().get(0) instanceof Rule r && r.bottom() == 421 && r.width() == 30);
    Frame note = notes.children().get(1);
    assertEquals(FrameKind.INSERT, note.kind());
    assertEquals(426 - 10 - 8, note.children().get(0).bottom(), "the note's first baseline");
    assertEquals(Locator.block("n1.", 0), note.locator().orElseThrow());
  }

  @Test
  void anchorsPointAtTheTopOfTheirLine() {
    PageCut cut = PageBreaker.cut(new Material().lines(0, 3, Penalty.ALLOW).items(), PAGE).get(0);
    PageComposer.Composed c = PageComposer.compose(cut, 0, 500, 200, PAGE, RULE);
    // Synthetic lines have an ascent equal to their top skip: the first reaches the block's top.
    assertEquals(new PageComposer.PlacedAnchor("t0", 500), c.anchors().get(0));
    assertEquals(new PageComposer.PlacedAnchor("t2", 480), c.anchors().get(2));
  }
}
