package cz.sazba.typeset;

import cz.sazba.font.FontSet;
import cz.sazba.model.Division;
import cz.sazba.model.Lang;
import cz.sazba.model.Locator;
import cz.sazba.source.Diagnostic;
import cz.sazba.source.Diagnostics;
import cz.sazba.typeset.page.StructNode;
import cz.sazba.typeset.page.StructRole;
import cz.sazba.typeset.vertical.Line;
import cz.sazba.typeset.vertical.FlushBottoms;
import cz.sazba.typeset.vertical.PageCut;
import cz.sazba.typeset.vertical.VItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;

/**
 * Lays out one division and cuts it into pages: each block through the layouter of its kind, the
 * division's structure (a Sect and what is in it, ids from 0) grown on the way, then the page
 * breaker. A pure function of its arguments: no division depends on another (every division
 * starts a page), so the divisions of a book may be laid out in parallel, in any order, with the
 * same result. Only page numbers join them, when the pages are assembled.
 */
final class DivisionLayouter {
  private DivisionLayouter() {}

  /**
   * A division laid out.
   *
   * @param material its vertical material
   * @param pages the material cut into pages, not yet numbered or placed
   * @param structure its Sect, with ids from 0 (moved into the book's tree on assembly)
   * @param structureSize how many structure nodes it has
   * @param headings its headings, for the outline
   * @param diagnostics what laying it out reported
   */
  record Laid(Division division, List<VItem> material, List<PageCut> pages, StructNode structure, int structureSize,
      List<HeadingInfo> headings, List<Diagnostic> diagnostics, Cutting cutting) {
    Laid {
      material = List.copyOf(material);
      pages = List.copyOf(pages);
      headings = List.copyOf(headings);
      diagnostics = List.copyOf(diagnostics);
    }
  }

  /**
   * @param pageOfAnchor page labels of the anchors the contents list, from an earlier layout
   *     (only a contents division reads it)
   */
  static Laid layOut(Division division, FontSet fonts, PageDesign design, ShapedWords shapes, Lang lang,
      Map<String, String> pageOfAnchor) {
    return cut(set(division, fonts, design, shapes, lang, pageOfAnchor, Runnable::run), true, design);
  }

  /**
   * A division set as vertical material, not yet cut into pages: what {@link #cut} needs, with
   * what it reported.
   */
  record Set(Division division, List<VItem> material, List<FlushBottoms.Flexible> flexible, StructNode structure,
      int structureSize, List<HeadingInfo> headings, List<Diagnostic> diagnostics) {
    Set {
      material = List.copyOf(material);
      flexible = List.copyOf(flexible);
      headings = List.copyOf(headings);
      diagnostics = List.copyOf(diagnostics);
    }
  }

  /**
   * The division's blocks as material, each through the layouter of its kind; its running
   * paragraphs are set ahead on {@code executor}'s other threads when it is a fork-join pool with
   * more than one (see {@link ParagraphsAhead}: the result is the same either way).
   */
  static Set set(Division division, FontSet fonts, PageDesign design, ShapedWords shapes, Lang lang,
      Map<String, String> pageOfAnchor, Executor executor) {
    Diagnostics diagnostics = new Diagnostics();
    StructureTree structure = new StructureTree(StructRole.DIVISION);
    LayoutContext ctx = new LayoutContext(fonts, design, shapes, structure, lang, pageOfAnchor, diagnostics, division);
    int sect = structure.root();
    List<Integer> order = FigureOrder.of(division.blocks());
    int helpers = executor instanceof ForkJoinPool pool ? pool.getParallelism() - 1 : 0;
    ctx.ahead = ParagraphsAhead.start(division.blocks(), order, ctx, executor, helpers);
    try {
      for (int b : order) {
        BlockLayouters.layOut(division.blocks().get(b),
            new Where(sect, Locator.block(division.id(), b), 0, design.page().textWidth()), ctx);
      }
    } finally {
      ctx.ahead.ifPresent(ParagraphsAhead::stop);
    }
    // A division's anchor is its first line.
    int first = ctx.firstContentFrom(0);
    if (first >= 0 && ctx.list.get(first) instanceof Line line) {
      List<String> anchors = new ArrayList<>(line.anchors());
      anchors.add(0, division.id());
      ctx.list.replace(first, line.withAnchors(anchors));
    }
    List<VItem> material = ctx.list.items();
    return new Set(division, material, withFinalAnchors(ctx.flexible, material), structure.freeze(), structure.size(),
        ctx.headings, diagnostics.sorted());
  }

