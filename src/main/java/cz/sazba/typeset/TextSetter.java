package cz.sazba.typeset;

import cz.sazba.font.FontFace;
import cz.sazba.font.FontSet;
import cz.sazba.font.FontStyle;
import cz.sazba.font.ShapedText;
import cz.sazba.source.Diagnostics;
import cz.sazba.source.Span;
import cz.sazba.typeset.LineSetter.Placement;
import cz.sazba.typeset.ParagraphBuilder.Alignment;
import cz.sazba.typeset.linebreak.BreakParams;
import cz.sazba.typeset.linebreak.KnuthPlass;
import cz.sazba.typeset.linebreak.LineBreaks;
import cz.sazba.typeset.linebreak.LineWidths;
import cz.sazba.typeset.linebreak.Pass;
import cz.sazba.typeset.page.GlyphList;
import cz.sazba.typeset.page.GlyphRun;
import cz.sazba.typeset.page.LinkArea;
import cz.sazba.typeset.page.Rule;
import cz.sazba.typeset.page.Sp;
import cz.sazba.typeset.page.Tag;
import cz.sazba.typeset.vertical.Lazy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sets runs of text as lines for the layouters: a paragraph broken by Knuth–Plass, a balanced
 * display title, a single unbroken line (labels, page numbers, running heads).
 */
final class TextSetter {
  private final FontSet fonts;
  private final PageDesign design;
  private final Diagnostics diagnostics;
  private final ShapedWords shapes;

  TextSetter(FontSet fonts, PageDesign design, Diagnostics diagnostics) {
    this(fonts, design, diagnostics, ShapedWords.none());
  }

  TextSetter(FontSet fonts, PageDesign design, Diagnostics diagnostics, ShapedWords shapes) {
    this.fonts = fonts;
    this.design = design;
    this.diagnostics = diagnostics;
    this.shapes = shapes;
  }

  List<SetLine> setText(List<Run> runs, long size, long width, long indent, Alignment alignment, Placement placement,
      boolean hyphenate) {
    return setText(runs, size, width, indent, alignment, placement, hyphenate, Span.GENERATED);
  }

  /** Sets a paragraph; {@code span} is where it is in the manuscript, for the overfull warning. */
  List<SetLine> setText(List<Run> runs, long size, long width, long indent, Alignment alignment, Placement placement,
      boolean hyphenate, Span span) {
    ParagraphItems items = ParagraphBuilder.build(runs, fonts, shapes, size, indent, hyphenate, alignment,
        design.body().tracking());
    LineWidths widths = LineWidths.uniform(width);
    LineBreaks breaks = breakLines(items, width, size, alignment);
    for (int overfull : breaks.overfullLines()) {
      diagnostics.warning("line-overfull", span,
          "a line of the paragraph starting \"" + excerpt(runs) + "\" is too wide for the measure (line " + (overfull + 1) + ")",
          "a very long word or URL cannot be broken; rephrase, or allow a break in it");
    }
    return LineSetter.set(items, breaks, widths, placement, design.body().tracking());
  }

  /**
   * A justified paragraph's lines as {@link #setText} sets them, with the same paragraph set one
   * and two lines shorter and longer (see {@link Flexed}).
   */
  Flexed setFlexible(List<Run> runs, long size, long width, long indent, boolean hyphenate, Span span) {
    ParagraphItems items = ParagraphBuilder.build(runs, fonts, shapes, size, indent, hyphenate, Alignment.JUSTIFIED,
        design.body().tracking());
    LineWidths widths = LineWidths.uniform(width);
    BreakParams params = ParagraphBuilder.breakParams(design, size, Alignment.JUSTIFIED);
    // One pass over the items for the optimum and the other line counts (most paragraphs have
    // none, and then nothing of the paragraph need be kept); a variant's lines are set only if
    // the page breaker tries it.
    List<Optional<LineBreaks>> all = KnuthPlass.variants(items.items(), widths, params, 2);
    LineBreaks best = all.get(2).orElseThrow();
    for (int overfull : best.overfullLines()) {
      diagnostics.warning("line-overfull", span,
          "a line of the paragraph starting \"" + excerpt(runs) + "\" is too wide for the measure (line " + (overfull + 1) + ")",
          "a very long word or URL cannot be broken; rephrase, or allow a break in it");
    }
    List<SetLine> optimum = LineSetter.set(items, best, widths, Placement.JUSTIFIED, design.body().tracking());
    return new Flexed(optimum, new Flexed.Others(variant(items, all.get(1), best, widths),
        variant(items, all.get(3), best, widths), variant(items, all.get(0), best, widths),
        variant(items, all.get(4), best, widths)));
  }

