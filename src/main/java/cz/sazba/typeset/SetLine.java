package cz.sazba.typeset;

import cz.sazba.typeset.page.GlyphRun;
import cz.sazba.typeset.page.LinkArea;
import cz.sazba.typeset.page.PageElement;
import cz.sazba.typeset.page.Rule;
import java.util.ArrayList;
import java.util.List;

/**
 * A finished line, not yet on a page: runs on baseline 0 with x measured from the start of the
 * line, link areas likewise, and the anchors that begin on it.
 *
 * @param modelOffset offset in its block's plain text of the line's first character
 */
record SetLine(List<GlyphRun> runs, List<LinkArea> links, List<LineAnchor> anchors, int modelOffset,
    List<Rule> rules, List<cz.sazba.typeset.page.ImageElement> pictures) {
  /** A line without pictures (inline images) of its own. */
  SetLine(List<GlyphRun> runs, List<LinkArea> links, List<LineAnchor> anchors, int modelOffset, List<Rule> rules) {
    this(runs, links, anchors, modelOffset, rules, List.of());
  }

  /** A line with no rules (strikeouts) of its own. */
  SetLine(List<GlyphRun> runs, List<LinkArea> links, List<LineAnchor> anchors, int modelOffset) {
    this(runs, links, anchors, modelOffset, List.of());
  }

  /** This line with its elements' structure node ids moved by {@code offset}; nothing moves on the page. */
  SetLine withIdsMovedBy(int offset) {
    if (offset == 0) return this;
    List<GlyphRun> r = new ArrayList<>(runs.size());
    for (GlyphRun g : runs) r.add((GlyphRun) cz.sazba.typeset.vertical.Placement.moved(g, 0, 0, offset));
    List<LinkArea> l = new ArrayList<>(links.size());
    for (LinkArea a : links) l.add((LinkArea) cz.sazba.typeset.vertical.Placement.moved(a, 0, 0, offset));
    List<Rule> ru = new ArrayList<>(rules.size());
    for (Rule a : rules) ru.add((Rule) cz.sazba.typeset.vertical.Placement.moved(a, 0, 0, offset));
    List<cz.sazba.typeset.page.ImageElement> p = new ArrayList<>(pictures.size());
    for (cz.sazba.typeset.page.ImageElement a : pictures) {
      p.add((cz.sazba.typeset.page.ImageElement) cz.sazba.typeset.vertical.Placement.moved(a, 0, 0, offset));
    }
    return new SetLine(List.copyOf(r), List.copyOf(l), anchors, modelOffset, List.copyOf(ru), List.copyOf(p));
  }

  /** An anchor (a citation's id) at horizontal position {@code x} of the line. */
  record LineAnchor(String id, long x) {}

  /** The line's elements moved to {@code left} and {@code baseline} on a page. */
  List<PageElement> place(long left, long baseline) {
    List<PageElement> out = new ArrayList<>();
    for (GlyphRun r : runs) out.add(r.moved(left, baseline));
    for (LinkArea l : links) {
      out.add(new LinkArea(l.left() + left, l.bottom() + baseline, l.right() + left, l.top() + baseline,
          l.href(), l.description(), l.tag()));
    }
    for (Rule r : rules) out.add(new Rule(r.left() + left, r.bottom() + baseline, r.width(), r.height(), r.tag()));
    for (cz.sazba.typeset.page.ImageElement p : pictures) out.add(cz.sazba.typeset.vertical.Placement.moved(p, left, baseline));
    return out;
  }

  boolean isEmpty() {
    return runs.isEmpty() && pictures.isEmpty();
  }
}
