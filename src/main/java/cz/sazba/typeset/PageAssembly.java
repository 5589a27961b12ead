package cz.sazba.typeset;

import cz.sazba.model.DivisionKind;
import cz.sazba.model.Locator;
import cz.sazba.source.Diagnostics;
import cz.sazba.source.Span;
import cz.sazba.typeset.page.Anchor;
import cz.sazba.typeset.page.Artifact;
import cz.sazba.typeset.page.Frame;
import cz.sazba.typeset.page.FrameKind;
import cz.sazba.typeset.page.Page;
import cz.sazba.typeset.page.PageElement;
import cz.sazba.typeset.page.Tag;
import cz.sazba.typeset.vertical.PageBreaker;
import cz.sazba.typeset.vertical.PageComposer;
import cz.sazba.typeset.vertical.PageCut;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns the divisions' material into numbered pages: each division cut into pages on its own
 * (every division starts a new page), then each page placed on its side of the spread, with the
 * running head (book title on versos, section on rectos, none on a chapter's first page) and the
 * folio as artifacts.
 */
final class PageAssembly {
  private final PageDesign design;
  private final TextSetter text;
  private final String bookTitle;
  private final Diagnostics diagnostics;

  final List<Page> pages = new ArrayList<>();
  final List<Anchor> anchors = new ArrayList<>();

  PageAssembly(PageDesign design, TextSetter text, String bookTitle, Diagnostics diagnostics) {
    this.design = design;
    this.text = text;
    this.bookTitle = bookTitle;
    this.diagnostics = diagnostics;
  }

  /** The pages of a division, cut without regard to page numbers (so divisions can be cut apart). */
  static List<PageCut> cut(DivisionLayouter.Material m, PageDesign design) {
    return PageBreaker.cut(m.items(), design.breakGeometry());
  }

  void add(DivisionLayouter.Material m, List<PageCut> cuts) {
    DivisionKind kind = m.division().kind();
    boolean folios = kind == DivisionKind.CONTENTS || kind == DivisionKind.CHAPTER;
    boolean runningHeads = kind == DivisionKind.CHAPTER;
    PageDesign.Geometry g = design.page();
    PageComposer.Separator separator = new PageComposer.Separator(design.notes().ruleWidth(),
        design.notes().ruleThickness(), design.notes().ruleDrop());
    String section = null;
    boolean firstPage = true;
    for (PageCut cut : cuts) {
      if (cut.forced()) {
        diagnostics.warning("page-break-forced", Span.GENERATED,
            "a block is taller than a page and had to be broken where no break is allowed",
            "shorten the block or split it");
      }
      int index = pages.size();
      String label = Integer.toString(index + 1);
      PageComposer.Composed c = PageComposer.compose(cut, g.textLeft(index), g.textTop(), g.textWidth(),
          design.breakGeometry(), separator);
      for (PageComposer.PlacedAnchor a : c.anchors()) anchors.add(new Anchor(a.id(), index, a.top()));
      if (c.section().isPresent()) section = c.section().get();
      List<Frame> frames = new ArrayList<>();
      if (runningHeads && !firstPage) {
        boolean recto = index % 2 == 0;
        String head = recto && section != null ? section : bookTitle;
        frames.add(centred(FrameKind.RUNNING_HEAD, head, design.runningHead(), index));
      }
      frames.addAll(c.frames());
      if (folios) frames.add(centred(FrameKind.FOLIO, label, design.folio(), index));
      Optional<Locator> start = c.start();
      pages.add(new Page(index, label, g.width(), g.height(), frames, start));
      firstPage = false;
    }
  }

  private Frame centred(FrameKind kind, String s, PageDesign.Margins style, int pageIndex) {
    SetLine line = text.singleLine(s, style.font(), style.size(), Tag.artifact(Artifact.PAGINATION));
    long width = TextSetter.width(line);
    long left = design.page().textLeft(pageIndex) + (design.page().textWidth() - width) / 2;
    List<PageElement> elements = line.place(left, style.baseline());
    return new Frame(kind, left, style.baseline(), width, style.size(), Optional.empty(), elements, List.of());
  }
}
