package cz.sazba.typeset;

import cz.sazba.model.Block;
import cz.sazba.model.DivisionKind;
import cz.sazba.model.Locator;
import cz.sazba.source.Diagnostics;
import cz.sazba.source.Span;
import cz.sazba.source.Tasks;
import cz.sazba.typeset.page.Anchor;
import cz.sazba.typeset.page.Artifact;
import cz.sazba.typeset.page.Frame;
import cz.sazba.typeset.page.FrameKind;
import cz.sazba.typeset.page.Page;
import cz.sazba.typeset.page.PageElement;
import cz.sazba.typeset.page.StructNode;
import cz.sazba.typeset.page.StructRole;
import cz.sazba.typeset.page.Tag;
import cz.sazba.typeset.vertical.Content;
import cz.sazba.typeset.vertical.PageComposer;
import cz.sazba.typeset.vertical.PageCut;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns the laid-out divisions into the book's numbered pages, in order: each page placed on its
 * side of the spread, with the running head (book title on versos, section on rectos, none on a
 * chapter's first page) and the folio as artifacts; each division's structure moved to its place
 * in the book's tree (the Document, then the divisions' Sects in order, ids in reading order).
 */
final class PageAssembly {
  private final PageDesign design;
  private final TextSetter text;
  private final String bookTitle;
  private final Diagnostics diagnostics;

  final List<Page> pages = new ArrayList<>();
  final List<Anchor> anchors = new ArrayList<>();
  private final List<StructNode> sections = new ArrayList<>();
  private final java.util.Set<Span> forcedBlocks = new java.util.HashSet<>();
  /** The next free structure id: 0 is the Document. */
  private int nextId = 1;

  /** Where the pages of a division are composed, each on its own. */
  private final java.util.concurrent.Executor executor;

  PageAssembly(PageDesign design, TextSetter text, String bookTitle, Diagnostics diagnostics) {
    this(design, text, bookTitle, diagnostics, Runnable::run);
  }

  PageAssembly(PageDesign design, TextSetter text, String bookTitle, Diagnostics diagnostics,
      java.util.concurrent.Executor executor) {
    this.executor = executor;
    this.design = design;
    this.text = text;
    this.bookTitle = bookTitle;
    this.diagnostics = diagnostics;
  }

  void add(DivisionLayouter.Laid laid) {
    int offset = nextId;
    nextId += laid.structureSize();
    sections.add(moved(laid.structure(), offset));
    DivisionKind kind = laid.division().kind();
    boolean folios = kind == DivisionKind.CONTENTS || kind == DivisionKind.CHAPTER;
    boolean runningHeads = kind == DivisionKind.CHAPTER;
    PageDesign.Geometry g = design.page();
    PageComposer.Separator separator = new PageComposer.Separator(design.notes().ruleWidth(),
        design.notes().ruleThickness(), design.notes().ruleDrop());
    String section = null;
    boolean firstPage = true;
    List<PageComposer.Composed> composed = composeAll(laid.pages(), pages.size(), separator, offset);
    for (int k = 0; k < laid.pages().size(); k++) {
      PageCut cut = laid.pages().get(k);
      Span forcedAt = cut.forced() ? forcedAt(laid, cut) : null;
      // A block over several pages is one problem: said once, where it is written.
      if (forcedAt != null && forcedBlocks.add(forcedAt)) {
        diagnostics.warning("page-break-forced", forcedAt,
            "a block is taller than a page and had to be broken where no break is allowed",
            "shorten the block or split it");
      }
      int index = pages.size();
      String label = Integer.toString(index + 1);
      PageComposer.Composed c = composed.get(k);
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
      pages.add(new Page(index, label, g.width(), g.height(), frames, c.start()));
      firstPage = false;
    }
  }

  /**
   * The division's pages placed on the executor, in runs of pages: a page's frames depend only
   * on its cut, the side it falls on and the division's structure offset (about a tenth of a long
   * book's layout, which otherwise ran on one thread while the other waited).
   */
  private List<PageComposer.Composed> composeAll(List<PageCut> cuts, int firstIndex, PageComposer.Separator separator,
      int offset) {
    PageDesign.Geometry g = design.page();
    return Tasks.inRuns(cuts.size(), 8, executor, (start, end) -> {
      List<PageComposer.Composed> out = new ArrayList<>(end - start);
      for (int k = start; k < end; k++) {
        int index = firstIndex + k;
        out.add(PageComposer.compose(cuts.get(k), g.textLeft(index), g.textTop(), g.textWidth(),
            design.breakGeometry(), separator, offset));
      }
      return out;
    });
  }

  /**
   * Where the block that did not fit is in the manuscript: the block of the division that holds
   * the last content on the page (the page ended inside it, since no break was allowed there).
   */
  private static Span forcedAt(DivisionLayouter.Laid laid, PageCut cut) {
    for (int k = cut.body().size() - 1; k >= 0; k--) {
      if (cut.body().get(k) instanceof Content c) {
        Locator at = c.locator();
        List<Block> blocks = laid.division().blocks();
        int index = at.blockPath().get(0);
        if (at.divisionId().equals(laid.division().id()) && index < blocks.size()) return blocks.get(index).span();
        break;
      }
    }
    return Span.GENERATED;
  }

  /** The book's structure tree: the Document holding every division's part in order. */
  StructNode structure() {
    return new StructNode(0, StructRole.DOCUMENT, Optional.empty(), Optional.empty(), Optional.empty(), sections);
  }

  private static StructNode moved(StructNode n, int offset) {
    List<StructNode> children = new ArrayList<>(n.children().size());
    for (StructNode c : n.children()) children.add(moved(c, offset));
    return new StructNode(n.id() + offset, n.role(), n.lang(), n.alt(), n.actualText(), children);
  }

  private Frame centred(FrameKind kind, String s, PageDesign.Margins style, int pageIndex) {
    SetLine line = text.singleLine(s, style.font(), style.size(), Tag.artifact(Artifact.PAGINATION));
    long width = TextSetter.width(line);
    long left = design.page().textLeft(pageIndex) + (design.page().textWidth() - width) / 2;
    List<PageElement> elements = line.place(left, style.baseline());
    return new Frame(kind, left, style.baseline(), width, style.size(), Optional.empty(), elements, List.of());
  }
}
