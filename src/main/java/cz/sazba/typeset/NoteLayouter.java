package cz.sazba.typeset;

import cz.sazba.font.FontStyle;
import cz.sazba.model.Locator;
import cz.sazba.typeset.page.GlyphRun;
import cz.sazba.typeset.page.LinkArea;
import cz.sazba.typeset.page.PageElement;
import cz.sazba.typeset.page.StructRole;
import cz.sazba.typeset.page.Tag;
import cz.sazba.typeset.vertical.Insert;
import cz.sazba.typeset.vertical.Line;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A footnote: its blocks in the notes' small type, in its own vertical list, indented by the
 * label's hang; its number right-aligned in the hang, linking back to the mark. The list becomes
 * an {@link Insert} right after the line holding the mark, so the page breaker puts the note on
 * the mark's page (or splits it there at an allowed break: widow and orphan rules hold inside it).
 */
final class NoteLayouter {
  private NoteLayouter() {}

  static Insert insert(NoteQueue.Pending pending, LayoutContext outer, Locator markAt) {
    PageDesign.Notes d = outer.design.notes();
    LayoutContext ctx = outer.forNote();
    int note = pending.node();
    int lbl = ctx.structure.add(note, StructRole.LIST_LABEL);
    int link = ctx.structure.add(lbl, StructRole.LINK, Optional.empty(), Optional.of("back to the text of note " + pending.label()));
    long hang = d.labelHang();
    long width = ctx.design.page().textWidth();
    for (int b = 0; b < pending.note().blocks().size(); b++) {
      ctx.afterHeading = b == 0;
      BlockLayouters.layOut(pending.note().blocks().get(b), new Where(note, markAt, hang, width - hang), ctx);
    }
    int first = ctx.firstContentFrom(0);
    if (first < 0) {
      // An empty note still shows its number.
      ctx.addLine(new SetLine(List.of(), List.of(), List.of(), 0), hang, d.text().leading(), d.topSkip(), false,
          List.of(), d.text().size(), Optional.empty(), markAt);
      first = ctx.firstContentFrom(0);
    }
    Line line = (Line) ctx.list.get(first);
    SetLine label = ctx.text.singleLine(pending.label(), FontStyle.REGULAR, d.text().size(), Tag.of(link));
    long labelWidth = TextSetter.width(label);
    long x = -labelWidth - d.labelGap();
    List<PageElement> elements = new ArrayList<>();
    for (GlyphRun r : label.runs()) elements.add(TextSetter.shift(r, x));
    elements.add(new LinkArea(x, -d.linkBelow(), x + labelWidth, d.linkAbove(), "#" + NoteQueue.markId(pending.note()),
        "Back to the text of note " + pending.label(), Tag.of(link)));
    elements.addAll(line.elements());
    List<String> anchors = new ArrayList<>();
    anchors.add(pending.note().id());
    anchors.addAll(line.anchors());
    ctx.list.replace(first, line.withElements(elements).withAnchors(anchors));
    return new Insert(ctx.list.items(), markAt);
  }
}