  /**
   * The set division cut into pages for a first page on a recto or a verso (which page ends may
   * carry a hyphenated word over the leaf): a pure function of the set material and the side.
   */
  static Laid cut(Set set, boolean firstPageRecto, PageDesign design) {
    Cutting cutting = new Cutting(set.material(), set.flexible(), firstPageRecto);
    FlushBottoms.Result flushed = cutting.cut(design);
    return new Laid(set.division(), flushed.material(), flushed.pages(), set.structure(), set.structureSize(),
        set.headings(), set.diagnostics(), cutting);
  }

  /**
   * What the pages are cut from: the material as set, the paragraphs that may change for flush
   * bottoms, and the side the first page was taken to be on (a recto, until the pages are
   * numbered).
   */
  record Cutting(List<VItem> material, List<FlushBottoms.Flexible> flexible, boolean firstPageRecto) {
    Cutting {
      material = List.copyOf(material);
      flexible = List.copyOf(flexible);
    }

    FlushBottoms.Result cut(PageDesign design) {
      return FlushBottoms.cut(material, flexible, design.breakGeometry(), design.body().leading(),
          java.util.Optional.of(firstPageRecto));
    }
  }

  /**
   * The division cut again for a first page on the other side, once the pages before it are
   * numbered: only which page ends may carry a hyphenated word over the leaf changes.
   */
  static Laid onSide(Laid laid, boolean firstPageRecto, PageDesign design) {
    if (laid.cutting().firstPageRecto() == firstPageRecto) return laid;
    Cutting cutting = new Cutting(laid.cutting().material(), laid.cutting().flexible(), firstPageRecto);
    FlushBottoms.Result flushed = cutting.cut(design);
    return new Laid(laid.division(), flushed.material(), flushed.pages(), laid.structure(), laid.structureSize(),
        laid.headings(), laid.diagnostics(), cutting);
  }

  /**
   * The offered variants with the anchors added to a paragraph's first line after it was set
   * (a division's or a container's id) carried over to the variant's first line.
   */
  private static List<FlushBottoms.Flexible> withFinalAnchors(List<FlushBottoms.Flexible> flexible,
      List<VItem> material) {
    List<FlushBottoms.Flexible> out = new ArrayList<>(flexible.size());
    for (FlushBottoms.Flexible f : flexible) {
      List<String> anchors = List.of();
      for (int i = f.from(); i < f.to(); i++) {
        if (material.get(i) instanceof Line line) {
          anchors = line.anchors();
          break;
        }
      }
      List<String> first = anchors;
      out.add(first.isEmpty() ? f : new FlushBottoms.Flexible(f.from(), f.to(), f.variants().map(v ->
          new FlushBottoms.Variants(v.shorter().map(x -> anchored(x, first)), v.longer().map(x -> anchored(x, first)),
              v.twoShorter().map(x -> anchored(x, first)), v.twoLonger().map(x -> anchored(x, first))))));
    }
    return out;
  }

  private static FlushBottoms.Variant anchored(FlushBottoms.Variant v, List<String> anchors) {
    return new FlushBottoms.Variant(v.material().map(material -> {
      List<VItem> items = new ArrayList<>(material);
      for (int i = 0; i < items.size(); i++) {
        if (items.get(i) instanceof Line line) {
          items.set(i, line.withAnchors(anchors));
          break;
        }
      }
      return List.copyOf(items);
    }), v.cost());
  }
}
