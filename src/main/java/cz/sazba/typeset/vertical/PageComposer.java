package cz.sazba.typeset.vertical;

import cz.sazba.model.Locator;
import cz.sazba.typeset.page.Artifact;
import cz.sazba.typeset.page.Frame;
import cz.sazba.typeset.page.FrameKind;
import cz.sazba.typeset.page.PageElement;
import cz.sazba.typeset.page.Rule;
import cz.sazba.typeset.page.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Places a {@link PageCut} in a text block: the floats from the top down, then the body, then the
 * foot inserts under their separator rule, each a frame holding its lines' and boxes' frames.
 */
public final class PageComposer {
  private PageComposer() {}

  /** An anchor's id and the height of the top of its line above the page's bottom. */
  public record PlacedAnchor(String id, long top) {}

  /**
   * The placed page content.
   *
   * @param frames the floats' frame (if any), the body, the inserts' frame (if any), in reading order
   * @param section the last running-head text set on the page, if any
   * @param start where the page's text begins: its first body content, else where the text had
   *     got to (a page of floats or continued notes)
   */
  public record Composed(List<Frame> frames, List<PlacedAnchor> anchors, Optional<String> section,
      Optional<Locator> start) {}

  /** The separator above the foot inserts: its length and thickness, and how far below the area's top it sits. */
  public record Separator(long width, long thickness, long drop) {}

  /**
   * @param left left edge of the text block on this page
   * @param top top edge of the text block, from the page's bottom
   */
  public static Composed compose(PageCut cut, long left, long top, long width, BreakGeometry g, Separator separator) {
    return compose(cut, left, top, width, g, separator, 0);
  }

  /**
   * As above, with the structure node ids of the material moved by {@code tagOffset} (a division
   * numbers its nodes from 0; the book's tree gives it its place).
   */
  public static Composed compose(PageCut cut, long left, long top, long width, BreakGeometry g, Separator separator,
      int tagOffset) {
    List<Frame> frames = new ArrayList<>();
    List<PlacedAnchor> anchors = new ArrayList<>();
    String[] section = {null};
    long bottom = top - g.textHeight();

    long cursor = top;
    if (!cut.floats().isEmpty()) {
      List<Frame> floats = new ArrayList<>();
      for (List<VItem> f : cut.floats()) {
        long h = VerticalList.height(f);
        List<Frame> content = place(f, left, cursor, width, tagOffset, anchors, section);
        floats.add(new Frame(FrameKind.FLOAT, left, cursor - h, width, h, firstLocator(f), List.of(), content));
        cursor -= h + g.floatSkip();
      }
      frames.add(new Frame(FrameKind.FLOATS, left, cursor, width, top - cursor, Optional.empty(), List.of(), floats));
    }

    long insertsHeight = 0;
    for (int i = 0; i < cut.inserts().size(); i++) {
      insertsHeight += (i == 0 ? g.insertSkip() : g.insertGap()) + VerticalList.height(cut.inserts().get(i));
    }
    long bodyBottom = bottom + insertsHeight;
    List<Frame> lines = place(cut.body(), left, cursor, width, tagOffset, anchors, section, cut, g.floatSkip());
    Optional<Locator> first = firstLocator(cut.body());
    frames.add(new Frame(FrameKind.BODY, left, bodyBottom, width, cursor - bodyBottom, first, List.of(), lines));

    if (!cut.inserts().isEmpty()) {
      long areaTop = bottom + insertsHeight;
      Rule rule = new Rule(left, areaTop - separator.drop(), separator.width(), separator.thickness(),
          Tag.artifact(Artifact.LAYOUT));
      List<Frame> parts = new ArrayList<>();
      parts.add(new Frame(FrameKind.SEPARATOR, left, areaTop - separator.drop(), separator.width(), separator.thickness(),
          Optional.empty(), List.<PageElement>of(rule), List.of()));
      long at = areaTop - g.insertSkip();
      for (int i = 0; i < cut.inserts().size(); i++) {
        List<VItem> part = cut.inserts().get(i);
        if (i > 0) at -= g.insertGap();
        long h = VerticalList.height(part);
        parts.add(new Frame(FrameKind.INSERT, left, at - h, width, h, firstLocator(part), List.of(),
            place(part, left, at, width, tagOffset, anchors, section)));
        at -= h;
      }
      frames.add(new Frame(FrameKind.INSERTS, left, bottom, width, insertsHeight, Optional.empty(), List.of(), parts));
    }
    Optional<Locator> start = first.isPresent() ? first : cut.textSoFar();
    return new Composed(frames, anchors, Optional.ofNullable(section[0]), start);
  }

  private static Optional<Locator> firstLocator(List<VItem> list) {
    for (VItem i : list) if (i instanceof Content c) return Optional.of(c.locator());
    return Optional.empty();
  }

  /** Places a vertical list's content from {@code top} down; inserts and floats in it are skipped. */
  private static List<Frame> place(List<VItem> list, long left, long top, long width, int tagOffset,
      List<PlacedAnchor> anchors, String[] section) {
    return place(list, left, top, width, tagOffset, anchors, section, null, 0);
  }

  /**
   * As above; a float of {@code cut}'s body that the breaker set in place is placed where it
   * stands, with {@code floatSkip} above and below it, as the breaker counted it.
   */
  private static List<Frame> place(List<VItem> list, long left, long top, long width, int tagOffset,
      List<PlacedAnchor> anchors, String[] section, PageCut cut, long floatSkip) {
    List<Frame> out = new ArrayList<>();
    long pos = -1;
    long glue = 0;
    for (VItem item : list) {
      if (item instanceof Glue g) {
        if (pos >= 0) glue += g.height();
      } else if (item instanceof Floating f && cut != null && cut.isInPlace(f)) {
        long ref = Math.max(pos, 0) + floatSkip;
        long h = VerticalList.height(f.material());
        List<Frame> content = place(f.material(), left, top - ref, width, tagOffset, anchors, section);
        out.add(new Frame(FrameKind.FLOAT, left, top - ref - h, width, h, firstLocator(f.material()), List.of(), content));
        pos = ref + h + floatSkip;
        glue = 0;
      } else if (item instanceof Content c) {
        long ref = pos < 0 ? c.topSkip() : pos + glue;
        glue = 0;
        pos = ref + c.extent();
        long y = top - ref;
        if (c instanceof Line l) {
          long x = left + l.left();
          out.add(new Frame(FrameKind.LINE, x, y, width - l.left(), l.ascent(), Optional.of(l.locator()),
              Placement.moved(l.elements(), x, y, tagOffset), List.of()));
          for (String id : l.anchors()) anchors.add(new PlacedAnchor(id, y + l.ascent()));
          if (l.section().isPresent()) section[0] = l.section().get();
        } else if (c instanceof Box b) {
          Frame moved = Placement.moved(b.frame(), left, y, tagOffset);
          out.add(new Frame(FrameKind.BOX, left, y - b.height(), moved.width(), b.height(), Optional.of(b.locator()),
              List.of(), List.of(moved)));
        } else {
          // Content is sealed (Line, Box); a kind added there must be placed here, never skipped.
          throw new IllegalStateException("no placement for " + c.getClass().getSimpleName());
        }
      }
      // Penalties only matter to the breaker; inserts and floats are placed from the cut's own lists.
    }
    return out;
  }
}
