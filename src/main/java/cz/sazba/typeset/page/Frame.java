package cz.sazba.typeset.page;

import cz.sazba.model.Locator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A rectangle of a laid-out page and what is in it: its own elements (a line's glyphs, a rule)
 * and nested frames (the body's lines, a float's lines). A page is a tree of frames; its elements
 * in reading order are each frame's own elements followed by its children's, depth first.
 *
 * @param left distance of the frame's left edge from the page's left edge
 * @param bottom distance of the frame's bottom edge from the page's bottom edge
 * @param locator where the frame's content starts in the book, when it comes from the text
 */
public record Frame(
    FrameKind kind, long left, long bottom, long width, long height, Optional<Locator> locator,
    List<PageElement> elements, List<Frame> children) {
  public Frame {
    elements = List.copyOf(elements);
    children = List.copyOf(children);
  }

  /** Every element of this frame and the frames inside it, in reading order. */
  public List<PageElement> allElements() {
    List<PageElement> out = new ArrayList<>();
    collect(out);
    return out;
  }

  void collect(List<PageElement> out) {
    out.addAll(elements);
    for (Frame f : children) f.collect(out);
  }

  /** The first locator in this frame or below it, in reading order. */
  public Optional<Locator> firstLocator() {
    if (locator.isPresent()) return locator;
    for (Frame f : children) {
      Optional<Locator> l = f.firstLocator();
      if (l.isPresent()) return l;
    }
    return Optional.empty();
  }

  /** The frames of {@code kind} in this tree, in reading order (this one included). */
  public List<Frame> find(FrameKind kind) {
    List<Frame> out = new ArrayList<>();
    find(kind, out);
    return out;
  }

  private void find(FrameKind k, List<Frame> out) {
    if (kind == k) out.add(this);
    for (Frame f : children) f.find(k, out);
  }
}