  /**
   * The most a line of a looser or tighter setting may stretch its spaces, as a multiple of
   * their stretch: 2 opens a word space to about twice its width (0.5 em), the most a setting
   * chosen for a page's sake may show; the breaker's own tolerance (200) stops at about 1.26.
   */
  static final double MAX_VARIANT_RATIO = 2.0;

  private Optional<Flexed.Variant> variant(ParagraphItems items, Optional<LineBreaks> breaks, LineBreaks optimum,
      LineWidths widths) {
    if (breaks.isEmpty() || !breaks.get().overfullLines().isEmpty()) return Optional.empty();
    LineBreaks b = breaks.get();
    long cost = b.demerits() - optimum.demerits();
    long surcharge = 0;
    if (b.pass().compareTo(Pass.SEGMENTS) > 0) {
      // Found only with emergency stretch, whose demerits rate lines by more stretch than they
      // have: taken only within MAX_VARIANT_RATIO, and charged what its lines beyond the
      // tolerance cost when rated by their own stretch, so it is chosen only where nothing
      // within tolerance does.
      for (cz.sazba.typeset.linebreak.Line l : b.lines()) {
        if (l.ratio() > MAX_VARIANT_RATIO) return Optional.empty();
        double badness = 100 * Math.pow(Math.max(0, l.ratio()), 3);
        if (badness > 200) surcharge += (long) ((10 + badness) * (10 + badness) - 210 * 210);
      }
    }
    int tracking = design.body().tracking();
    return Optional.of(new Flexed.Variant(b.lines().size(), Math.max(0, cost) + surcharge,
        Lazy.of(() -> LineSetter.set(items, b, widths, Placement.JUSTIFIED, tracking))));
  }

  /**
   * A paragraph's lines and its settings a line or two shorter and longer (TeX's {@code
   * \looseness}), each with the demerits it adds, for the page breaker to swap in where that
   * saves a short page; a setting's lines are set the first time it is tried. A setting that
   * needs emergency stretch is offered only while no line opens its spaces beyond {@link
   * #MAX_VARIANT_RATIO}, priced by how loose its lines really are.
   */
  record Flexed(List<SetLine> lines, Others others) {
    /** The other settings, each where the paragraph can be set so. */
    record Others(Optional<Variant> shorter, Optional<Variant> longer, Optional<Variant> twoShorter,
        Optional<Variant> twoLonger) {}

    /** A setting of {@code lineCount} lines, its lines set on first use. */
    record Variant(int lineCount, long cost, Lazy<List<SetLine>> lines) {
      Variant withIdsMovedBy(int offset) {
        return new Variant(lineCount, cost, lines.map(ls -> movedIds(ls, offset)));
      }
    }

    /** The same settings with every structure node id moved by {@code offset} (see {@link ParagraphsAhead}). */
    Flexed withIdsMovedBy(int offset) {
      if (offset == 0) return this;
      return new Flexed(movedIds(lines, offset), new Others(others.shorter().map(v -> v.withIdsMovedBy(offset)),
          others.longer().map(v -> v.withIdsMovedBy(offset)), others.twoShorter().map(v -> v.withIdsMovedBy(offset)),
          others.twoLonger().map(v -> v.withIdsMovedBy(offset))));
    }

    private static List<SetLine> movedIds(List<SetLine> lines, int offset) {
      SetLine[] out = new SetLine[lines.size()];
      for (int i = 0; i < out.length; i++) out[i] = lines.get(i).withIdsMovedBy(offset);
      return List.of(out);
    }
  }

  private LineBreaks breakLines(ParagraphItems items, long width, long size, Alignment alignment) {
    // One rule for every paragraph: emergency stretch, the segment pass and the last-line rule.
    BreakParams params = ParagraphBuilder.breakParams(design, size, alignment);
    return KnuthPlass.breakLines(items.items(), LineWidths.uniform(width), params);
  }

  private static String excerpt(List<Run> runs) {
    StringBuilder s = new StringBuilder();
    for (Run r : runs) {
      s.append(r.text());
      if (s.length() > 40) break;
    }
    return s.length() > 40 ? s.substring(0, 40) + "…" : s.toString();
  }

