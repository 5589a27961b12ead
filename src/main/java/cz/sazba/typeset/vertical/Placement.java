package cz.sazba.typeset.vertical;

import cz.sazba.typeset.page.Frame;
import cz.sazba.typeset.page.ImageElement;
import cz.sazba.typeset.page.GlyphRun;
import cz.sazba.typeset.page.LinkArea;
import cz.sazba.typeset.page.PageElement;
import cz.sazba.typeset.page.Rule;
import cz.sazba.typeset.page.Tag;
import java.util.ArrayList;
import java.util.List;

/** Moving elements and frames from their own coordinates to a page's. */
public final class Placement {
  private Placement() {}

  /** {@code e} moved right by {@code dx} and up by {@code dy}. */
  public static PageElement moved(PageElement e, long dx, long dy) {
    return moved(e, dx, dy, 0);
  }

  /**
   * {@code e} moved, and its structure node id moved by {@code tagOffset}: a division's material
   * numbers its nodes from 0, and they take their place in the book's tree when the page is placed.
   */
  public static PageElement moved(PageElement e, long dx, long dy, int tagOffset) {
    if (e instanceof GlyphRun r) {
      // The glyphs stay where they are: the run keeps its arrays and adds the offset on reading.
      return new GlyphRun(r.face(), r.size(), r.baseline() + dy, r.glyphs().moved(dx), r.actualText(),
          retag(r.tag(), tagOffset));
    }
    if (e instanceof LinkArea l) {
      return new LinkArea(l.left() + dx, l.bottom() + dy, l.right() + dx, l.top() + dy, l.href(), l.description(),
          retag(l.tag(), tagOffset));
    }
    if (e instanceof ImageElement i) {
      return new ImageElement(i.left() + dx, i.bottom() + dy, i.width(), i.height(), i.key(), i.data(),
          retag(i.tag(), tagOffset));
    }
    if (e instanceof Rule r) {
      return new Rule(r.left() + dx, r.bottom() + dy, r.width(), r.height(), retag(r.tag(), tagOffset));
    }
    throw new IllegalArgumentException("unknown page element " + e);
  }

  private static Tag retag(Tag tag, int offset) {
    return offset == 0 || tag.isArtifact() ? tag : Tag.of(tag.structId() + offset);
  }

  /** Every element of {@code elements} moved. */
  public static List<PageElement> moved(List<PageElement> elements, long dx, long dy) {
    return moved(elements, dx, dy, 0);
  }

  /** Every element of {@code elements} moved and retagged. */
  public static List<PageElement> moved(List<PageElement> elements, long dx, long dy, int tagOffset) {
    PageElement[] out = new PageElement[elements.size()];
    for (int i = 0; i < out.length; i++) out[i] = moved(elements.get(i), dx, dy, tagOffset);
    return List.of(out);
  }

  /** {@code f} and everything in it moved. */
  public static Frame moved(Frame f, long dx, long dy) {
    return moved(f, dx, dy, 0);
  }

  /** {@code f} and everything in it moved and retagged. */
  public static Frame moved(Frame f, long dx, long dy, int tagOffset) {
    List<Frame> children = new ArrayList<>(f.children().size());
    for (Frame c : f.children()) children.add(moved(c, dx, dy, tagOffset));
    return new Frame(f.kind(), f.left() + dx, f.bottom() + dy, f.width(), f.height(), f.locator(),
        moved(f.elements(), dx, dy, tagOffset), children);
  }
}
