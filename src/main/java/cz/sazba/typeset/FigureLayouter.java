package cz.sazba.typeset;

import cz.sazba.model.Figure;
import cz.sazba.model.Locator;
import cz.sazba.model.Image;
import cz.sazba.model.ImageData;
import cz.sazba.typeset.LineSetter.Placement;
import cz.sazba.typeset.ParagraphBuilder.Alignment;
import cz.sazba.typeset.page.Artifact;
import cz.sazba.typeset.page.Frame;
import cz.sazba.typeset.page.FrameKind;
import cz.sazba.typeset.page.ImageElement;
import cz.sazba.typeset.page.PageElement;
import cz.sazba.typeset.page.Sp;
import cz.sazba.typeset.page.StructRole;
import cz.sazba.typeset.page.Tag;
import cz.sazba.typeset.vertical.Box;
import cz.sazba.typeset.vertical.Floating;
import cz.sazba.typeset.vertical.Insert;
import cz.sazba.typeset.vertical.Glue;
import cz.sazba.typeset.vertical.Line;
import cz.sazba.typeset.vertical.Penalty;
import cz.sazba.typeset.vertical.VItem;
import cz.sazba.typeset.vertical.VerticalList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A figure: its picture centred in the measure with the numbered caption below it, as one {@link
 * Floating} that goes to the top of the page where the text refers to it, or of the next page
 * when it does not fit there, the text going on meanwhile (the page breaker keeps the order of
 * floats). The picture is as large as the manuscript asks ({@code width}, {@code height}) or as
 * its resolution says, never wider than the measure and scaled down to leave room for its
 * caption on one page ({@link ImageChecks} warns about a picture that will print below 150 dpi).
 *
 * <p>Structure: a group holding the picture ({@link StructRole#FIGURE} with the alt text, or an
 * artifact when it is decorative) and the {@link StructRole#CAPTION}; the caption is not inside
 * the Figure, whose alt text replaces its content for a reader.
 */
final class FigureLayouter {
  /** Below this a picture looks coarse in print. */

  private FigureLayouter() {}

  static void layOut(Figure f, Where where, LayoutContext ctx) {
    PageDesign d = ctx.design;
    int group = ctx.structure.add(where.parent(), StructRole.FLOAT);
    Image image = f.image();
    int figureNode = image.decorative() ? -1
        : ctx.structure.add(group, StructRole.FIGURE, Optional.empty(), Optional.of(image.alt()));
    int caption = ctx.structure.add(group, StructRole.CAPTION);

    long size = d.notes().text().size();
    long leading = d.notes().text().leading();
    List<Run> runs = InlineFlattener.flatten(f.caption(), cz.sazba.font.FontStyle.REGULAR, ctx.documentLang, caption,
        ctx.structure, ctx.notes);
    List<SetLine> lines = ctx.text.setText(runs, size, where.width(), 0, Alignment.RAGGED, Placement.CENTERED, false,
        f.span());
    long gap = leading; // from the picture's bottom to the caption's first baseline
    long captionHeight = gap + leading * Math.max(0, lines.size() - 1) + d.floats().captionDepth();

    long[] box = size(image, where.width(), d.page().textHeight() - captionHeight, d.body().size());
    long w = box[0];
    long h = box[1];
    long x = where.left() + (where.width() - w) / 2;
    Tag tag = image.decorative() ? Tag.artifact(Artifact.LAYOUT) : Tag.of(figureNode);
    ImageElement picture = new ImageElement(x, -h, w, h, image.path(), image.data(), tag);
    Frame frame = new Frame(FrameKind.BOX, 0, -h, where.left() + where.width(), h, Optional.of(where.at()),
        List.<PageElement>of(picture), List.of());

    List<VItem> material = new ArrayList<>();
    List<Insert> notes = new ArrayList<>();
    material.add(new Box(frame, h, 0, where.at()));
    for (int i = 0; i < lines.size(); i++) {
      material.add(new Penalty(Penalty.FORBID));
      material.add(new Glue(i == 0 ? gap : leading));
      List<String> anchors = i == 0 && !f.id().isEmpty() ? List.of(f.id()) : List.of();
      Locator at = where.at().at(lines.get(i).modelOffset());
      Line line = LayoutContext.toLine(lines.get(i), where.left(), size, 0, anchors, Optional.empty(), at);
      material.add(line);
      // A note marked in the caption: a float holds no inserts, so its text goes into the flow
      // where the figure is anchored (the figure's page, or the page before when it floats on).
      for (NoteQueue.Pending note : ctx.notes.takeMarkedIn(line.anchors())) notes.add(NoteLayouter.insert(note, ctx, at));
    }
    if (VerticalList.height(material) <= 0) throw new IllegalStateException("a figure with no height");
    if (ctx.inNote || ctx.inCell) {
      // A note is set at the page foot and a cell in its table's row, where nothing floats: the
      // figure stays in their flow.
      ctx.list.addItem(new Glue(leading));
      for (VItem i : material) ctx.list.addItem(i);
    } else {
      ctx.list.addFloat(new Floating(material, where.at(), true));
    }
    for (Insert note : notes) ctx.list.addInsert(note);
  }

  /**
   * Width and height in sp: as asked, or from the file's resolution; the other side from the
   * picture's proportions; then scaled down, proportions kept, to at most {@code maxWidth} and
   * {@code maxHeight}.
   */
  static long[] size(Image image, long maxWidth, long maxHeight, long em) {
    ImageData data = image.data();
    double ratio = (double) data.pixelHeight() / data.pixelWidth();
    double w;
    double h;
    if (image.width().isPresent() && image.height().isPresent()) {
      w = Lengths.of(image.width().get(), maxWidth, em);
      h = Lengths.of(image.height().get(), maxHeight, em);
    } else if (image.width().isPresent()) {
      w = Lengths.of(image.width().get(), maxWidth, em);
      h = w * ratio;
    } else if (image.height().isPresent()) {
      h = Lengths.of(image.height().get(), maxHeight, em);
      w = h / ratio;
    } else {
      w = Sp.of(data.naturalWidthPt());
      h = Sp.of(data.naturalHeightPt());
    }
    double scale = Math.min(1, Math.min(maxWidth / w, Math.max(1, maxHeight) / h));
    long ws = Math.max(1, Math.round(w * scale));
    long hs = Math.max(1, Math.round(h * scale));
    return new long[] {ws, hs};
  }
}