  /**
   * Centred display lines of even length: the narrowest measure that needs no more lines than
   * the full one, so a two-line title reads "Czechoslovakia–Soviet / Union relations" rather
   * than leaving one word alone on the second line. The lines are then centred on the page.
   */
  List<SetLine> balanced(List<Run> runs, long size, long width) {
    return balanced(runs, size, width, Span.GENERATED);
  }

  /** As {@link #balanced(List, long, long)}, a line that cannot fit reported at {@code at}. */
  List<SetLine> balanced(List<Run> runs, long size, long width, Span at) {
    List<SetLine> full = setText(runs, size, width, 0, Alignment.RAGGED, Placement.CENTERED, false, at);
    if (full.size() < 2) return full;
    ParagraphItems items = ParagraphBuilder.build(runs, fonts, shapes, size, 0, false, Alignment.RAGGED, 0);
    // The search starts from a third of the measure: no display line is balanced narrower.
    long narrow = width / 3;
    long wide = width;
    // Invariant: `wide` sets the text in as many lines as the full measure, none overfull;
    // `narrow` does not. Trial breaks report nothing.
    while (wide - narrow > Sp.PER_POINT) {
      long mid = (narrow + wide) / 2;
      LineBreaks trial = breakLines(items, mid, size, Alignment.RAGGED);
      if (trial.lines().size() <= full.size() && trial.overfullLines().isEmpty()) wide = mid;
      else narrow = mid;
    }
    List<SetLine> out = new ArrayList<>();
    for (SetLine l : setText(runs, size, wide, 0, Alignment.RAGGED, Placement.CENTERED, false)) {
      out.add(shift(l, (width - wide) / 2));
    }
    return out;
  }

  /** A short text on one line without breaking: labels, page numbers, running heads. */
  SetLine singleLine(String text, FontStyle s, long size, Tag tag) {
    return singleLine(text, fonts.face(s), size, tag, true);
  }

  /** As above in {@code face}, with or without ligatures (code has none). */
  SetLine singleLine(String text, FontFace face, long size, Tag tag, boolean ligatures) {
    // Characters the face lacks come from a fallback face: a run of glyphs per face, one baseline.
    List<FontSet.Segment> segments = fonts.segments(face, text);
    List<GlyphRun> runs = new ArrayList<>();
    long x = 0;
    for (FontSet.Segment seg : segments) {
      FontFace f = seg.face();
      String part = segments.size() == 1 ? text : text.substring(seg.start(), seg.end());
      ShapedText shaped = shapes.shape(f, part, ligatures);
      GlyphList.Builder glyphs = new GlyphList.Builder(shaped.glyphCount());
      for (int g = 0; g < shaped.glyphCount(); g++) {
        glyphs.add(shaped.glyphIds()[g], x, shaped.clusterText(g));
        x += Sp.scale(shaped.advances()[g], size, f.unitsPerEm());
      }
      runs.add(new GlyphRun(f, size, 0, glyphs.slice(0, glyphs.size()), Optional.empty(), tag));
    }
    return new SetLine(List.copyOf(runs), List.of(), List.of(), 0);
  }

  static long width(SetLine line) {
    long w = 0;
    for (GlyphRun r : line.runs()) {
      if (r.glyphs().isEmpty()) continue;
      int last = r.glyphs().size() - 1;
      w = Math.max(w, r.glyphs().x(last)
          + Sp.scale(r.face().advance(r.glyphs().glyphId(last)), r.size(), r.face().unitsPerEm()));
    }
    return w;
  }

  static SetLine shift(SetLine l, long dx) {
    List<GlyphRun> runs = new ArrayList<>();
    for (GlyphRun r : l.runs()) runs.add(shift(r, dx));
    List<LinkArea> links = new ArrayList<>();
    for (LinkArea a : l.links()) {
      links.add(new LinkArea(a.left() + dx, a.bottom(), a.right() + dx, a.top(), a.href(), a.description(), a.tag()));
    }
    List<Rule> rules = new ArrayList<>();
    for (Rule r : l.rules()) rules.add(new Rule(r.left() + dx, r.bottom(), r.width(), r.height(), r.tag()));
    List<cz.sazba.typeset.page.ImageElement> pictures = new ArrayList<>();
    for (cz.sazba.typeset.page.ImageElement p : l.pictures()) {
      pictures.add((cz.sazba.typeset.page.ImageElement) cz.sazba.typeset.vertical.Placement.moved(p, dx, 0));
    }
    return new SetLine(runs, links, l.anchors(), l.modelOffset(), rules, pictures);
  }

  static GlyphRun shift(GlyphRun r, long dx) {
    return r.moved(dx, 0);
  }
}
