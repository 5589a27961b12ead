package cz.sazba.typeset;

import cz.sazba.model.ThematicBreak;
import cz.sazba.typeset.page.Artifact;
import cz.sazba.typeset.page.Tag;
import java.util.List;
import java.util.Optional;

/**
 * A thematic break as a scene break: the design's mark centred on a grid line of its own, a
 * layout artifact (the structure has nothing to say about it). No page may end just before or
 * just after it, so it never stands alone at a page's top or foot; the paragraph after it starts
 * without an indent, as after a heading.
 */
final class SceneBreakLayouter {
  private SceneBreakLayouter() {}

  static void layOut(ThematicBreak t, Where where, LayoutContext ctx) {
    PageDesign d = ctx.design;
    PageDesign.SceneBreak s = d.sceneBreak();
    SetLine mark = ctx.text.singleLine(s.mark(), s.font(), s.size(), Tag.artifact(Artifact.LAYOUT));
    long x = (where.width() - TextSetter.width(mark)) / 2;
    long leading = ctx.inNote ? d.notes().text().leading() : d.body().leading();
    ctx.skipAfterHeading = 0;
    ctx.addLine(TextSetter.shift(mark, x), where.left(), leading, ctx.topSkip(), false, List.of(), s.size(),
        Optional.empty(), where.at());
    // The line after it is kept with it (and widow rules keep the lines before it together).
    ctx.afterHeading = true;
  }
}
