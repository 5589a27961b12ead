package cz.sazba.typeset.vertical;

import cz.sazba.typeset.page.Frame;
import cz.sazba.typeset.page.Glyph;
import cz.sazba.typeset.page.GlyphRun;
import cz.sazba.typeset.page.LinkArea;
import cz.sazba.typeset.page.PageElement;
import cz.sazba.typeset.page.Rule;
import java.util.ArrayList;
import java.util.List;

/** Moving elements and frames from their own coordinates to a page's. */
public final class Placement {
  private Placement() {}

  /** {@code e} moved right by {@code dx} and up by {@code dy}. */
  public static PageElement moved(PageElement e, long dx, long dy) {
    if (e instanceof GlyphRun r) {
      List<Glyph> moved = new ArrayList<>(r.glyphs().size());
      for (Glyph g : r.glyphs()) moved.add(new Glyph(g.glyphId(), g.x() + dx, g.text()));
      return new GlyphRun(r.face(), r.size(), r.baseline() + dy, moved, r.actualText(), r.tag());
    }
    if (e instanceof LinkArea l) {
      return new LinkArea(l.left() + dx, l.bottom() + dy, l.right() + dx, l.top() + dy, l.href(), l.description(),
          l.tag());
    }
    if (e instanceof Rule r) return new Rule(r.left() + dx, r.bottom() + dy, r.width(), r.height(), r.tag());
    throw new IllegalArgumentException("unknown page element " + e);
  }

  /** Every element of {@code elements} moved. */
  public static List<PageElement> moved(List<PageElement> elements, long dx, long dy) {
    List<PageElement> out = new ArrayList<>(elements.size());
    for (PageElement e : elements) out.add(moved(e, dx, dy));
    return out;
  }

  /** {@code f} and everything in it moved. */
  public static Frame moved(Frame f, long dx, long dy) {
    List<Frame> children = new ArrayList<>(f.children().size());
    for (Frame c : f.children()) children.add(moved(c, dx, dy));
    return new Frame(f.kind(), f.left() + dx, f.bottom() + dy, f.width(), f.height(), f.locator(),
        moved(f.elements(), dx, dy), children);
  }
}
